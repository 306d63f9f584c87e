'use strict';
// With an encoding, a multi-byte character split across pushes comes out
// whole, and an incomplete one at the end becomes U+FFFD.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const euro = Buffer.from('€€'); // e2 82 ac e2 82 ac
const r = new Readable({ read() {}, encoding: 'utf8' });
r.push(euro.subarray(0, 2));
r.push(euro.subarray(2, 4));
r.push(euro.subarray(4));
r.push(Buffer.from([0xe2]));
r.push(null);

const chunks = [];
r.on('data', (chunk) => {
  assert.strictEqual(typeof chunk, 'string');
  chunks.push(chunk);
});
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(chunks, ['€', '€', '\ufffd']);
  assert.strictEqual(r.readableEncoding, 'utf8');
}));
