'use strict';
// AsyncLocalStorage follows promises made in a vm context too (V8's
// promise hooks are per context: vm contexts get the runtime's), whether
// the context was made before or after the storage was first used.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');
const { AsyncLocalStorage } = require('async_hooks');

const before = vm.createContext({ AsyncLocalStorage, assert });
const code = `
  (async () => {
    const storage = new AsyncLocalStorage();
    return storage.run({ where: name }, async () => {
      await 1;
      await new Promise((resolve) => setTimeout(resolve, 1));
      return storage.getStore().where;
    });
  })()`;
before.name = 'before';
before.setTimeout = setTimeout;

const storage = new AsyncLocalStorage();
storage.run({ where: 'main' }, common.mustCall(async () => {
  await 1;
  assert.strictEqual(storage.getStore().where, 'main');
  assert.strictEqual(await vm.runInContext(code, before), 'before');
  const after = vm.createContext({ AsyncLocalStorage, assert, setTimeout,
                                   name: 'after' });
  assert.strictEqual(await vm.runInContext(code, after), 'after');
  assert.strictEqual(storage.getStore().where, 'main');
}));
