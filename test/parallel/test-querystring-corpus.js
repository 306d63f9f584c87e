'use strict';
// querystring.parse/unescape/unescapeBuffer/escape give node 20's results
// on a corpus of strings built from '&', '=', '+', '%', escapes, broken
// escapes and non-ASCII (fixtures/querystring-corpus.json).
const common = require('../common');
const assert = require('assert');
const qs = require('querystring');
const corpus = require(`${common.fixturesDir}/querystring-corpus.json`);

assert.ok(corpus.length > 5000);
for (const [fn, args, expected] of corpus) {
  let actual;
  switch (fn) {
    case 'parse': {
      const parsed = qs.parse(...args);
      assert.strictEqual(Object.getPrototypeOf(parsed), null);
      actual = { ...parsed };
      break;
    }
    case 'unescape': actual = qs.unescape(args[0]); break;
    case 'unescapeTrue': actual = qs.unescape(args[0], true); break;
    case 'unescapeBuffer': actual = [...qs.unescapeBuffer(args[0])]; break;
    case 'escape': actual = qs.escape(args[0]); break;
  }
  assert.deepStrictEqual(actual, expected, `${fn}(${JSON.stringify(args)})`);
}
