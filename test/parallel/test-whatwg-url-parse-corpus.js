'use strict';
// new URL(input, base) gives node 20's components (or failure) on a corpus
// of WPT-style inputs against several bases (fixtures/url-whatwg-corpus.json).
const common = require('../common');
const assert = require('assert');
const corpus = require(`${common.fixturesDir}/url-whatwg-corpus.json`);

const props = ['href', 'origin', 'protocol', 'username', 'password', 'host',
               'hostname', 'port', 'pathname', 'search', 'hash'];
assert.ok(corpus.length > 2000);
for (const [input, base, expected] of corpus) {
  const label = JSON.stringify([input, base]);
  if (expected === null) {
    assert.throws(() => new URL(input, base ?? undefined), { code: 'ERR_INVALID_URL' }, label);
    assert.strictEqual(URL.canParse(input, base ?? undefined), false, label);
    continue;
  }
  const url = new URL(input, base ?? undefined);
  const actual = {};
  for (const p of props) actual[p] = url[p];
  assert.deepStrictEqual(actual, expected, label);
  // (node's optimized canParse misreads Latin-1 strings, so only ASCII
  // inputs are checked here.)
  if (/^[\x00-\x7f]*$/.test(input)) {
    assert.strictEqual(URL.canParse(input, base ?? undefined), true, label);
  }
  // href round-trips.
  assert.strictEqual(new URL(url.href).href, url.href, label);
}
