'use strict';
// Cipheriv and Decipheriv as Transform streams: a pipeline encrypts and
// decrypts back; a GCM auth failure surfaces as the stream's error.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { Readable, Writable, pipeline } = require('stream');

const key = crypto.randomBytes(32);
const iv = crypto.randomBytes(16);
const chunks = [];
for (let i = 0; i < 20; i++) chunks.push(crypto.randomBytes(1000 + i));
const plain = Buffer.concat(chunks);

const out = [];
pipeline(
  Readable.from(chunks),
  crypto.createCipheriv('aes-256-cbc', key, iv),
  crypto.createDecipheriv('aes-256-cbc', key, iv),
  new Writable({ write(chunk, enc, cb) { out.push(chunk); cb(); } }),
  common.mustSucceed(() => {
    assert.deepStrictEqual(Buffer.concat(out), plain);
  }),
);

const d = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12));
d.setAuthTag(Buffer.alloc(16));
d.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'Unsupported state or unable to authenticate data');
}));
d.on('data', () => {});
d.end(Buffer.from('abcd'));
