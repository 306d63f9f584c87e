'use strict';
// The shape of the path module: the platform flavour is the module, both
// flavours link to each other, path/posix and path/win32 are the same
// objects, and each flavour has its separator and delimiter.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path, process.platform === 'win32' ? path.win32 : path.posix);
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(require('node:path'), path);
assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
assert.strictEqual(path.posix._makeLong, path.posix.toNamespacedPath);
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);
assert.deepStrictEqual(Object.keys(path.posix), [
  'resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
  'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob', 'sep',
  'delimiter', 'win32', 'posix', '_makeLong',
]);
assert.deepStrictEqual(Object.keys(path.win32), Object.keys(path.posix));
