'use strict';

// `nodus --test [paths]`: runs the test files found from the paths (or the
// current directory), each in its own process, and reports the results.

const { ArrayPrototypeSlice } = primordials;
const { prepareMainThreadExecution } = require('internal/process/pre_execution');

prepareMainThreadExecution(false);

const paths = ArrayPrototypeSlice(process.argv, 1);
require('internal/test_runner/runner').runFromCommandLine(paths);
