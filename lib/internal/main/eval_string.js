'use strict';

// `nodus -e code` and `nodus -p code`.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const {
  evalScript,
  evalModuleEntryPoint,
} = require('internal/process/execution');

prepareMainThreadExecution(false);
const options = internalBinding('options').getOptions();
process._eval = options.evalSource;
const { evalInputIsModule } = require('internal/modules/esm/detect');
if (evalInputIsModule(options.evalSource, '[eval]', options)) {
  evalModuleEntryPoint(options.evalSource, options.print);
} else if (options.imports.length > 0) {
  // --import: the preloaded modules run first.
  const { runImports, runAsEntry } = require('internal/modules/esm/loader');
  runAsEntry(runImports().then(
    () => evalScript('[eval]', options.evalSource, options.print)));
} else {
  evalScript('[eval]', options.evalSource, options.print);
}
