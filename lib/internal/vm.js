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
} = internalBinding('contextify');
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

// importModuleDynamically: a function or USE_MAIN_CONTEXT_DEFAULT_LOADER.
// nodus has no ES module loader yet, so an import() from vm code settles as
// one from any other script does.
function validateImportModuleDynamically(importModuleDynamically) {
  if (importModuleDynamically === undefined ||
      importModuleDynamically === USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    return;
  }
  validateFunction(importModuleDynamically,
                   'options.importModuleDynamically');
}

// Runs `code` as a classic script named `filename` in the main context.
function runScriptInThisContext(code, filename) {
  return runInThisContext(code, filename);
}

module.exports = {
  isContext,
  runScriptInThisContext,
  validateImportModuleDynamically,
  USE_MAIN_CONTEXT_DEFAULT_LOADER,
};
