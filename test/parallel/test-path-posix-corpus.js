'use strict';
// path.posix gives node 20's results on a corpus of tricky paths
// (every string of up to three chars from '/\\.aC:' and 'b.', plus device
// names, UNC roots, dots...), recorded in fixtures/path-corpus.json.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const corpus = require(`${common.fixturesDir}/path-corpus.json`);

// Results of resolve() and relative() depend on the working directory:
// the corpus was recorded with this one.
process.cwd = () => corpus.cwd;

assert.ok(corpus.posix.length > 5000);
for (const [fn, args, expected] of corpus.posix) {
  assert.deepStrictEqual(path.posix[fn](...args), expected,
                         `path.posix.${fn}(${JSON.stringify(args).slice(1, -1)})`);
}
