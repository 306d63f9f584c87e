'use strict';

// Module syntax detection (node 20.19+, on unless
// --no-experimental-detect-module): a .js or extensionless file outside
// any "type" scope, or -e / stdin input without --input-type, that does
// not compile as CommonJS because of ES module syntax runs as an ES
// module. The errors V8 gives for that syntax decide; for the errors a
// module would not have (top-level await, declaring `require` and the
// other CommonJS names) the source must compile as a module too.

const {
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const { ModuleWrap } = internalBinding('module_wrap');
const { compileFunctionForCJSLoader } = internalBinding('modules');

const moduleSyntaxErrors = new SafeSet([
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
]);

const commonjsOnlyErrors = new SafeSet([
  "Identifier 'module' has already been declared",
  "Identifier 'exports' has already been declared",
  "Identifier 'require' has already been declared",
  "Identifier '__filename' has already been declared",
  "Identifier '__dirname' has already been declared",
  'await is only valid in async functions and the top level bodies of ' +
    'modules',
]);

let options;
function detectionEnabled() {
  options ??= internalBinding('options').getOptions();
  return options.experimentalDetectModule;
}

// An error of ES module syntax in CommonJS code (node adds a note to it).
function isModuleSyntaxError(err) {
  return err?.name === 'SyntaxError' && moduleSyntaxErrors.has(err.message);
}

// `err` is what compiling `source` as CommonJS threw: is it a module?
function shouldRetryAsESM(err, source) {
  if (err?.name !== 'SyntaxError') return false;
  if (moduleSyntaxErrors.has(err.message)) return true;
  if (!commonjsOnlyErrors.has(err.message)) return false;
  try {
    new ModuleWrap('detect:', source, 0, 0);
    return true;
  } catch {
    return false;
  }
}

// No module syntax can hide in a source without these words.
const mayBeModule = /\b(?:import|export|await)\b/;

// A file's source: true if it is an ES module.
function containsModuleSyntax(source, filename) {
  if (RegExpPrototypeExec(mayBeModule, source) === null) return false;
  if (StringPrototypeStartsWith(source, '#!')) {
    source = `//${StringPrototypeSlice(source, 2)}`;
  }
  try {
    compileFunctionForCJSLoader(source, filename);
    return false;
  } catch (err) {
    return shouldRetryAsESM(err, source);
  }
}

// -e / stdin input (`name` '[eval]' or '[stdin]'), compiled as a script.
function scriptContainsModuleSyntax(source, name) {
  if (RegExpPrototypeExec(mayBeModule, source) === null) return false;
  try {
    const { Script } = require('vm');
    new Script(source, { filename: name });
    return false;
  } catch (err) {
    return shouldRetryAsESM(err, source);
  }
}

// Whether -e / stdin input runs as an ES module: --input-type=module says
// so, or, with no --input-type, --experimental-default-type=module, or
// (without -p) detection finding module syntax.
function evalInputIsModule(source, name, options) {
  if (options.inputType === 'module') return true;
  // --experimental-default-type=module makes unmarked input a module.
  if (options.inputType === '' && options.defaultType === 'module') {
    return true;
  }
  return options.inputType === '' && !options.print && detectionEnabled() &&
    scriptContainsModuleSyntax(source, name);
}

module.exports = {
  detectionEnabled,
  evalInputIsModule,
  isModuleSyntaxError,
  shouldRetryAsESM,
  containsModuleSyntax,
};
