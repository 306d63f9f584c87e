'use strict';
// enterWith() sets the store for the rest of the current context;
// disable() forgets it; run() returns the callback's value.
const common = require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
assert.strictEqual(als.run('s', (a, b) => a + b + als.getStore(), 1, 2), '3s');
setImmediate(common.mustCall(() => {
  als.enterWith('entered');
  assert.strictEqual(als.getStore(), 'entered');
  process.nextTick(common.mustCall(() => {
    assert.strictEqual(als.getStore(), 'entered');
    als.disable();
    assert.strictEqual(als.getStore(), undefined);
  }));
}));
