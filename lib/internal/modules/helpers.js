'use strict';

// What the module loaders share with the modules they load: the `require`
// function a CommonJS module (or createRequire, or the REPL) gets, and the
// experimental warning --trace-require-module asks for when require()
// loads an ES module. (Its frames read "require (node:internal/modules/
// helpers...)", as node's do.)

const {
  RegExpPrototypeExec,
  SafeSet,
  Symbol,
} = primordials;

const { validateString } = require('internal/validators');
const { setOwnProperty } = require('internal/util');

// The export conditions of a loader: its own `names`, then --conditions,
// then 'module-sync' (an ES module require() can load, node 20.19+). Built
// with index loops: user code may have broken array iteration.
function conditionSet(names) {
  const { conditions, experimentalRequireModule } =
    internalBinding('options').getOptions();
  const set = new SafeSet();
  for (let i = 0; i < names.length; i++) set.add(names[i]);
  for (let i = 0; i < conditions.length; i++) set.add(conditions[i]);
  if (experimentalRequireModule) set.add('module-sync');
  return set;
}

// Whether a file path lies inside a node_modules folder.
function isUnderNodeModules(path) {
  return RegExpPrototypeExec(/[/\\]node_modules[/\\]/, path) !== null;
}

// require, require.resolve(.paths), require.main/extensions/cache of `mod`.
// A module whose source came from a load hook resolves through the hooks
// (esm/loader.js sets mod[kResolveThroughHooks]): its require.resolve has
// no options and no paths(), as node's.
const kResolveThroughHooks = Symbol('kResolveThroughHooks');

function makeRequireFunction(mod, Module) {
  const require = function require(path) {
    return mod.require(path);
  };
  const throughHooks = mod[kResolveThroughHooks];
  if (throughHooks !== undefined) {
    require.resolve = function resolve(request) {
      return throughHooks(request);
    };
  } else {
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
  }
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
      isUnderNodeModules(parent.filename)) {
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

module.exports = {
  conditionSet,
  isUnderNodeModules,
  kResolveThroughHooks,
  makeRequireFunction,
  warnRequireOfESM,
};
