'use strict';

// What lib/vm.js shares with the rest of the core: isContext, the
// importModuleDynamically check, and running the eval paths' classic
// scripts (-e, -p, stdin) in the main context.

const {
  Symbol,
} = primordials;

const {
  isContext: isContextBinding,
  runInThisContext,
  setImportModuleDynamicallyCallback,
} = internalBinding('contextify');
const {
  codes: {
    ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING,
    ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateObject,
} = require('internal/validators');

const USE_MAIN_CONTEXT_DEFAULT_LOADER =
  Symbol('vm_dynamic_import_main_context_default');

// Objects, arrays and functions.
const kValidateObjectAllowObjects = 6;

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return isContextBinding(object);
}

// The kinds of importModuleDynamically the binding records with each
// script (src/contextify.h, DynamicImport).
const kImportNotSpecified = 1;
const kImportFunction = 2;
const kImportMainContextLoader = 3;
const kImportInternalLoader = 4;

// importModuleDynamically for the REPL's own scripts: the main context's
// loader, which user code reaches only through the experimental constant.
const kInternalLoader = Symbol('kInternalLoader');

// importModuleDynamically: a function or USE_MAIN_CONTEXT_DEFAULT_LOADER.
// Returns its kind for the binding.
function validateImportModuleDynamically(importModuleDynamically) {
  if (importModuleDynamically === undefined) return kImportNotSpecified;
  if (importModuleDynamically === USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    return kImportMainContextLoader;
  }
  if (importModuleDynamically === kInternalLoader) return kImportInternalLoader;
  validateFunction(importModuleDynamically,
                   'options.importModuleDynamically');
  return kImportFunction;
}

// import() in code vm compiled, as node 20 without
// --experimental-vm-modules settles it (USE_MAIN_CONTEXT_DEFAULT_LOADER
// goes to the ES module loader from src/module_wrap.cc directly).
function importModuleDynamicallyCallback(kind, specifier) {
  if (kind === kImportNotSpecified) {
    throw new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING();
  }
  throw new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG();
}
setImportModuleDynamicallyCallback(importModuleDynamicallyCallback);

// Runs `code` as a classic script named `filename` in the main context.
function runScriptInThisContext(code, filename) {
  return runInThisContext(code, filename);
}

module.exports = {
  isContext,
  kInternalLoader,
  runScriptInThisContext,
  validateImportModuleDynamically,
  USE_MAIN_CONTEXT_DEFAULT_LOADER,
};
