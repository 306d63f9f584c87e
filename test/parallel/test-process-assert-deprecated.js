'use strict';
// process.assert (DEP0100) throws ERR_ASSERTION errors, and the global
// process and Buffer are accessors that keep what is assigned to them.
const common = require('../common');
const assert = require('assert');

common.expectWarning('DeprecationWarning',
                     'process.assert() is deprecated. Please use the ' +
                     '`assert` module instead.', 'DEP0100');
assert.strictEqual(process.assert(true), undefined);
assert.throws(() => process.assert(0, 'nope'),
              { name: 'Error', code: 'ERR_ASSERTION', message: 'nope' });
assert.throws(() => process.assert(null),
              { code: 'ERR_ASSERTION', message: 'assertion error' });

for (const name of ['process', 'Buffer']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(typeof desc.set, 'function');
  assert.strictEqual(desc.enumerable, false);
  const original = globalThis[name];
  globalThis[name] = 42;
  assert.strictEqual(globalThis[name], 42);
  globalThis[name] = original;
  assert.strictEqual(typeof Object.getOwnPropertyDescriptor(globalThis, name)
    .get, 'function');
}
assert.strictEqual(Buffer, require('buffer').Buffer);
