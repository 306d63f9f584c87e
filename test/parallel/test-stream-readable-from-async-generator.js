'use strict';
// Readable.from(asyncIterable) streams what the async generator yields; an
// error it throws destroys the stream with it.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

async function* ok() {
  yield 'a';
  await new Promise((resolve) => setImmediate(resolve));
  yield 'b';
}
const got = [];
Readable.from(ok())
  .on('data', (chunk) => got.push(chunk))
  .on('end', common.mustCall(() => assert.deepStrictEqual(got, ['a', 'b'])));

async function* failing() {
  yield 1;
  throw new Error('gen failed');
}
const r = Readable.from(failing());
r.on('data', common.mustCall((v) => assert.strictEqual(v, 1)));
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'gen failed');
}));
r.on('close', common.mustCall());
