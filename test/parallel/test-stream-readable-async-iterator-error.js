'use strict';
// An error on the stream rejects the pending iteration with that error; a
// stream destroyed without an error ends the loop with
// ERR_STREAM_PREMATURE_CLOSE.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = new Readable({ read() {} });
  r.push('x');
  setImmediate(() => r.destroy(new Error('kaput')));
  const got = [];
  await assert.rejects(async () => {
    for await (const chunk of r) got.push(chunk.toString());
  }, { message: 'kaput' });
  assert.deepStrictEqual(got, ['x']);

  const p = new Readable({ read() {} });
  setImmediate(() => p.destroy());
  await assert.rejects(async () => {
    for await (const chunk of p) assert.fail(`unexpected ${chunk}`);
  }, {
    code: 'ERR_STREAM_PREMATURE_CLOSE',
    name: 'Error',
    message: 'Premature close',
  });
})().then(common.mustCall());
