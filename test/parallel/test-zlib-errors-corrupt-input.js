'use strict';
// Corrupt, truncated and foreign data give node's error, with errno and
// code, on every form: Sync, callback, promise and stream.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const util = require('util');

const text = Buffer.from('hello world, '.repeat(100));
const garbage = Buffer.from('this is not compressed at all');

const headerCheck = {
  name: 'Error', message: 'incorrect header check', errno: -3,
  code: 'Z_DATA_ERROR',
};
const eof = {
  name: 'Error', message: 'unexpected end of file', errno: -5,
  code: 'Z_BUF_ERROR',
};

const cases = [
  ['inflate', garbage, headerCheck],
  ['gunzip', garbage, headerCheck],
  ['unzip', garbage, headerCheck],
  ['inflateRaw', Buffer.from([0xff, 0xff, 0xff]),
   { message: 'invalid block type', errno: -3, code: 'Z_DATA_ERROR' }],
  ['inflate', zlib.deflateSync(text).subarray(0, 10), eof],
  ['gunzip', zlib.gzipSync(text).subarray(0, 12), eof],
  ['inflate', Buffer.alloc(0), eof],
  ['gunzip', Buffer.alloc(0), eof],
  ['unzip', Buffer.from([0x1f]), eof],
  ['brotliDecompress', zlib.brotliCompressSync(text).subarray(0, 5), eof],
  ['brotliDecompress', Buffer.alloc(0), eof],
  ['brotliDecompress', garbage, {
    message: 'Decompression failed',
    errno: zlib.constants.BROTLI_DECODER_ERROR_FORMAT_PADDING_1,
    code: 'ERR__ERROR_FORMAT_PADDING_1',
  }],
  // A gzip stream with a corrupted CRC.
  ['gunzip', (() => {
    const g = Buffer.from(zlib.gzipSync(text));
    g[g.length - 6] ^= 0xff;
    return g;
  })(), { message: 'incorrect data check', errno: -3, code: 'Z_DATA_ERROR' }],
];

for (const [method, data, expected] of cases) {
  assert.throws(() => zlib[`${method}Sync`](data), (err) => {
    for (const key of Object.keys(expected)) {
      assert.strictEqual(err[key], expected[key], `${method}Sync ${key}`);
    }
    // errno and code are own enumerable properties, in that order.
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code']);
    return true;
  });
  zlib[method](data, common.mustCall((err, result) => {
    assert.strictEqual(result, undefined);
    assert.strictEqual(err.message, expected.message);
    assert.strictEqual(err.code, expected.code);
    assert.strictEqual(err.errno, expected.errno);
  }));
  assert.rejects(util.promisify(zlib[method])(data), expected)
    .then(common.mustCall());
  // Stream: 'error', then 'close'; no 'end'.
  const stream = zlib[`create${method[0].toUpperCase()}${method.slice(1)}`]();
  stream.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, expected.code);
    assert.strictEqual(stream.destroyed, true);
  }));
  stream.on('close', common.mustCall());
  stream.on('end', common.mustNotCall());
  stream.resume();
  stream.end(data);
}

// Errors in a stream stop it: later writes fail with a stream error.
{
  const inflate = zlib.createInflate();
  inflate.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
    inflate.write('more', common.mustCall((e) => {
      assert.strictEqual(e.code, 'ERR_STREAM_DESTROYED');
    }));
  }));
  inflate.write(garbage);
}
