'use strict';

// Compilation helpers shared by the module loader and the eval paths.

const {
  compileFunctionForCJSLoader,
} = internalBinding('modules');
const { runInThisContext } = internalBinding('contextify');

// Compiles CommonJS source into the module wrapper function.
function internalCompileFunction(content, filename) {
  return compileFunctionForCJSLoader(content, filename);
}

// Runs `code` as a classic script named `filename` in the main context.
function runScriptInThisContext(code, filename) {
  return runInThisContext(code, filename);
}

module.exports = { internalCompileFunction, runScriptInThisContext };
