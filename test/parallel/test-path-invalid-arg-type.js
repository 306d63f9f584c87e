'use strict';
// Every path function refuses non-string paths with ERR_INVALID_ARG_TYPE,
// naming the argument as node does.
require('../common');
const assert = require('assert');
const path = require('path');

for (const flavour of [path.posix, path.win32]) {
  for (const bad of [1, null, undefined, {}, true, Symbol('s'), 1n]) {
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'extname', 'parse', 'basename']) {
      assert.throws(() => flavour[fn](bad), {
        code: 'ERR_INVALID_ARG_TYPE',
        name: 'TypeError',
        message: /^The "path" argument must be of type string\./,
      });
    }
    assert.throws(() => flavour.join('a', bad), { code: 'ERR_INVALID_ARG_TYPE', message: /"path"/ });
    assert.throws(() => flavour.resolve('a', bad), { code: 'ERR_INVALID_ARG_TYPE', message: /"paths\[1\]"/ });
    assert.throws(() => flavour.relative(bad, 'a'), { code: 'ERR_INVALID_ARG_TYPE', message: /"from"/ });
    assert.throws(() => flavour.relative('a', bad), { code: 'ERR_INVALID_ARG_TYPE', message: /"to"/ });
    if (bad !== undefined) {
      assert.throws(() => flavour.basename('a', bad), { code: 'ERR_INVALID_ARG_TYPE', message: /"suffix"/ });
    }
    // toNamespacedPath hands back what it cannot use.
    assert.strictEqual(flavour.toNamespacedPath(bad), bad);
  }
  for (const bad of [null, 'str', 1]) {
    assert.throws(() => flavour.format(bad), { code: 'ERR_INVALID_ARG_TYPE', message: /"pathObject"/ });
  }
}

// resolve() stops at the first absolute path from the right: what lies left
// of it is not even validated.
assert.strictEqual(path.posix.resolve(1, '/a'), '/a');
assert.strictEqual(path.posix.basename('/a/b.js', undefined), 'b.js');
