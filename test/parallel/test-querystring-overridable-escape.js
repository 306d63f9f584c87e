'use strict';
// parse() and stringify() look querystring.unescape/escape up at each call,
// so replacing them on the module changes how they decode and encode.
require('../common');
const assert = require('assert');
const qs = require('querystring');

const { escape, unescape } = qs;
try {
  qs.escape = (s) => `[${s}]`;
  assert.strictEqual(qs.stringify({ a: 'b' }), '[a]=[b]');
  qs.unescape = (s) => s.toUpperCase();
  assert.deepStrictEqual({ ...qs.parse('a=b') }, { A: 'B' });
} finally {
  qs.escape = escape;
  qs.unescape = unescape;
}
assert.strictEqual(qs.stringify({ a: 'b c' }), 'a=b%20c');
