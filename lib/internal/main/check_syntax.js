'use strict';

// `nodus -c file`: compile without running; a syntax error is reported like
// any uncaught one.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const path = require('path');

prepareMainThreadExecution(true);
const { internalCompileFunction } = require('internal/vm');
const filename = process.argv[1];
let source;
if (filename && filename !== '-') {
  source = internalBinding('modules').readFileUtf8(path.resolve(filename));
} else {
  source = internalBinding('stdio').readAll(0);
}
if (source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33) {
  source = `//${source.slice(2)}`;
}
internalCompileFunction(source, filename || '[stdin]');
