'use strict';

// Running classic scripts for the eval paths (-e, -p, stdin).

const { runInThisContext } = internalBinding('contextify');

// Runs `code` as a classic script named `filename` in the main context.
function runScriptInThisContext(code, filename) {
  return runInThisContext(code, filename);
}

module.exports = { runScriptInThisContext };
