'use strict';
// url.domainToASCII / domainToUnicode: IDNA through the URL host parser,
// '' for what it refuses.
require('../common');
const assert = require('assert');
const url = require('url');

const cases = [
  // input, ASCII, Unicode
  ['EXAMPLE.com', 'example.com', 'example.com'],
  ['español.com', 'xn--espaol-zwa.com', 'español.com'],
  ['中文.com', 'xn--fiq228c.com', '中文.com'],
  ['xn--iñvalid.com', '', ''],
  ['ß.de', 'xn--zca.de', 'ß.de'],
  ['ﬀ.com', 'ff.com', 'ff.com'],
  ['Ａ．com', 'a.com', 'a.com'],
  ['a\u00adb.c', 'ab.c', 'ab.c'],
  ['0x7f.1', '127.0.0.1', '127.0.0.1'],
  ['[::1]', '[::1]', '[::1]'],
  ['a/b', 'a', 'a'],
  ['a:1', '', ''],
  ['a b', '', ''],
  ['', '', ''],
  ['xn--', '', ''],
];
for (const [input, ascii, unicode] of cases) {
  assert.strictEqual(url.domainToASCII(input), ascii, input);
  assert.strictEqual(url.domainToUnicode(input), unicode, input);
}
assert.strictEqual(url.domainToASCII(5), '0.0.0.5');
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified' });
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });
