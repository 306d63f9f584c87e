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

// Files the CommonJS loader found to be ES modules (it tried them first):
// the ES module loader need not look again.
const detectedModules = new SafeSet();
function markDetected(filename) {
  detectedModules.add(filename);
  warnTypelessPackage(filename);
}

// A file found to be an ES module in the scope of a package.json without
// "type" (outside node_modules): node warns, once per package.json.
const warnedPackageJsons = new SafeSet();
function warnTypelessPackage(filename) {
  const { readPackageScope } = require('internal/modules/package_json_reader');
  const scope = readPackageScope(filename);
  if (!scope || scope.data.type !== 'none') return;
  const pjsonPath = `${scope.path}/package.json`;
  if (warnedPackageJsons.has(pjsonPath)) return;
  warnedPackageJsons.add(pjsonPath);
  if (require('internal/modules/helpers').isUnderNodeModules(filename)) return;
  const { pathToFileURL } = require('internal/url');
  process.emitWarning(
    `Module type of ${pathToFileURL(filename).href} is not specified and ` +
    "it doesn't parse as CommonJS.\nReparsing as ES module because module " +
    'syntax was detected. This incurs a performance overhead.\nTo ' +
    `eliminate this warning, add "type": "module" to ${pjsonPath}.`,
    { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

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
  if (detectedModules.has(filename)) return true;
  if (RegExpPrototypeExec(mayBeModule, source) === null) return false;
  if (StringPrototypeStartsWith(source, '#!')) {
    source = `//${StringPrototypeSlice(source, 2)}`;
  }
  try {
    compileFunctionForCJSLoader(source, filename);
    return false;
  } catch (err) {
    if (!shouldRetryAsESM(err, source)) return false;
    markDetected(filename);
    return true;
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
  return options.inputType === '' && !options.print &&
    options.defaultType !== 'commonjs' && detectionEnabled() &&
    scriptContainsModuleSyntax(source, name);
}

module.exports = {
  detectionEnabled,
  evalInputIsModule,
  isModuleSyntaxError,
  markDetected,
  shouldRetryAsESM,
  containsModuleSyntax,
};
