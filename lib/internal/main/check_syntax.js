'use strict';

// `nodus -c file`: compile without running; a syntax error is reported like
// any uncaught one.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const path = require('path');

prepareMainThreadExecution(true);
const { wrapSafe } = require('internal/modules/cjs/loader');
const filename = process.argv[1];
let source;
if (filename && filename !== '-') {
  source = internalBinding('modules').readFileUtf8(path.resolve(filename));
} else {
  source = internalBinding('stdio').readAll(0);
}
checkSyntax(source, filename || '[stdin]');

// Async as in node, which first works out the module format: a syntax
// error is reported as the rejection of this call, with only its frames.
async function checkSyntax(source, filename) {
  await undefined;
  wrapSafe(filename, source);
}
