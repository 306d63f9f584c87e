'use strict';
// url.parse() (with and without parseQueryString / slashesDenoteHost) and
// url.resolve() give node 20's results, field by field, on a corpus of a
// few hundred URLs (fixtures/url-legacy-corpus.json).
const common = require('../common');
const assert = require('assert');
const url = require('url');
const corpus = require(`${common.fixturesDir}/url-legacy-corpus.json`);

// Invalid ports warn (DEP0170); that is tested elsewhere.
process.on('warning', () => {});

assert.ok(corpus.length > 3000);
for (const [fn, args, expected] of corpus) {
  let actual;
  try {
    const value = fn === 'parse' ? url.parse(...args) : url.resolve(...args);
    actual = { ok: JSON.parse(JSON.stringify(value)) };
  } catch (e) {
    actual = { code: e.code || e.name };
  }
  assert.deepStrictEqual(actual, expected, `url.${fn}(${JSON.stringify(args)})`);
}
