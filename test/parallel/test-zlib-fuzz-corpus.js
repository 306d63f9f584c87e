'use strict';
// Replays test/fuzz/corpus (seeds and crashers of `make fuzz`) through the
// public API: the first byte picks the decompressor and the write size, as
// in test/fuzz/fuzz_zlib_decompress.cc. Each input must decode or fail with
// a zlib/brotli error (or hit maxOutputLength) on the Sync and stream forms.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dir = path.join(__dirname, '..', 'fuzz', 'corpus');
const modes = ['inflate', 'gunzip', 'unzip', 'inflateRaw', 'brotliDecompress'];
const chunkSizes = [1, 7, 64, 16384];
const limit = 8 << 20;
const dictionary = Buffer.from('hello world dictionary');

function expectedFailure(err) {
  assert.ok(err.code === 'ERR_BUFFER_TOO_LARGE' ||
            /^(Z_|ERR__)/.test(err.code), `${err.code}: ${err.message}`);
}

const files = fs.readdirSync(dir).sort();
assert.ok(files.length >= 10);
for (const file of files) {
  const bytes = fs.readFileSync(path.join(dir, file));
  if (bytes.length === 0) continue;
  const choice = bytes[0];
  const method = modes[choice % 5];
  const chunk = chunkSizes[Math.floor(choice / 5) % 4];
  const options = { maxOutputLength: limit };
  if (Math.floor(choice / 20) % 2 === 1 && method !== 'brotliDecompress') {
    options.dictionary = dictionary;
  }
  const data = bytes.subarray(1);

  let syncError = null;
  try {
    zlib[`${method}Sync`](data, options);
  } catch (err) {
    expectedFailure(err);
    syncError = err;
  }

  const create = `create${method[0].toUpperCase()}${method.slice(1)}`;
  const stream = zlib[create]({ ...options, maxOutputLength: undefined });
  let total = 0;
  stream.on('data', (d) => {
    total += d.length;
    if (total > limit) stream.destroy();
  });
  let streamError = null;
  stream.on('error', (err) => {
    expectedFailure(err);
    streamError = err;
  });
  // Both forms agree, but for the bomb the stream stopped itself.
  stream.on('close', common.mustCall(() => {
    if (syncError?.code === 'ERR_BUFFER_TOO_LARGE') return;
    assert.strictEqual(streamError?.code, syncError?.code, file);
  }));
  for (let i = 0; i < data.length && !stream.destroyed; i += chunk) {
    stream.write(data.subarray(i, i + chunk));
  }
  stream.end();
}
