'use strict';
// url.resolve() and url.resolveObject() on the RFC 3986 examples and
// node's special cases.
require('../common');
const assert = require('assert');
const url = require('url');

const base = 'http://a/b/c/d;p?q';
const expected = {
  'g:h': 'g:h', 'g': 'http://a/b/c/g', './g': 'http://a/b/c/g', 'g/': 'http://a/b/c/g/',
  '/g': 'http://a/g', '//g': 'http://g/', '?y': 'http://a/b/c/d;p?y',
  'g?y': 'http://a/b/c/g?y', '#s': 'http://a/b/c/d;p?q#s', '': 'http://a/b/c/d;p?q',
  '.': 'http://a/b/c/', '..': 'http://a/b/', '../g': 'http://a/b/g',
  '../../../g': 'http://a/g', '/./g': 'http://a/g', 'g.': 'http://a/b/c/g.',
  'g;x=1/../y': 'http://a/b/c/y',
};
for (const [rel, want] of Object.entries(expected)) {
  assert.strictEqual(url.resolve(base, rel), want, rel);
}
assert.strictEqual(url.resolve('/one/two/three', 'four'), '/one/two/four');
assert.strictEqual(url.resolve('http://example.com/', '/one'), 'http://example.com/one');
assert.strictEqual(url.resolve('mailto:local1@domain1', 'local2@domain2'), 'mailto:local2@domain2');
const obj = url.resolveObject('http://x.com/a/b', '../c?d');
assert.ok(obj instanceof url.Url);
assert.strictEqual(obj.href, 'http://x.com/c?d');
assert.strictEqual(obj.path, '/c?d');
assert.strictEqual(url.resolveObject('', 'rel'), 'rel');
