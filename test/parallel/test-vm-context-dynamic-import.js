'use strict';
// import() in code with no script of its own (eval'ed by a promise job in
// a vm context) is settled by createContext's importModuleDynamically.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const vm = require('vm');
const { USE_MAIN_CONTEXT_DEFAULT_LOADER } = vm.constants;

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'ExperimentalWarning');
}, 1));

const missing = path.join(process.cwd(), 'no-such-module-here.mjs');
const evalImport = new vm.Script(
  'Promise.resolve("import(\'./no-such-module-here.mjs\')").then(eval)');

// Run from a timer, with no tick pending, so that the promise job runs
// with no JavaScript on the stack (as in node).
setTimeout(common.mustCall(async () => {
  // The main context's loader resolves from the working directory.
  const loaderContext = vm.createContext({}, {
    importModuleDynamically: USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  await assert.rejects(evalImport.runInContext(loaderContext), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${missing}' imported from ` +
             `${process.cwd()}/`,
  });

  // A context without the option has no callback to call.
  await assert.rejects(evalImport.runInContext(vm.createContext({})), {
    code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
  });
}), 1);
