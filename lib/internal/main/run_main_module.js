'use strict';

// `nodus file.js`: run a file as the main CommonJS module.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');

const mainEntry = prepareMainThreadExecution(true);

require('internal/modules/cjs/loader').Module.runMain(mainEntry);
