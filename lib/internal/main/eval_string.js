'use strict';

// `nodus -e code` and `nodus -p code`.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const {
  addBuiltinLibsToObject,
  evalScript,
  evalModuleEntryPoint,
} = require('internal/process/execution');

prepareMainThreadExecution(false);
const options = internalBinding('options').getOptions();
process._eval = options.evalSource;
const { evalInputIsModule } = require('internal/modules/esm/detect');
if (evalInputIsModule(options.evalSource, '[eval]', options)) {
  // -e code sees the builtins as globals, module code as well (as node).
  addBuiltinLibsToObject(globalThis);
  evalModuleEntryPoint(options.evalSource, options.print);
} else if (options.imports.length > 0) {
  // --import: the preloaded modules run first.
  const { runImports, runAsEntry } = require('internal/modules/esm/loader');
  runAsEntry(runImports().then(
    () => evalScript('[eval]', options.evalSource, options.print)));
} else {
  evalScript('[eval]', options.evalSource, options.print);
}
