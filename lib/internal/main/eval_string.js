'use strict';

// `nodus -e code` and `nodus -p code`.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const { evalScript } = require('internal/process/execution');

prepareMainThreadExecution(false);
const options = internalBinding('options').getOptions();
process._eval = options.evalSource;
evalScript('[eval]', options.evalSource, options.print);
