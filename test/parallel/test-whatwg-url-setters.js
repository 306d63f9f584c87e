'use strict';
// Each URL setter (with its state-override rules) gives node 20's result
// (fixtures/url-whatwg-setters.json).
const common = require('../common');
const assert = require('assert');
const corpus = require(`${common.fixturesDir}/url-whatwg-setters.json`);

const props = ['href', 'origin', 'protocol', 'username', 'password', 'host',
               'hostname', 'port', 'pathname', 'search', 'hash'];
assert.ok(corpus.length > 500);
for (const [input, prop, value, expected] of corpus) {
  const url = new URL(input);
  url[prop] = value;
  const actual = {};
  for (const p of props) actual[p] = url[p];
  assert.deepStrictEqual(actual, expected, `${input} .${prop} = ${JSON.stringify(value)}`);
}
