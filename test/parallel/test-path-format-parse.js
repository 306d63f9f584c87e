'use strict';
// path.format() builds from dir/root/base/name/ext with node's precedence,
// and format(parse(p)) gives p back for ordinary paths.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.posix.format({ root: '/', dir: '/home/u', base: 'f.txt' }), '/home/u/f.txt');
assert.strictEqual(path.posix.format({ root: '/', base: 'f.txt', ext: 'ignored' }), '/f.txt');
assert.strictEqual(path.posix.format({ root: '/', name: 'f', ext: '.txt' }), '/f.txt');
// An extension without its dot gets one.
assert.strictEqual(path.posix.format({ name: 'f', ext: 'txt' }), 'f.txt');
assert.strictEqual(path.posix.format({ dir: 'a', name: 'n', ext: 'e' }), 'a/n.e');
assert.strictEqual(path.win32.format({ dir: 'C:\\path\\dir', base: 'file.txt' }), 'C:\\path\\dir\\file.txt');
assert.strictEqual(path.win32.format({ root: 'C:\\', name: 'f', ext: '.e' }), 'C:\\f.e');
assert.strictEqual(path.posix.format({}), '');

assert.deepStrictEqual(path.posix.parse('/home/user/dir/file.txt'),
                       { root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' });
assert.deepStrictEqual(path.win32.parse('C:\\path\\dir\\file.txt'),
                       { root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt', ext: '.txt', name: 'file' });
assert.deepStrictEqual(path.win32.parse('\\\\server\\share\\f'),
                       { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'f', ext: '', name: 'f' });
// node splits '/..' as name '.' and extension '.'.
assert.deepStrictEqual(path.posix.parse('/..'), { root: '/', dir: '/', base: '..', ext: '.', name: '.' });

for (const p of ['/a/b.c', 'a/b', '/x', 'file.tar.gz', '/a/b/']) {
  const round = path.posix.format(path.posix.parse(p));
  assert.strictEqual(round, p.endsWith('/') ? p.slice(0, -1) : p);
}
