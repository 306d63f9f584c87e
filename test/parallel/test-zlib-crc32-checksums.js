'use strict';
// zlib.crc32(data[, value]): strings as UTF-8, any view, running values.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('world', 907060870), 4192936109);
assert.strictEqual(zlib.crc32('helloworld'), 4192936109);
assert.strictEqual(zlib.crc32(Buffer.from('hello', 'utf16le')), 1427272415);
assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('', 5), 5);
assert.strictEqual(zlib.crc32('é'), zlib.crc32(Buffer.from([0xc3, 0xa9])));
assert.strictEqual(zlib.crc32(new Uint16Array([1, 2])), 2882460411);
assert.strictEqual(zlib.crc32(new DataView(new ArrayBuffer(3))), 4282505490);
// The check value of the CRC-32 used by gzip.
assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);
// gzip's trailer holds the same CRC.
const gz = zlib.gzipSync('some data');
assert.strictEqual(gz.readUInt32LE(gz.length - 8), zlib.crc32('some data'));

assert.throws(() => zlib.crc32(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of ' +
           'Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => zlib.crc32('a', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= ' +
           '4294967295. Received -1',
});
assert.throws(() => zlib.crc32('a', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.crc32(new ArrayBuffer(2)), { code: 'ERR_INVALID_ARG_TYPE' });
