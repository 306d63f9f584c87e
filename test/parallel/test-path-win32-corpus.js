'use strict';
// path.win32 gives node 20's results on a corpus of tricky paths
// (every string of up to three chars from '/\\.aC:' and 'b.', plus device
// names, UNC roots, dots...), recorded in fixtures/path-corpus.json.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const corpus = require(`${common.fixturesDir}/path-corpus.json`);

// Results of resolve() and relative() depend on the working directory:
// the corpus was recorded with this one.
process.cwd = () => corpus.cwd;

assert.ok(corpus.win32.length > 5000);
for (const [fn, args, expected] of corpus.win32) {
  assert.deepStrictEqual(path.win32[fn](...args), expected,
                         `path.win32.${fn}(${JSON.stringify(args).slice(1, -1)})`);
}
