'use strict';
// Bad options throw node's coded errors, with node's messages; NaN and
// undefined mean "the default".
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

function range(name, text, received) {
  return {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "${name}" is out of range. It must be ${text}. ` +
             `Received ${received}`,
  };
}

assert.throws(() => new zlib.Gzip({ windowBits: 8 }),
              range('options.windowBits', '>= 9 and <= 15', 8));
assert.throws(() => new zlib.Deflate({ windowBits: 16 }),
              range('options.windowBits', '>= 8 and <= 15', 16));
assert.throws(() => new zlib.InflateRaw({ windowBits: 0 }),
              range('options.windowBits', '>= 8 and <= 15', 0));
assert.throws(() => new zlib.Deflate({ windowBits: Infinity }),
              range('options.windowBits', 'a finite number', 'Infinity'));
assert.throws(() => new zlib.Deflate({ level: 10 }),
              range('options.level', '>= -1 and <= 9', 10));
assert.throws(() => new zlib.Deflate({ memLevel: 0 }),
              range('options.memLevel', '>= 1 and <= 9', 0));
assert.throws(() => new zlib.Deflate({ strategy: 5 }),
              range('options.strategy', '>= 0 and <= 4', 5));
assert.throws(() => new zlib.Deflate({ chunkSize: 63 }),
              range('options.chunkSize', '>= 64', 63));
assert.throws(() => new zlib.Deflate({ flush: 6 }),
              range('options.flush', '>= 0 and <= 5', 6));
assert.throws(() => new zlib.Deflate({ finishFlush: -1 }),
              range('options.finishFlush', '>= 0 and <= 5', -1));
assert.throws(() => new zlib.BrotliCompress({ flush: 4 }),
              range('options.flush', '>= 0 and <= 3', 4));
assert.throws(() => new zlib.Deflate({ maxOutputLength: 0 }),
              range('options.maxOutputLength',
                    `>= 1 and <= ${require('buffer').kMaxLength}`, 0));

assert.throws(() => new zlib.Deflate({ level: '1' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options.level" property must be of type number. ' +
           "Received type string ('1')",
});
assert.throws(() => new zlib.Deflate({ windowBits: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => new zlib.Deflate({ dictionary: 'abc' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of ' +
           'Buffer, TypedArray, DataView, or ArrayBuffer. ' +
           "Received type string ('abc')",
});

// Inflating takes windowBits 0 or null as "from the header".
for (const C of [zlib.Inflate, zlib.Gunzip, zlib.Unzip]) {
  new C({ windowBits: 0 }).close();
  new C({ windowBits: null }).close();
}
{
  const d = new zlib.Deflate({ level: NaN, strategy: NaN });
  assert.strictEqual(d._level, zlib.constants.Z_DEFAULT_COMPRESSION);
  assert.strictEqual(d._strategy, zlib.constants.Z_DEFAULT_STRATEGY);
  assert.strictEqual(d._chunkSize, zlib.constants.Z_DEFAULT_CHUNK);
  d.close();
}

// Brotli parameters.
assert.throws(() => new zlib.BrotliCompress({ params: { 100: 1 } }), {
  code: 'ERR_BROTLI_INVALID_PARAM',
  name: 'RangeError',
  message: '100 is not a valid Brotli parameter',
});
assert.throws(() => new zlib.BrotliCompress({ params: { x: 1 } }), {
  code: 'ERR_BROTLI_INVALID_PARAM',
  message: 'x is not a valid Brotli parameter',
});
assert.throws(() => new zlib.BrotliCompress({ params: { 1: 'a' } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.params[key]" property must be of type number. ' +
           "Received type string ('a')",
});
// A key the decoder does not know fails in the engine.
assert.throws(() => new zlib.BrotliDecompress({
  params: { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: 100 },
}), {
  code: 'ERR_ZLIB_INITIALIZATION_FAILED',
  name: 'Error',
  message: 'Initialization failed',
});

// The one-shot forms: the data type, then the callback.
assert.throws(() => zlib.deflateSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of ' +
           'Buffer, TypedArray, DataView, or ArrayBuffer. ' +
           'Received type number (5)',
});
assert.throws(() => zlib.deflate('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. ' +
           'Received undefined',
});
// Options are checked before the data.
assert.throws(() => zlib.gzipSync(5, { level: 99 }), { code: 'ERR_OUT_OF_RANGE' });

// params() checks its arguments.
{
  const d = zlib.createDeflate();
  assert.throws(() => d.params(10, 0), range('level', '>= -1 and <= 9', 10));
  assert.throws(() => d.params(1, -1), range('strategy', '>= 0 and <= 4', -1));
  d.close();
}

// reset() after close() is an internal assertion, as in node.
{
  const d = zlib.createDeflate();
  d.close();
  assert.throws(() => d.reset(), { code: 'ERR_INTERNAL_ASSERTION' });
}

// Fractional numbers are accepted and reach the engine as whole numbers.
assert.strictEqual(
  zlib.gunzipSync(zlib.gzipSync('abc', { chunkSize: 64.5 }),
                  { chunkSize: 64.5 }).toString(), 'abc');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('abc', { level: 1.5 }))
  .toString(), 'abc');
{
  // flush 2.5 works as Z_SYNC_FLUSH; the end still finishes the stream.
  const deflate = zlib.createDeflate({ flush: 2.5 });
  const out = [];
  deflate.on('data', (d) => out.push(d));
  deflate.on('end', common.mustCall(() => {
    assert.strictEqual(out.length, 2);
    assert.strictEqual(zlib.inflateSync(Buffer.concat(out)).toString(), 'abc');
  }));
  deflate.end('abc');
}
