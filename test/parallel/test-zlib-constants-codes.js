'use strict';
// zlib.constants, zlib.codes and the hidden Z_* copies on the module.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const c = zlib.constants;
assert.strictEqual(c.Z_NO_FLUSH, 0);
assert.strictEqual(c.Z_FINISH, 4);
assert.strictEqual(c.Z_BLOCK, 5);
assert.strictEqual(c.Z_DATA_ERROR, -3);
assert.strictEqual(c.Z_DEFAULT_COMPRESSION, -1);
assert.strictEqual(c.Z_MAX_CHUNK, Infinity);
assert.strictEqual(c.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(c.UNZIP, 7);
assert.strictEqual(c.BROTLI_ENCODE, 9);
assert.strictEqual(c.BROTLI_PARAM_QUALITY, 1);
assert.strictEqual(c.BROTLI_DEFAULT_QUALITY, 11);
assert.strictEqual(c.BROTLI_OPERATION_EMIT_METADATA, 3);
assert.strictEqual(c.BROTLI_DECODER_ERROR_UNREACHABLE, -31);
assert.strictEqual(typeof c.ZLIB_VERNUM, 'number');
// The order starts as node's.
assert.deepStrictEqual(Object.keys(c).slice(0, 6),
                       ['Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH',
                        'Z_FULL_FLUSH', 'Z_FINISH', 'Z_BLOCK']);
// Read-only but not frozen.
assert.throws(() => { 'use strict'; c.Z_OK = 1; }, TypeError);
assert.strictEqual(Object.isFrozen(c), false);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'Z_OK'),
                       { value: 0, writable: false, enumerable: true,
                         configurable: false });

// codes: both directions, frozen.
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(zlib.codes[2], 'Z_NEED_DICT');
assert.ok(Object.isFrozen(zlib.codes));
assert.throws(() => { 'use strict'; zlib.codes = {}; }, TypeError);

// Z_* constants on the module itself: hidden and read-only; no BROTLI_*.
assert.strictEqual(zlib.Z_SYNC_FLUSH, 2);
assert.strictEqual(zlib.DEFLATERAW, 5);
assert.strictEqual(zlib.BROTLI_ENCODE, undefined);
assert.ok(!Object.keys(zlib).includes('Z_SYNC_FLUSH'));
assert.deepStrictEqual(Object.keys(zlib).slice(0, 3),
                       ['crc32', 'Deflate', 'Inflate']);

// The factories and convenience functions.
assert.strictEqual(zlib.gzip.name, 'asyncBufferWrapper');
assert.strictEqual(zlib.gzipSync.name, 'syncBufferWrapper');
assert.strictEqual(zlib.gzip.length, 3);
assert.ok(zlib.createGzip() instanceof zlib.Gzip);
assert.strictEqual(Object.getOwnPropertyDescriptor(zlib, 'createGzip').writable,
                   false);
assert.strictEqual(Object.getPrototypeOf(zlib.Gzip).name, 'Zlib');
assert.strictEqual(Object.getPrototypeOf(zlib.BrotliCompress).name, 'Brotli');
