'use strict';
// brotliCompressSync at quality 4 of 16 MiB of text, and back.
const fs = require('fs');
const zlib = require('zlib');
const { textFixture } = require('./lib/zlib-text');

const input = fs.readFileSync(textFixture(16));
const compressed = zlib.brotliCompressSync(input, {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length,
  },
});
const output = zlib.brotliDecompressSync(compressed);
if (output.length !== input.length) throw new Error('size');
