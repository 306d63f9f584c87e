'use strict';
// Contexts are collected once unreachable: 10,000 createContext calls leave
// nothing behind (counted with a FinalizationRegistry, not with RSS), and a
// context stays alive while anything of it is reachable.
// Flags: --expose-gc
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

if (typeof globalThis.gc !== 'function') {
  const child = common.spawnSelf(['--expose-gc', __filename]);
  assert.strictEqual(child.status, 0, child.stderr);
  assert.match(child.stdout, /^collected 10000 of 10000\nkept alive\n$/);
  return;
}

const total = 10000;
let collected = 0;
const registry = new FinalizationRegistry(() => { collected++; });
function makeGarbage() {
  for (let i = 0; i < total; i++) {
    const sandbox = { i };
    vm.createContext(sandbox);
    // Register something that lives only inside the context.
    registry.register(vm.runInContext('globalThis.inner = {}; inner', sandbox),
                      i);
  }
}
makeGarbage();

// A context reached only through a function of it, or its global, lives on.
const fn = vm.runInNewContext('(function f() { return typeof x + value; })',
                              { value: 'ok' });
const global = vm.runInNewContext('this', { answer: 42 });

async function collect() {
  for (let round = 0; round < 20 && collected < total; round++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
collect().then(common.mustCall(() => {
  console.log(`collected ${collected} of ${total}`);
  assert.strictEqual(fn(), 'undefinedok');
  assert.strictEqual(global.answer, 42);
  console.log('kept alive');
}));
