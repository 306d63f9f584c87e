'use strict';
// gunzip decodes every member of a concatenated gzip file; zero padding
// after the last member is ignored, other trailing bytes are decoded as one
// more member and fail. unzip detects gzip even one byte at a time.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const a = zlib.gzipSync('abc');
const b = zlib.gzipSync('def');
const both = Buffer.concat([a, b]);

assert.strictEqual(zlib.gunzipSync(both).toString(), 'abcdef');
assert.strictEqual(zlib.unzipSync(both).toString(), 'abcdef');
assert.strictEqual(
  zlib.gunzipSync(Buffer.concat([both, Buffer.alloc(100)])).toString(),
  'abcdef');
zlib.gunzip(Buffer.concat([a, b, a]), common.mustSucceed((out) => {
  assert.strictEqual(out.toString(), 'abcdefabc');
}));

// Trailing garbage.
assert.throws(() => zlib.gunzipSync(Buffer.concat([both, Buffer.from('xx')])), {
  message: 'incorrect header check', code: 'Z_DATA_ERROR', errno: -3,
});
// A trailing byte that starts a gzip header, then nothing.
assert.throws(() => zlib.gunzipSync(Buffer.concat([both, Buffer.from([0x1f])])), {
  message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5,
});
zlib.gunzip(Buffer.concat([both, Buffer.from('garbage')]), common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
}));

// Deflate (not gzip) streams end at their end: what follows is ignored.
assert.strictEqual(
  zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('zz')]))
    .toString(), 'abc');
// ... and the stream form ends early too.
{
  const inflate = zlib.createInflate();
  const out = [];
  inflate.on('data', (d) => out.push(d));
  inflate.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(out).toString(), 'abc');
  }));
  inflate.write(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('zz')]));
}

// Members split across writes, one byte at a time, through unzip and gunzip.
for (const create of [zlib.createGunzip, zlib.createUnzip]) {
  const stream = create();
  const out = [];
  stream.on('data', (d) => out.push(d));
  stream.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(out).toString(), 'abcdef');
  }));
  for (let i = 0; i < both.length; i++) stream.write(both.subarray(i, i + 1));
  stream.end();
}
