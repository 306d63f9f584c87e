'use strict';
// AsyncLocalStorage stores follow native requests: the callback of an fs
// operation started inside run() sees the store, and so does its promise
// form; createHook sees the request's type.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { AsyncLocalStorage, createHook } = require('async_hooks');

const types = new Set();
const hook = createHook({ init(id, type) { types.add(type); } }).enable();

const als = new AsyncLocalStorage();
als.run('fs-callback', () => {
  fs.stat(__filename, common.mustSucceed(() => {
    assert.strictEqual(als.getStore(), 'fs-callback');
    assert.ok(types.has('FSREQCALLBACK'), [...types].join());
    hook.disable();
  }));
});
als.run('fs-promise', async () => {
  await fs.promises.readFile(__filename);
  assert.strictEqual(als.getStore(), 'fs-promise');
}).then(common.mustCall());
assert.strictEqual(als.getStore(), undefined);
