'use strict';
// Bad arguments to the vm API throw node's coded errors.
require('../common');
const assert = require('assert');
const vm = require('vm');

const type = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
const range = { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' };
const value = { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' };

// new vm.Script
assert.throws(() => new vm.Script('x', 5), {
  ...type,
  message: 'The "options" argument must be of type object. Received type ' +
           'number (5)',
});
assert.throws(() => new vm.Script('x', { filename: 1 }), {
  ...type,
  message: 'The "options.filename" property must be of type string. ' +
           'Received type number (1)',
});
assert.throws(() => new vm.Script('x', { lineOffset: 'a' }), type);
assert.throws(() => new vm.Script('x', { lineOffset: 1.5 }), {
  ...range,
  message: 'The value of "options.lineOffset" is out of range. It must be ' +
           'an integer. Received 1.5',
});
assert.throws(() => new vm.Script('x', { columnOffset: 2 ** 31 }), range);
assert.throws(() => new vm.Script('x', { cachedData: 1 }), {
  ...type,
  message: 'The "options.cachedData" property must be an instance of ' +
           'Buffer, TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => new vm.Script('x', { produceCachedData: 1 }), type);
assert.throws(() => new vm.Script('x', { importModuleDynamically: 1 }), {
  ...type,
  message: 'The "options.importModuleDynamically" property must be of ' +
           'type function. Received type number (1)',
});
// Not a public option of vm.Script: ignored.
new vm.Script('x', { parsingContext: {} });
// Accepted as node accepts them.
new vm.Script('1', { importModuleDynamically() {} });
new vm.Script('1', {
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
new vm.Script({ toString() { return '1'; } });

// Run options
const script = new vm.Script('1');
for (const timeout of [0, -1, 2 ** 32]) {
  assert.throws(() => script.runInThisContext({ timeout }), {
    ...range,
    message: 'The value of "options.timeout" is out of range. It must be ' +
             `>= 1 && <= 4294967295. Received ${timeout === 2 ** 32 ?
               '4294967296' : timeout}`,
  });
}
assert.throws(() => script.runInThisContext({ timeout: 1.5 }), range);
assert.throws(() => script.runInThisContext({ timeout: '1' }), type);
assert.throws(() => script.runInThisContext({ displayErrors: 1 }), type);
assert.throws(() => script.runInThisContext({ breakOnSigint: 1 }), type);
assert.throws(() => script.runInThisContext(1), type);
assert.throws(() => script.runInContext({}), {
  ...type,
  message: 'The "contextifiedObject" argument must be an vm.Context. ' +
           'Received an instance of Object',
});
assert.throws(() => script.runInContext(1), {
  ...type,
  message: 'The "object" argument must be of type object. Received type ' +
           'number (1)',
});
assert.throws(() => vm.runInContext('1', {}), type);

// createContext and runInNewContext's context options
assert.throws(() => vm.createContext(1), type);
assert.throws(() => vm.createContext({}, 1), type);
assert.throws(() => vm.createContext({}, { name: 1 }), type);
assert.throws(() => vm.createContext({}, { origin: 1 }), type);
assert.throws(() => vm.createContext({}, { codeGeneration: 1 }), type);
assert.throws(() => vm.createContext({}, { codeGeneration: { strings: 1 } }),
              type);
assert.throws(() => vm.createContext({}, { codeGeneration: { wasm: 1 } }),
              type);
assert.throws(() => vm.createContext({}, { microtaskMode: 'x' }), {
  ...value,
  message: "The property 'options.microtaskMode' must be one of: " +
           "'afterEvaluate', undefined. Received 'x'",
});
assert.throws(() => vm.runInNewContext('1', {}, { contextName: 1 }), type);
assert.throws(() => vm.runInNewContext('1', {}, { contextOrigin: 1 }), type);
assert.throws(() => vm.runInNewContext('1', {}, {
  contextCodeGeneration: { strings: 'no' },
}), type);
assert.throws(() => vm.runInNewContext('1', 1), type);

// isContext
assert.throws(() => vm.isContext(1), type);
assert.throws(() => vm.isContext(null), type);
assert.strictEqual(vm.isContext({}), false);
assert.strictEqual(vm.isContext([]), false);

// compileFunction
assert.throws(() => vm.compileFunction(1), {
  ...type,
  message: 'The "code" argument must be of type string. Received type ' +
           'number (1)',
});
assert.throws(() => vm.compileFunction('a', 1), {
  ...type,
  message: 'The "params" argument must be an instance of Array. Received ' +
           'type number (1)',
});
assert.throws(() => vm.compileFunction('a', [1]), {
  ...type,
  message: 'The "params[0]" argument must be of type string. Received type ' +
           'number (1)',
});
assert.throws(() => vm.compileFunction('a', [], 1), type);
assert.throws(() => vm.compileFunction('a', [], { filename: 1 }), type);
assert.throws(() => vm.compileFunction('a', [], { lineOffset: 0.5 }), range);
assert.throws(() => vm.compileFunction('a', [], { contextExtensions: {} }),
              type);
assert.throws(() => vm.compileFunction('a', [], { contextExtensions: [1] }), {
  ...type,
  message: 'The "options.contextExtensions[0]" property must be of type ' +
           'object. Received type number (1)',
});
assert.throws(() => vm.compileFunction('a', [], { parsingContext: 1 }), {
  ...type,
  message: 'The "options.parsingContext" property must be an instance of ' +
           'Context. Received type number (1)',
});
assert.throws(() => vm.compileFunction('a', [], { cachedData: 'x' }), type);

// measureMemory
assert.throws(() => vm.measureMemory(1), type);
assert.throws(() => vm.measureMemory({ mode: 'x' }), {
  ...value,
  message: "The property 'options.mode' must be one of: 'summary', " +
           "'detailed'. Received 'x'",
});
assert.throws(() => vm.measureMemory({ execution: 'x' }), value);
