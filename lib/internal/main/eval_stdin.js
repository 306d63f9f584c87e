'use strict';

// `nodus -` or piped input: read stdin to the end, then run it as [stdin].

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const { evalScript } = require('internal/process/execution');

prepareMainThreadExecution(false);
const options = internalBinding('options').getOptions();
const source = internalBinding('stdio').readAll(0);
evalScript('[stdin]', source, options.print);
