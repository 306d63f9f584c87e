'use strict';
// path.matchesGlob (experimental in node 20: it warns once).
const common = require('../common');
const assert = require('assert');
const path = require('path');

common.expectWarning('ExperimentalWarning',
                     'glob is an experimental feature and might change at any time');
const { posix, win32 } = path;
assert.strictEqual(posix.matchesGlob('a/b/c.js', '**/*.js'), true);
assert.strictEqual(posix.matchesGlob('a/b/c.js', 'a/*.js'), false);
assert.strictEqual(posix.matchesGlob('a/b', 'a/*'), true);
assert.strictEqual(posix.matchesGlob('a', 'a/**'), false);
assert.strictEqual(posix.matchesGlob('.a', '*'), false);
assert.strictEqual(posix.matchesGlob('.a', '.*'), true);
assert.strictEqual(posix.matchesGlob('a/.b', '**/.b'), true);
assert.strictEqual(posix.matchesGlob('abc', '[ab]?c'), true);
assert.strictEqual(posix.matchesGlob('abc', '[!a]*'), false);
assert.strictEqual(posix.matchesGlob('a2', 'a{1..2}'), true);
assert.strictEqual(posix.matchesGlob('x.txt', '*.{js,txt}'), true);
assert.strictEqual(posix.matchesGlob('', '*'), false);
assert.strictEqual(posix.matchesGlob('/a/b', '/a/*'), true);
// Backslashes in patterns are separators; win32 paths use both.
assert.strictEqual(posix.matchesGlob('a/b', 'a\\b'), true);
assert.strictEqual(win32.matchesGlob('a\\b\\c.js', 'a/**/*.js'), true);
assert.throws(() => posix.matchesGlob(1, '*'), { code: 'ERR_INVALID_ARG_TYPE', message: /"path"/ });
assert.throws(() => posix.matchesGlob('a', null), { code: 'ERR_INVALID_ARG_TYPE', message: /"pattern"/ });
