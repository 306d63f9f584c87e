'use strict';
// createContext options: codeGeneration { strings, wasm }, microtaskMode.
require('../common');
const assert = require('assert');
const vm = require('vm');

const wasm = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);

const noStrings = vm.createContext({}, { codeGeneration: { strings: false } });
for (const code of ['eval("1")', 'new Function("return 1")',
                    '(function* () {}).constructor("yield 1")']) {
  assert.throws(() => vm.runInContext(code, noStrings), {
    name: 'EvalError',
    message: 'Code generation from strings disallowed for this context',
  });
}
// Direct code still runs, and wasm is allowed.
assert.strictEqual(vm.runInContext('1 + 1', noStrings), 2);
noStrings.wasm = wasm;
assert.strictEqual(
  vm.runInContext('new WebAssembly.Module(wasm) instanceof WebAssembly.Module',
                  noStrings), true);

const noWasm = vm.createContext({ wasm }, { codeGeneration: { wasm: false } });
assert.throws(() => vm.runInContext('new WebAssembly.Module(wasm)', noWasm), {
  name: 'CompileError',
  message: /Wasm code generation disallowed by embedder/,
});
assert.strictEqual(vm.runInContext('eval("2")', noWasm), 2);
// The main context is untouched.
assert.ok(new WebAssembly.Module(wasm));
assert.strictEqual(eval('3'), 3);  // eslint-disable-line no-eval

// runInNewContext's names for the same options.
assert.throws(() => vm.runInNewContext('eval("1")', {}, {
  contextCodeGeneration: { strings: false },
}), { name: 'EvalError' });
assert.strictEqual(vm.runInNewContext('1', {}, {
  contextName: 'named', contextOrigin: 'https://example.org',
}), 1);
vm.createContext({}, { name: 'a name', origin: 'https://example.org' });

// microtaskMode: 'afterEvaluate' drains the context's own queue after each
// run; by default the jobs wait for the main queue.
const log = [];
const own = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
vm.runInContext('Promise.resolve().then(() => log.push("own"))', own);
log.push('returned');
const shared = vm.createContext({ log });
vm.runInContext('Promise.resolve().then(() => log.push("shared"))', shared);
log.push('returned again');
assert.deepStrictEqual(log, ['own', 'returned', 'returned again']);
process.nextTick(() => {
  assert.deepStrictEqual(log, ['own', 'returned', 'returned again']);
});
setImmediate(() => {
  assert.deepStrictEqual(log, ['own', 'returned', 'returned again', 'shared']);
});
