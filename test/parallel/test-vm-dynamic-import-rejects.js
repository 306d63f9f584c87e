'use strict';
// import() in code compiled by vm, without --experimental-vm-modules: no
// importModuleDynamically rejects with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING,
// a function (never called) with ..._MISSING_FLAG.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

const missing = {
  name: 'TypeError',
  code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
  message: 'A dynamic import callback was not specified.',
};
const missingFlag = {
  name: 'TypeError',
  code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  message: 'A dynamic import callback was invoked without ' +
           '--experimental-vm-modules',
};

const checks = [
  [() => new vm.Script('import("fs")').runInThisContext(), missing],
  [() => vm.runInNewContext('import("fs")'), missing],
  [() => vm.runInContext('(() => import("fs"))()', vm.createContext()),
   missing],
  [() => vm.compileFunction('return import("fs")')(), missing],
  [() => new vm.Script('import("fs")', {
    importModuleDynamically: common.mustNotCall(),
  }).runInThisContext(), missingFlag],
  [() => vm.compileFunction('return import("fs")', [], {
    importModuleDynamically: common.mustNotCall(),
  })(), missingFlag],
  // eval'd code inherits its script's setting.
  [() => vm.runInThisContext('eval("import(\'fs\')")'), missing],
];
for (const [run, expected] of checks) {
  const promise = run();
  assert.strictEqual(typeof promise.then, 'function');
  assert.rejects(promise, expected).then(common.mustCall());
}
// The errors are the main context's.
vm.runInNewContext('import("fs")').catch(common.mustCall((err) => {
  assert.ok(err instanceof TypeError);
}));
