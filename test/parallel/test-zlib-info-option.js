'use strict';
// { info: true } returns { buffer, engine } from the Sync and callback forms;
// the engine is closed by then.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const compressed = zlib.gzipSync('info please');
const result = zlib.gunzipSync(compressed, { info: true });
assert.deepStrictEqual(Object.keys(result), ['buffer', 'engine']);
assert.strictEqual(result.buffer.toString(), 'info please');
assert.ok(result.engine instanceof zlib.Gunzip);
assert.strictEqual(result.engine._handle, null);
assert.strictEqual(result.engine.bytesWritten, compressed.length);

zlib.brotliCompress('abc', { info: true }, common.mustSucceed((res) => {
  assert.ok(res.engine instanceof zlib.BrotliCompress);
  assert.strictEqual(zlib.brotliDecompressSync(res.buffer).toString(), 'abc');
}));
// Without info: just the buffer.
assert.ok(Buffer.isBuffer(zlib.gunzipSync(compressed)));
