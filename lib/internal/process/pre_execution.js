'use strict';

// The last steps before user code runs: process.argv[1] made absolute, and
// the -r preloads.

const path = require('path');

function prepareMainThreadExecution(expandArgv1) {
  const options = internalBinding('options').getOptions();
  let mainEntry;
  if (expandArgv1 && process.argv[1] && process.argv[1] !== '-') {
    mainEntry = path.resolve(process.argv[1]);
    process.argv[1] = mainEntry;
  }
  if (options.preload.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    Module._preloadModules(options.preload);
  }
  return mainEntry;
}

module.exports = { prepareMainThreadExecution };
