'use strict';
// Data compressed by node 20 (Chromium's zlib, brotli 1.1), kept in
// test/fixtures/zlib, decompresses here to the original text, by every form.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const fixtures = require('../common/fixtures');

const text = fixtures.readSync(['zlib', 'node-text.txt']);
const dictionary = Buffer.from('line of the node-made fixture');
const cases = [
  ['node-text.txt.gz', 'gunzip', {}],
  ['node-text.txt.gz', 'unzip', {}],
  ['node-text.txt.deflate', 'inflate', { dictionary }],
  ['node-text.txt.deflate', 'unzip', { dictionary }],
  ['node-text.txt.raw', 'inflateRaw', { windowBits: 9 }],
  ['node-text.txt.br', 'brotliDecompress', {}],
];
for (const [file, method, options] of cases) {
  const data = fixtures.readSync(['zlib', file]);
  assert.deepStrictEqual(zlib[`${method}Sync`](data, options), text, file);
  zlib[method](data, options, common.mustSucceed((out) => {
    assert.deepStrictEqual(out, text, file);
  }));
}
