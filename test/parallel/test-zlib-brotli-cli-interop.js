'use strict';
// Interop with the brotli command-line tool both ways: what we compress
// (several qualities and window sizes) `brotli -d` reads back, and what the
// tool compresses (every quality) we decompress, sync and streamed.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { spawnSync } = require('child_process');

if (spawnSync('brotli', ['--version']).error) {
  common.skip('no brotli tool');
}

function run(args, input) {
  const r = spawnSync('brotli', args, { input, maxBuffer: 64 << 20 });
  assert.ifError(r.error);
  assert.strictEqual(r.status, 0, r.stderr && r.stderr.toString());
  return r.stdout;
}

const parts = [];
for (let i = 0; i < 20000; i++) parts.push(`row ${i} ${'xyz'.repeat(i % 5)}\n`);
const input = Buffer.from(parts.join(''));
const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN } = zlib.constants;

// Ours -> the tool.
for (const [quality, lgwin] of [[0, 10], [4, 22], [11, 24]]) {
  const compressed = zlib.brotliCompressSync(input, {
    params: { [BROTLI_PARAM_QUALITY]: quality, [BROTLI_PARAM_LGWIN]: lgwin },
  });
  assert.deepStrictEqual(run(['-d', '-c'], compressed), input);
}

// The tool -> ours.
for (const quality of [0, 5, 11]) {
  const compressed = run(['-c', '-q', `${quality}`], input);
  assert.deepStrictEqual(zlib.brotliDecompressSync(compressed), input);
  zlib.brotliDecompress(compressed, common.mustSucceed((out) => {
    assert.deepStrictEqual(out, input);
  }));
}

// Streamed, in small writes.
const compressed = run(['-c'], input);
const chunks = [];
const stream = zlib.createBrotliDecompress();
stream.on('data', (chunk) => chunks.push(chunk));
stream.on('end', common.mustCall(() => {
  assert.deepStrictEqual(Buffer.concat(chunks), input);
}));
for (let i = 0; i < compressed.length; i += 1000) {
  stream.write(compressed.subarray(i, i + 1000));
}
stream.end();
