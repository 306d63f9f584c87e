'use strict';
// Brotli parameters (quality, mode, size hint, lgwin, booleans), its flush
// operations and its defaults.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const {
  BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT,
  BROTLI_PARAM_SIZE_HINT, BROTLI_PARAM_LGWIN, BROTLI_PARAM_LARGE_WINDOW,
  BROTLI_DECODER_PARAM_LARGE_WINDOW, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_EMIT_METADATA,
} = zlib.constants;

const text = Buffer.from('Brotli compresses text well. '.repeat(3000));

const sizes = [];
for (const quality of [0, 1, 4, 9, 11]) {
  const c = zlib.brotliCompressSync(text, {
    params: {
      [BROTLI_PARAM_QUALITY]: quality,
      [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT,
      [BROTLI_PARAM_SIZE_HINT]: text.length,
      [BROTLI_PARAM_LGWIN]: 18,
    },
  });
  sizes.push(c.length);
  assert.deepStrictEqual(zlib.brotliDecompressSync(c), text);
}
// Quality 11 beats quality 0 on text.
assert.ok(sizes[4] < sizes[0], sizes.join(' '));

// Quality beyond the maximum is accepted (clamped), as in node.
assert.deepStrictEqual(zlib.brotliDecompressSync(zlib.brotliCompressSync(text, {
  params: { [BROTLI_PARAM_QUALITY]: 100 },
})), text);

// Booleans are parameters too: large windows on both sides.
{
  const c = zlib.brotliCompressSync(text, {
    params: { [BROTLI_PARAM_LARGE_WINDOW]: true, [BROTLI_PARAM_LGWIN]: 26 },
  });
  const d = zlib.brotliDecompressSync(c, {
    params: { [BROTLI_DECODER_PARAM_LARGE_WINDOW]: true },
  });
  assert.deepStrictEqual(d, text);
}

// Default is quality 11: same output as asking for it.
assert.deepStrictEqual(
  zlib.brotliCompressSync(text),
  zlib.brotliCompressSync(text, { params: { [BROTLI_PARAM_QUALITY]: 11 } }));

// flush: BROTLI_OPERATION_FLUSH on each write makes each write decodable.
{
  const enc = zlib.createBrotliCompress({ flush: BROTLI_OPERATION_FLUSH });
  const out = [];
  enc.on('data', (d) => out.push(d));
  enc.write('part one,', common.mustCall(() => {
    const sofar = zlib.brotliDecompressSync(Buffer.concat(out), {
      finishFlush: BROTLI_OPERATION_FLUSH,
    });
    assert.strictEqual(sofar.toString(), 'part one,');
    enc.end(' part two');
  }));
  enc.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat(out)).toString(),
                       'part one, part two');
  }));
}

// EMIT_METADATA through flush(kind): no data, still a valid stream.
{
  const enc = zlib.createBrotliCompress();
  const out = [];
  enc.on('data', (d) => out.push(d));
  enc.flush(BROTLI_OPERATION_EMIT_METADATA, common.mustCall(() => {
    enc.end('after');
  }));
  enc.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat(out)).toString(),
                       'after');
  }));
}

// Brotli streams inherit Zlib's prototype, as in node.
assert.strictEqual(zlib.createBrotliCompress().params,
                   zlib.createDeflate().params);
