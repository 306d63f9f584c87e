'use strict';
// basename(path, suffix) cuts the suffix only when the name is longer than
// it, and keeps node's two quirks.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.posix.basename('/a/b.js', '.js'), 'b');
assert.strictEqual(path.posix.basename('/a/b.js//', '.js'), 'b');
assert.strictEqual(path.posix.basename('/a/.js', '.js'), '.js');
assert.strictEqual(path.posix.basename('aaa/bbb', 'bbb'), 'bbb');
assert.strictEqual(path.posix.basename('b.JS', '.js'), 'b.JS');
// A suffix equal to the whole path gives ''.
assert.strictEqual(path.posix.basename('a.js', 'a.js'), '');
// A name that is only the tail of the suffix keeps its trailing slashes.
assert.strictEqual(path.posix.basename('/b/', 'ab'), 'b/');
assert.strictEqual(path.win32.basename('C:b.js', '.js'), 'b');
assert.strictEqual(path.win32.basename('C:\\a\\B.JS', '.JS'), 'B');
assert.strictEqual(path.posix.extname('..'), '');
assert.strictEqual(path.posix.extname('...'), '.');
assert.strictEqual(path.posix.extname('.bashrc'), '');
assert.strictEqual(path.posix.extname('a.'), '.');
assert.strictEqual(path.posix.extname('a.b.c/'), '.c');
