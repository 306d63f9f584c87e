'use strict';

// `nodus -` or piped input: read stdin to the end through process.stdin (as
// node does: the script then finds it ended, in utf8, with the reader's
// listeners still on it), then run the text as [stdin].

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const {
  evalScript,
  evalModuleEntryPoint,
} = require('internal/process/execution');

prepareMainThreadExecution(false);
const options = internalBinding('options').getOptions();
let source = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  source += chunk;
});
process.stdin.on('end', () => {
  process._eval = source;
  const { evalInputIsModule } = require('internal/modules/esm/detect');
  if (evalInputIsModule(source, '[stdin]', options)) {
    evalModuleEntryPoint(source, options.print);
  } else {
    evalScript('[stdin]', source, options.print);
  }
});
