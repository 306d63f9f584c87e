'use strict';

// node's ESM resolver: a specifier and the URL of the module that imports
// it give a URL (file:, node: or data:). Relative and absolute specifiers
// need their full name (no extension search, no directory index); bare
// ones go through node_modules and package.json "exports"; '#x' through
// the package's "imports". The format of what was found is in format.js.

const {
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const { BuiltinModule } = require('internal/bootstrap/realm');
const { internalModuleStat } = internalBinding('modules');
const { URL, fileURLToPath, pathToFileURL } = require('internal/url');
const packageJsonReader = require('internal/modules/package_json_reader');
const {
  packageExportsResolve,
  packageImportsResolve,
  parsePackageName,
} = require('internal/modules/exports_resolve');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_MODULE_NOT_FOUND,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
    ERR_UNSUPPORTED_RESOLVE_REQUEST,
  },
} = require('internal/errors');

let options;
function getOptions() {
  options ??= internalBinding('options').getOptions();
  return options;
}

let esmConditions;
function getConditions() {
  esmConditions ??= require('internal/modules/helpers')
    .conditionSet(['node', 'import', 'node-addons']);
  return esmConditions;
}

// The base as node's messages show it: a path for file: URLs.
function displayBase(base) {
  if (base === undefined) return undefined;
  return StringPrototypeStartsWith(base, 'file:') ? fileURLToPath(base) : base;
}

function isRelativeOrAbsolute(specifier) {
  if (specifier === '' ) return false;
  const c0 = StringPrototypeCharCodeAt(specifier, 0);
  if (c0 === 47 /* / */) return true;
  if (c0 !== 46 /* . */) return false;
  return specifier === '.' || specifier === '..' ||
    StringPrototypeStartsWith(specifier, './') ||
    StringPrototypeStartsWith(specifier, '../');
}

// The CommonJS loader's realpath cache serves both loaders.
let cjsLoader;
function toRealPath(path) {
  cjsLoader ??= require('internal/modules/cjs/loader');
  return cjsLoader.toRealPath(path);
}

// A file: URL must name an existing file: not a directory, nor an encoded
// '/'. The result is the real path's URL (symlinks followed), keeping the
// query and fragment.
function finalizeResolution(resolved, base, preserveSymlinks) {
  if (RegExpPrototypeExec(/%2f|%5c/i, resolved.pathname) !== null) {
    throw new ERR_INVALID_MODULE_SPECIFIER(resolved.pathname,
      'must not include encoded "/" or "\\" characters', displayBase(base));
  }
  let path;
  try {
    path = fileURLToPath(resolved);
  } catch (err) {
    // As node names them: the URL and the module importing it.
    err.input = resolved.href;
    err.module = base;
    throw err;
  }
  const rc = internalModuleStat(StringPrototypeEndsWith(path, '/') ?
    StringPrototypeSlice(path, 0, -1) : path);
  if (rc === 1) {
    throw new ERR_UNSUPPORTED_DIR_IMPORT(path, displayBase(base),
                                         resolved.href);
  }
  if (rc !== 0) {
    throw new ERR_MODULE_NOT_FOUND(path, displayBase(base), resolved.href);
  }
  if (preserveSymlinks ?? getOptions().preserveSymlinks) return resolved;
  const real = toRealPath(path);
  // The same file is one URL however it was spelled ('%2e' for '.').
  if (real === path && !StringPrototypeIncludes(resolved.pathname, '%')) {
    return resolved;
  }
  const url = pathToFileURL(real);
  url.search = resolved.search;
  url.hash = resolved.hash;
  return url;
}

function fileExists(url) {
  return internalModuleStat(fileURLToPath(url)) === 0;
}

// DEP0151: an ES module found by guessing an extension or an index file.
function warnLegacyMain(url, packageJSONUrl, base, main) {
  let format;
  try {
    format = require('internal/modules/esm/format').getFormat(url.href);
  } catch {
    return;
  }
  if (format !== 'module') return;
  const path = fileURLToPath(url);
  const pkgPath = fileURLToPath(new URL('.', packageJSONUrl));
  const file = StringPrototypeSlice(path, pkgPath.length);
  const from = StringPrototypeStartsWith(`${base}`, 'file:') ?
    fileURLToPath(base) : base;
  process.emitWarning(!main ?
    `No "main" or "exports" field defined in the package.json for ${pkgPath}` +
    ` resolving the main entry point "${file}", imported from ${from}.\n` +
    'Default "index" lookups for the main are deprecated for ES modules.' :
    `Package ${pkgPath} has a "main" field set to "${main}", excluding the ` +
    `full filename and extension to the resolved file at "${file}", ` +
    `imported from ${from}.\n Automatic extension resolution of the "main" ` +
    'field is deprecated for ES modules.', 'DeprecationWarning', 'DEP0151');
}

// "main" of a package without "exports", as node 20 tries it.
function legacyMainResolve(packageJSONUrl, main, base) {
  // "main" is a URL relative to package.json (an absolute path works too);
  // an empty one counts as missing.
  if (main) {
    for (const suffix of ['', '.js', '.json', '.node', '/index.js',
      '/index.json', '/index.node']) {
      const guess = new URL(`${main}${suffix}`, packageJSONUrl);
      if (fileExists(guess)) {
        if (suffix !== '') warnLegacyMain(guess, packageJSONUrl, base, main);
        return guess;
      }
    }
  }
  for (const name of ['./index.js', './index.json', './index.node']) {
    const guess = new URL(name, packageJSONUrl);
    if (fileExists(guess)) {
      warnLegacyMain(guess, packageJSONUrl, base, main);
      return guess;
    }
  }
  throw new ERR_MODULE_NOT_FOUND(
    fileURLToPath(new URL('.', packageJSONUrl)), displayBase(base));
}

function exportsResolve(pkgDir, subpath, exports, base, conditions) {
  const target = packageExportsResolve(`${pkgDir}/`, subpath, exports,
                                       conditions, displayBase(base));
  return pathToFileURL(target);
}

function packageResolve(specifier, base, conditions) {
  const parsed = parsePackageName(specifier);
  if (parsed === null) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier,
      'is not a valid package name', displayBase(base));
  }
  const { name, subpath } = parsed;
  const basePath = StringPrototypeStartsWith(base, 'file:') ?
    fileURLToPath(base) : `${process.cwd()}/`;

  // A package importing itself by name, through its own "exports".
  const scope = packageJsonReader.readPackageScope(basePath);
  if (scope && scope.data.name === name && scope.data.exports !== undefined &&
      scope.data.exports !== null) {
    return exportsResolve(scope.path, subpath, scope.data.exports, base,
                          conditions);
  }

  let dir = StringPrototypeSlice(basePath, 0,
                                 StringPrototypeLastSlash(basePath));
  for (;;) {
    const pkgDir = dir === '' ? `/node_modules/${name}` :
      (StringPrototypeEndsWith(dir, '/node_modules') ?
        `${dir}/${name}` : `${dir}/node_modules/${name}`);
    if (internalModuleStat(pkgDir) === 1) {
      const pkg = packageJsonReader.read(`${pkgDir}/package.json`,
                                         { specifier, base: displayBase(base) });
      if (pkg?.exports !== undefined && pkg?.exports !== null) {
        return exportsResolve(pkgDir, subpath, pkg.exports, base, conditions);
      }
      const packageJSONUrl = pathToFileURL(`${pkgDir}/package.json`);
      if (subpath === '.') {
        return legacyMainResolve(packageJSONUrl, pkg?.main, base);
      }
      return new URL(subpath, packageJSONUrl);
    }
    if (dir === '') break;
    dir = StringPrototypeSlice(dir, 0, StringPrototypeLastSlash(dir));
  }
  throw new ERR_MODULE_NOT_FOUND(name, displayBase(base), null);
}

function StringPrototypeLastSlash(s) {
  for (let i = s.length - 1; i >= 0; i--) {
    if (StringPrototypeCharCodeAt(s, i) === 47) return i;
  }
  return 0;
}

function builtinURL(specifier) {
  if (StringPrototypeStartsWith(specifier, 'node:')) {
    const id = StringPrototypeSlice(specifier, 5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    }
    return specifier;
  }
  if (BuiltinModule.canBeRequiredWithoutScheme(specifier)) {
    return `node:${specifier}`;
  }
}

// specifier + parentURL -> a URL string. `conditions` defaults to node's
// import conditions. With customization hooks (`anyScheme`), a URL of
// another scheme is theirs to load: the scheme is checked when loading.
function resolve(specifier, parentURL, conditions = getConditions(),
                 preserveSymlinks, anyScheme = false) {
  try {
    return resolveURL(specifier, parentURL, conditions, preserveSymlinks,
                      anyScheme);
  } catch (error) {
    const base = parentURL ?? pathToFileURL(`${process.cwd()}/`).href;
    if ((error?.code === 'ERR_MODULE_NOT_FOUND' ||
         error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
        typeof base === 'string' && StringPrototypeStartsWith(base, 'file:')) {
      require('internal/modules/esm/error_hints')
        .suggestCommonJSResolution(error, specifier, base);
    }
    throw error;
  }
}

function resolveURL(specifier, parentURL, conditions, preserveSymlinks,
                    anyScheme) {
  const builtin = builtinURL(specifier);
  if (builtin !== undefined) return builtin;
  parentURL ??= pathToFileURL(`${process.cwd()}/`).href;
  let resolved;
  if (isRelativeOrAbsolute(specifier)) {
    if (StringPrototypeStartsWith(parentURL, 'data:')) {
      throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
    }
    try {
      resolved = new URL(specifier, parentURL);
    } catch {
      throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
    }
  } else if (specifier[0] === '#') {
    const basePath = fileURLToPath(parentURL);
    const scope = packageJsonReader.readPackageScope(basePath);
    const target = packageImportsResolve(
      specifier, scope ? `${scope.path}/` : undefined,
      scope ? scope.data.imports : undefined, conditions,
      displayBase(parentURL));
    if (typeof target === 'object') {
      return resolve(target.bare, parentURL, conditions, preserveSymlinks,
                     anyScheme);
    }
    resolved = pathToFileURL(target);
  } else {
    const colon = StringPrototypeIndexOf(specifier, ':');
    if (colon > 1 &&
        RegExpPrototypeExec(/^[a-zA-Z][a-zA-Z\d+\-.]*:/, specifier) !== null) {
      resolved = new URL(specifier);
    } else if (StringPrototypeStartsWith(parentURL, 'data:')) {
      // No node_modules to look in from a data: URL.
      throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
    } else {
      resolved = packageResolve(specifier, parentURL, conditions);
    }
  }
  const protocol = resolved.protocol;
  if (protocol === 'file:') {
    return finalizeResolution(resolved, parentURL, preserveSymlinks).href;
  }
  if (protocol === 'data:') return resolved.href;
  if (protocol === 'node:') return builtinURL(resolved.href);
  if (anyScheme) return resolved.href;
  throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(resolved, ['file', 'data', 'node']);
}

module.exports = { resolve, getConditions, displayBase };
