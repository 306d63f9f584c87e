'use strict';
// util.parseEnv follows node 20's .env rules: comments, the three quotes,
// multi-line quoted values, `export`, \n expansion only in double quotes,
// only spaces trimmed, and the lines node ignores.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const util = require('util');

const dir = path.join(__dirname, '..', 'fixtures', 'dotenv');
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');

assert.deepStrictEqual(util.parseEnv(read('rules.env')), {
  AFTER_UNCLOSED: 'after',
  BACKTICK: 'back\\nkept',
  DOUBLE: 'double\nexpanded',
  EMPTY: '',
  EMPTY_QUOTES: '',
  EQUALS: 'a=b=c',
  EXPORTED: 'yes',
  HASH_NO_SPACE: 'a',
  INLINE: 'before',
  MULTI: 'line one\nline two',
  MULTI_BACKTICK: 'one\n"two"\n\'three\'',
  PLAIN: 'plain value',
  REPEATED: 'second',
  SINGLE: 'single # kept',
  SINGLE_NO_EXPAND: 'a\\nb',
  SPACED_KEY: 'spaced value',
  TAB_VALUE: '\tx\t',
  TRAILING: 'quoted',
  UNCLOSED: '"no end',
  UNQUOTED_NO_EXPAND: 'a\\nb',
});
assert.deepStrictEqual(util.parseEnv(read('crlf.env')),
                       { CRLF: 'one', CRLF_QUOTED: 'two' });
assert.deepStrictEqual(util.parseEnv(read('no-final-newline.env')),
                       { LAST: 'no final newline' });

// Keys come out sorted, on a plain object.
const sorted = util.parseEnv('B=1\nA=2\n_=3\na=4\n');
assert.deepStrictEqual(Object.keys(sorted), ['A', 'B', '_', 'a']);
assert.strictEqual(Object.getPrototypeOf(sorted), Object.prototype);

// The edges, each as node 20 reads it.
const cases = [
  ['', {}],
  ['   ', {}],
  ['NO_EQUALS', {}],
  ['K\nL=1', { 'K\nL': '1' }],               // a key runs to the next '='
  ['=x\nA=1', {}],                           // an empty key ends the text
  ['A=1\n=2\nB=3', { A: '1' }],
  ['A=1\n =2\nB=3', { 'A': '1', '\n': '2', 'B': '3' }],  // node's trim quirk
  ['# a=b', { '# a': 'b' }],                 // a last-line comment is a key
  ['#c\nK=1', { K: '1' }],
  ['\t# c\nK=1', { '\t# c\nK': '1' }],       // only spaces are trimmed
  ['export  K = v', { ' K': 'v' }],
  ['export K=', { K: '' }],
  ['export =1', { export: '1' }],
  ['K="a"x\nL=1', { K: 'a', L: '1' }],
  ['K="a\\\\nb"', { K: 'a\\\nb' }],
  ['K="abc', {}],                            // unclosed on the last line
  ['K=\'a\nL=2', { K: '\'a', L: '2' }],
  ['K="a\nL="b\nM=c', { K: 'a\nL=', M: 'c' }],
  ['K=#x', { K: '' }],
  ['K=  \nL=1', { K: '', L: '1' }],
  ['K=v\f\nL=\fw', { K: 'v\f', L: '\fw' }],
  ['K=1\r\nL="2\r\n3"', { K: '1', L: '2\n3' }],
  ['FOO=bar\nFOO=baz\n', { FOO: 'baz' }],
];
for (const [text, expected] of cases) {
  assert.deepStrictEqual(util.parseEnv(text), expected, JSON.stringify(text));
}

assert.strictEqual(util.parseEnv.length, 1);
for (const value of [null, undefined, 1, {}, [], Buffer.from('A=1')]) {
  assert.throws(() => util.parseEnv(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
