'use strict';
// pipeline() takes async generator functions as source, transforms and
// sink; the sink's return value is passed to the callback.
const common = require('../common');
const assert = require('assert');
const { pipeline } = require('stream');

pipeline(
  async function* () {
    yield 'a';
    yield 'b';
  },
  async function* (source, { signal }) {
    assert.strictEqual(signal.aborted, false);
    for await (const chunk of source) yield chunk.toUpperCase();
  },
  async function(source) {
    let all = '';
    for await (const chunk of source) all += chunk;
    return all;
  },
  common.mustCall((err, value) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(value, 'AB');
  }),
);

// An iterable works as a source too; an error thrown by the sink fails the
// pipeline.
pipeline(['x'], async function(source) {
  for await (const chunk of source) assert.strictEqual(chunk, 'x');
  throw new Error('sink failed');
}, common.mustCall((err) => {
  assert.strictEqual(err.message, 'sink failed');
}));
