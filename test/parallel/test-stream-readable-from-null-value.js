'use strict';
// A null value in the iterable destroys the stream with
// ERR_STREAM_NULL_VALUES, after the values before it.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = Readable.from([1, null, 3]);
const got = [];
r.on('data', (v) => got.push(v));
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_NULL_VALUES');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'May not write null values to stream');
  assert.deepStrictEqual(got, [1]);
}));
