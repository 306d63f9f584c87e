'use strict';
// Hash and Hmac as Transform streams: written data comes out as one digest
// Buffer; pipeline works; a hash used only through update() never builds
// stream state.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');

const h = crypto.createHash('sha256');
assert.ok(h instanceof Transform);
assert.strictEqual(Object.hasOwn(h, '_readableState'), false);
h.update('unused');
assert.strictEqual(Object.hasOwn(h, '_readableState'), false);

const s = crypto.createHash('sha256');
s.setEncoding('hex');
let out = '';
s.on('data', (chunk) => { out += chunk; });
s.on('end', common.mustCall(() => {
  assert.strictEqual(out, crypto.hash('sha256', 'hello world'));
}));
s.write('hello ');
s.end('world');

const hmac = crypto.createHmac('sha1', 'key');
pipeline(Readable.from(['a', 'b', 'c'].map((x) => Buffer.from(x))), hmac, common.mustSucceed());
hmac.on('data', common.mustCall((digest) => {
  assert.deepStrictEqual(digest, crypto.createHmac('sha1', 'key').update('abc').digest());
}));
