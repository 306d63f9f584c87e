'use strict';
// v8.setFlagsFromString validates its argument and changes V8's flags (which
// changes cachedDataVersionTag()); cachedDataVersionTag is a stable uint32.
require('../common');
const assert = require('assert');
const v8 = require('v8');
const vm = require('vm');

const tag = v8.cachedDataVersionTag();
assert.ok(Number.isInteger(tag) && tag >= 0 && tag <= 0xffffffff);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

for (const bad of [undefined, null, 1, true, {}, ['--x']]) {
  assert.throws(() => v8.setFlagsFromString(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "flags" argument must be of type string\./,
  });
}
// Natives syntax works once the flag is on (new code only).
assert.throws(() => vm.runInThisContext('%GetOptimizationStatus'),
              SyntaxError);
v8.setFlagsFromString('--allow_natives_syntax');
assert.strictEqual(typeof vm.runInThisContext('%IsBeingInterpreted()'),
                   'boolean');
assert.notStrictEqual(v8.cachedDataVersionTag(), tag);
