'use strict';

// Running the main entry point (`nodus file.js`).

const path = require('path');

function resolveMainPath(main) {
  const { Module, toRealPath } = require('internal/modules/cjs/loader');
  // Under --experimental-default-type=module the entry is a URL-like path:
  // no extension search, and the ES module loader reports a missing file.
  if (defaultTypeIsModule()) {
    const mainPath = path.resolve(main);
    const { preserveSymlinksMain } = internalBinding('options').getOptions();
    if (preserveSymlinksMain) return mainPath;
    try {
      return require('fs').realpathSync(mainPath);
    } catch (error) {
      if (error?.code === 'ENOENT') {
        const { pathToFileURL } = require('internal/url');
        require('internal/modules/esm/error_hints').suggestCommonJSResolution(
          error, mainPath, pathToFileURL(`${process.cwd()}/`).href);
      }
      throw error;
    }
  }
  let mainPath = Module._findPath(path.resolve(main), null, true);
  if (!mainPath) return;
  const { preserveSymlinksMain } = internalBinding('options').getOptions();
  if (!preserveSymlinksMain) mainPath = toRealPath(mainPath);
  return mainPath;
}

// node's choice: .mjs, or any file under "type": "module", runs as an ES
// module; .cjs and the rest as CommonJS.
function defaultTypeIsModule() {
  return internalBinding('options').getOptions().defaultType === 'module';
}

function shouldUseESMLoader(mainPath) {
  if (!mainPath) return false;
  if (defaultTypeIsModule()) return true;
  if (mainPath.endsWith('.mjs')) return true;
  if (mainPath.endsWith('.cjs')) return false;
  const { readPackageScope } = require('internal/modules/package_json_reader');
  const pkg = readPackageScope(mainPath);
  return pkg !== false && pkg.data.type === 'module';
}

function executeUserEntryPoint(main = process.argv[1]) {
  const resolvedMain = resolveMainPath(main);
  // With --import or --experimental-loader, node loads even a CommonJS
  // entry through the ES module loader (and its hooks).
  const { imports, loaders } = internalBinding('options').getOptions();
  if (imports.length > 0 || loaders.length > 0 ||
      shouldUseESMLoader(resolvedMain)) {
    require('internal/modules/esm/loader').runEntryPoint(
      resolvedMain ?? path.resolve(main));
    return;
  }
  const { Module } = require('internal/modules/cjs/loader');
  Module._load(resolvedMain ?? main, null, true);
}

module.exports = { executeUserEntryPoint, resolveMainPath };
