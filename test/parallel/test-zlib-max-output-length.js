'use strict';
// maxOutputLength stops a decompression bomb at the limit with
// ERR_BUFFER_TOO_LARGE, on the Sync and callback forms.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

// 64 MiB of zeros compress to ~64 KiB.
const bomb = zlib.deflateSync(Buffer.alloc(64 << 20));
const brotliBomb = zlib.brotliCompressSync(Buffer.alloc(64 << 20));
assert.ok(bomb.length < 100 * 1024);

const tooLarge = (limit) => ({
  code: 'ERR_BUFFER_TOO_LARGE',
  name: 'RangeError',
  message: `Cannot create a Buffer larger than ${limit} bytes`,
});

assert.throws(() => zlib.inflateSync(bomb, { maxOutputLength: 1 << 20 }),
              tooLarge(1 << 20));
assert.throws(() => zlib.brotliDecompressSync(brotliBomb,
                                              { maxOutputLength: 1000 }),
              tooLarge(1000));
zlib.inflate(bomb, { maxOutputLength: 1 << 20 }, common.mustCall((err, r) => {
  assert.strictEqual(r, undefined);
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(err.message,
                     `Cannot create a Buffer larger than ${1 << 20} bytes`);
}));
zlib.brotliDecompress(brotliBomb, { maxOutputLength: 1 << 16 },
                      common.mustCall((err) => {
                        assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
                      }));

// Exactly at the limit is fine; one byte over is not.
const data = zlib.gzipSync(Buffer.alloc(1000, 'a'));
assert.strictEqual(zlib.gunzipSync(data, { maxOutputLength: 1000 }).length,
                   1000);
assert.throws(() => zlib.gunzipSync(data, { maxOutputLength: 999 }),
              tooLarge(999));
zlib.gunzip(data, { maxOutputLength: 1000 }, common.mustSucceed((out) => {
  assert.strictEqual(out.length, 1000);
}));
// It applies to compression too.
assert.throws(() => zlib.deflateSync('x', { maxOutputLength: 1 }), tooLarge(1));
