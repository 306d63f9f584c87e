'use strict';

// What the module loaders share with the modules they load: the `require`
// function a CommonJS module (or createRequire, or the REPL) gets, and the
// experimental warning --trace-require-module asks for when require()
// loads an ES module. (Its frames read "require (node:internal/modules/
// helpers...)", as node's do.)

const { validateString } = require('internal/validators');
const { setOwnProperty } = require('internal/util');

// require, require.resolve(.paths), require.main/extensions/cache of `mod`.
function makeRequireFunction(mod, Module) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// --trace-require-module=all warns for every require() of an ES module;
// =no-node-modules only when the requiring file is not in node_modules.
function warnRequireOfESM(mode, module, parent) {
  if (mode !== 'all' && mode !== 'no-node-modules') return;
  const from = parent?.filename || parent?.id;
  if (mode === 'no-node-modules' && parent?.filename &&
      /[/\\]node_modules[/\\]/.test(parent.filename)) {
    return;
  }
  let prefix;
  if (parent !== undefined) {
    let who = from;
    if (who === 'internal/preload') who = '--require';
    else if (who === '<repl>') who = 'The REPL';
    else if (who === '.') who = 'The entry point';
    else if (who) who = `CommonJS module ${who}`;
    const to = module.id || module.filename;
    if (who && to) prefix = `${who} is loading ES Module ${to} using require().\n`;
  }
  require('internal/util').emitExperimentalWarning(
    'Support for loading ES Module in require()', prefix, undefined,
    parent?.require);
}

module.exports = { makeRequireFunction, warnRequireOfESM };
