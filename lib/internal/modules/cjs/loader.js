'use strict';

// The CommonJS loader: Module, require(), node's resolution algorithm
// (relative and absolute paths, extensions, directories, node_modules,
// package.json main/exports/imports, builtins first), the module cache and
// cycles. Method names match node's, so stack traces read the same.

const {
  ArrayPrototypeConcat,
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  Error,
  JSONParse,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototype,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  Proxy,
  ReflectApply,
  ReflectSet,
  ReflectGet,
  RegExpPrototypeExec,
  SafeMap,
  SafeSet,
  SafeWeakMap,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  Symbol,
} = primordials;

const { BuiltinModule } = require('internal/bootstrap/realm');
const {
  compileFunctionForCJSLoader,
  getSourceMapURL,
  internalModuleStat,
  readFileUtf8,
  realpath: nativeRealpath,
} = internalBinding('modules');
const path = require('path');
const { getSourceMapsEnabled } = require('internal/process/per_thread');
// Loaded once source maps are on (or module.findSourceMap is called).
let sourceMapCache;
function lazySourceMapCache() {
  sourceMapCache ??= require('internal/source_map/source_map_cache');
  return sourceMapCache;
}
const packageJsonReader = require('internal/modules/package_json_reader');
// Only packages with "exports"/"imports" need these.
let exportsResolve;
function lazyExportsResolve() {
  exportsResolve ??= require('internal/modules/exports_resolve');
  return exportsResolve;
}
// ReflectApply, not spread calls: user code may break array iteration.
const packageExportsResolve = (...args) =>
  ReflectApply(lazyExportsResolve().packageExportsResolve, undefined, args);
const packageImportsResolve = (...args) =>
  ReflectApply(lazyExportsResolve().packageImportsResolve, undefined, args);
const parsePackageName = (request) =>
  lazyExportsResolve().parsePackageName(request);
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_REQUIRE_CYCLE_MODULE,
    ERR_REQUIRE_ESM,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_DLOPEN_DISABLED,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { isProxy } = require('internal/util/types');

const kIsMainSymbol = Symbol('kIsMainSymbol');
const moduleParentCache = new SafeWeakMap();
const relativeResolveCache = ObjectCreate(null);
const realpathCache = new SafeMap();
let requireDepth = 0;
let statCache = null;
let options;

function getOptions() {
  options ??= internalBinding('options').getOptions();
  return options;
}

let cjsConditions;
function getCjsConditions() {
  cjsConditions ??= require('internal/modules/helpers')
    .conditionSet(['require', 'node', 'node-addons']);
  return cjsConditions;
}

function stat(filename) {
  filename = path.toNamespacedPath(filename);
  if (statCache !== null) {
    const result = statCache.get(filename);
    if (result !== undefined) return result;
  }
  const result = internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}

function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = nativeRealpath(requestPath);
    realpathCache.set(requestPath, real);
  }
  return real;
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && ArrayPrototypeIncludes(children, child))) {
    ArrayPrototypePush(children, child);
  }
}

function setOwnProperty(obj, key, value) {
  ObjectDefineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable: true,
    configurable: true,
  });
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  setOwnProperty(this, 'exports', {});
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

// Module._stat: the loader's stat (0 file, 1 directory, negative errno),
// which tools that bundle files may replace (an experimental feature).
let _stat = stat;
ObjectDefineProperty(Module, '_stat', {
  __proto__: null,
  get() { return _stat; },
  set(replacement) {
    require('internal/util').emitExperimentalWarning('Module._stat');
    _stat = replacement;
    return true;
  },
  configurable: true,
});

Module._cache = ObjectCreate(null);
const exportsAtLoad = new SafeWeakMap();
Module._pathCache = ObjectCreate(null);
Module._extensions = ObjectCreate(null);
Module.globalPaths = [];
let modulePaths = [];

function getModuleParent() {
  return moduleParentCache.get(this);
}

function setModuleParent(value) {
  moduleParentCache.set(this, value);
}

// module.parent is a pending deprecation (DEP0144).
const parentDeprecation = 'module.parent is deprecated due to accuracy ' +
  'issues. Please use require.main to find program entry point instead.';
const pendingDeprecation =
  internalBinding('options').getOptions().pendingDeprecation;
ObjectDefineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get: pendingDeprecation ?
    require('internal/util').deprecate(getModuleParent, parentDeprecation,
                                       'DEP0144') :
    getModuleParent,
  set: pendingDeprecation ?
    require('internal/util').deprecate(setModuleParent, parentDeprecation,
                                       'DEP0144') :
    setModuleParent,
  configurable: true,
  enumerable: false,
});

Module.isBuiltin = function isBuiltin(moduleName) {
  return BuiltinModule.normalizeRequirableId(moduleName) !== undefined;
};

const builtinModules = [];
for (const id of BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList()) {
  ArrayPrototypePush(builtinModules, id);
}
ObjectFreeze(builtinModules);
Module.builtinModules = builtinModules;

// The node_modules directories searched from `from`, deepest first.
Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let last = from.length;
  for (let i = from.length - 1; i >= 0; --i) {
    if (StringPrototypeCharCodeAt(from, i) === 47 /* / */) {
      const segment = StringPrototypeSlice(from, i + 1, last);
      if (segment !== 'node_modules') {
        ArrayPrototypePush(paths,
                           `${StringPrototypeSlice(from, 0, last)}/node_modules`);
      }
      last = i;
    }
  }
  ArrayPrototypePush(paths, '/node_modules');
  return paths;
};

Module._resolveLookupPaths = function(request, parent) {
  if (BuiltinModule.normalizeRequirableId(request)) return null;
  // A bare request looks in node_modules directories.
  if (request[0] !== '.' ||
      (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths;
    if (parent?.paths?.length) {
      paths = ArrayPrototypeConcat(parent.paths, modulePaths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }
  // With no parent file (the REPL, -e), relative requests start at '.'.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath, isMain) {
  const rc = _stat(requestPath);
  if (rc !== 0) return false;
  const preserve = isMain ?
    getOptions().preserveSymlinksMain : getOptions().preserveSymlinks;
  return preserve ? path.resolve(requestPath) : toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = packageJsonReader.read(path.resolve(requestPath, 'package.json'));
  const main = pkg?.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts,
                                  isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    const jsonPath = path.resolve(requestPath, 'package.json');
    process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author',
    'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

function createEsmNotFoundErr(request, jsonPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (jsonPath) err.path = jsonPath;
  return err;
}

// A resolved "exports"/"imports" target must be an existing file.
function finalizeResolution(resolved, request, pkgDir) {
  if (RegExpPrototypeExec(/%2f|%5c/i, resolved) !== null) {
    throw new ERR_INVALID_MODULE_SPECIFIER(resolved,
      'must not include encoded "/" or "\\" characters', undefined);
  }
  const filename = path.resolve(decodeURIComponent(resolved));
  const actual = tryFile(filename);
  if (actual) return actual;
  throw createEsmNotFoundErr(filename, path.resolve(pkgDir, 'package.json'));
}

// 'pkg/sub' inside node_modules directory `nmPath`, through the package's
// "exports" if it has them.
function resolveExports(nmPath, request) {
  const parsed = parsePackageName(request);
  if (parsed === null) return;
  const pkgPath = path.resolve(nmPath, parsed.name);
  const pkg = packageJsonReader.read(`${pkgPath}/package.json`);
  if (pkg?.exists && pkg.exports !== undefined && pkg.exports !== null) {
    try {
      const resolved = packageExportsResolve(`${pkgPath}/`, parsed.subpath,
                                             pkg.exports, getCjsConditions());
      return finalizeResolution(resolved, request, pkgPath);
    } catch (e) {
      if (e.code === 'ERR_MODULE_NOT_FOUND') {
        throw createEsmNotFoundErr(request, `${pkgPath}/package.json`);
      }
      throw e;
    }
  }
}

const trailingSlashRegex = /(?:^|\/)\.?\.$/;

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${ArrayPrototypeJoin(paths, '\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (StringPrototypeCharCodeAt(request, request.length - 1) === 47 ||
     RegExpPrototypeExec(trailingSlashRegex, request) !== null);
  const isRelative = StringPrototypeStartsWith(request, './') ||
    StringPrototypeStartsWith(request, '../') || request === '.' ||
    request === '..';

  // A request that leaves its directory ('../x') does not need that
  // directory to exist any more (it may have been deleted).
  const insidePath = !isRelative ||
    !StringPrototypeStartsWith(path.normalize(request), '..');
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && _stat(curPath) < 1) continue;
    if (!absoluteRequest && !isRelative) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = _stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        const preserve = isMain ?
          getOptions().preserveSymlinksMain : getOptions().preserveSymlinks;
        filename = preserve ? path.resolve(basePath) : toRealPath(basePath);
      }
      if (!filename) {
        exts ??= ObjectKeys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      exts ??= ObjectKeys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// A package requiring itself by name, through its own "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = packageJsonReader.readPackageScope(parentPath);
  if (!scope || scope.data.exports === undefined ||
      scope.data.exports === null || typeof scope.data.name !== 'string') {
    return false;
  }
  const name = scope.data.name;
  let expansion;
  if (request === name) {
    expansion = '.';
  } else if (StringPrototypeStartsWith(request, `${name}/`)) {
    expansion = `.${StringPrototypeSlice(request, name.length)}`;
  } else {
    return false;
  }
  try {
    const resolved = packageExportsResolve(`${scope.path}/`, expansion,
                                           scope.data.exports,
                                           getCjsConditions());
    return finalizeResolution(resolved, request, scope.path);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') {
      throw createEsmNotFoundErr(request, `${scope.path}/package.json`);
    }
    throw e;
  }
}

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return process.cwd() + path.sep;
    } catch {
      return false;
    }
  }
  return false;
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (BuiltinModule.normalizeRequirableId(request)) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (ArrayIsArray(options.paths)) {
      // '.' and '..' are relative too: each path is where they start.
      const isRelative = StringPrototypeStartsWith(request, './') ||
        StringPrototypeStartsWith(request, '../') || request === '.' ||
        request === '..';
      if (isRelative) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          const p = options.paths[i];
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!ArrayPrototypeIncludes(paths, lookupPaths[j])) {
              ArrayPrototypePush(paths, lookupPaths[j]);
            }
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? `${process.cwd()}/`;
    const scope = packageJsonReader.readPackageScope(parentPath);
    if (scope && scope.data.imports !== undefined) {
      const resolved = packageImportsResolve(request, `${scope.path}/`,
                                             scope.data.imports,
                                             getCjsConditions(), parentPath);
      if (typeof resolved === 'object') {
        return Module._resolveFilename(resolved.bare, parent, isMain);
      }
      return finalizeResolution(resolved, request, scope.path);
    }
  }

  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    const cacheKey = `${request}\x00${paths?.length === 1 ? paths[0] :
      ArrayPrototypeJoin(paths ?? [], '\x00')}`;
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    ArrayPrototypePush(requireStack, cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message = `${message}\nRequire stack:\n- ` +
      ArrayPrototypeJoin(requireStack, '\n- ');
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// While a module is still loading (a cycle), accessing a property its
// exports do not have yet prints a warning.
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    if (prop in target || prop === '__esModule') {
      return ReflectGet(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (ObjectPrototypeHasOwnProperty(target, prop) || prop === '__esModule') {
      return ObjectGetOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of ` +
    'module exports inside circular dependency');
}

// An ES module require() is still loading: required again from inside its
// own graph it has no exports to give yet.
const kLoadingESM = Symbol('kLoadingESM');

function getExportsForCircularRequire(module) {
  if (module[kLoadingESM]) {
    let message = `Cannot require() ES Module ${module.id} in a cycle.`;
    const parent = moduleParentCache.get(module);
    if (parent?.filename) message += ` (from ${parent.filename})`;
    throw new ERR_REQUIRE_CYCLE_MODULE(message);
  }
  const exports = module.exports;
  // A proxy is left alone: looking at it could run its traps.
  if (exports !== null && typeof exports === 'object' && !isProxy(exports) &&
      ObjectGetPrototypeOf(exports) === ObjectPrototype &&
      !exports.__esModule) {
    ObjectSetPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

function loadBuiltinModule(id) {
  if (!BuiltinModule.canBeRequiredByUsers(id)) return;
  const mod = BuiltinModule.map.get(id);
  mod.compileForPublicLoader();
  return mod;
}

Module._load = function(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (StringPrototypeStartsWith(request, 'node:')) {
    const id = StringPrototypeSlice(request, 5);
    const module = loadBuiltinModule(id);
    if (!module?.canBeRequiredByUsers) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return module.exports;
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }

  if (BuiltinModule.canBeRequiredWithoutScheme(filename)) {
    return loadBuiltinModule(filename).exports;
  }

  const module = new Module(filename, parent);
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
    module[kIsMainSymbol] = true;
  }
  Module._cache[filename] = module;
  if (parent !== undefined) {
    relativeResolveCache[relResolveCacheIdentifier] = filename;
  }
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (ArrayIsArray(children)) {
          const index = ArrayPrototypeIndexOf(children, module);
          if (index !== -1) ArrayPrototypeSplice(children, index, 1);
        }
      }
    } else if (module.exports !== null && typeof module.exports === 'object' &&
               !isProxy(module.exports) &&
               ObjectGetPrototypeOf(module.exports) ===
                 CircularRequirePrototypeWarningProxy) {
      ObjectSetPrototypeOf(module.exports, ObjectPrototype);
    }
  }
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = StringPrototypeIndexOf(name, '.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = StringPrototypeSlice(name, index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (StringPrototypeEndsWith(filename, '.mjs') && !Module._extensions['.mjs']) {
    loadESMFromCJS(this, filename);
  } else {
    Module._extensions[extension](this, filename);
  }
  this.loaded = true;
  // What an ES module importing this file later sees: the exports as they
  // were when it finished loading, as in node.
  exportsAtLoad.set(this, this.exports);
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') {
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

// Module.wrap and Module.wrapper: programs that replace or edit them
// (instrumenters) get their wrapper compiled as a script; otherwise the
// loader compiles the function directly.
let patched = false;
const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
let wrapperProxy = new Proxy(wrapper, {
  __proto__: null,
  set(target, property, value, receiver) {
    patched = true;
    return ReflectSet(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return ObjectDefineProperty(target, property, descriptor);
  },
});
let wrap = function(script) {
  return `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
};

ObjectDefineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
});

ObjectDefineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapperProxy; },
  set(value) {
    patched = true;
    wrapperProxy = value;
  },
});

function stripShebang(content) {
  // '#!' becomes '//': the line stays, and so do all columns.
  if (StringPrototypeCharCodeAt(content, 0) === 35 /* # */ &&
      StringPrototypeCharCodeAt(content, 1) === 33 /* ! */) {
    return `//${StringPrototypeSlice(content, 2)}`;
  }
  return content;
}

function wrapSafe(filename, content) {
  if (patched) {
    const { Script } = require('vm');
    const script = new Script(Module.wrap(stripShebang(content)), {
      filename,
      importModuleDynamically: (specifier, _script, attributes) =>
        require('internal/modules/esm/loader').importModuleDynamically(
          specifier, filename, attributes),
    });
    return script.runInThisContext({ displayErrors: true });
  }
  return compileFunctionForCJSLoader(stripShebang(content), filename);
}

function makeRequireFunction(mod) {
  return require('internal/modules/helpers').makeRequireFunction(mod, Module);
}

// `format` 'commonjs' (a .cjs file, or "type": "commonjs") is never taken
// for an ES module; undefined lets module syntax detection decide.
Module.prototype._compile = function(content, filename, format) {
  let compiledWrapper;
  try {
    compiledWrapper = wrapSafe(filename, content);
  } catch (err) {
    if (compileFailed(this, err, content, filename, format)) return;
    throw err;
  }
  if (getSourceMapsEnabled()) {
    lazySourceMapCache().maybeCacheSourceMap(
      filename, content, this, getSourceMapURL(compiledWrapper));
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  if (requireDepth === 0) statCache = new SafeMap();
  let result;
  try {
    result = ReflectApply(compiledWrapper, exports,
                          [exports, require, this, filename, dirname]);
  } finally {
    if (requireDepth === 0) statCache = null;
  }
  return result;
};

// require() of an ES module (node 20.19+): its graph is loaded, linked and
// evaluated synchronously; module.exports is the namespace.
function loadESMFromCJS(module, filename, packageJsonPath, content) {
  if (!getOptions().experimentalRequireModule) {
    const parent = moduleParentCache.get(module);
    // A .js file of a "type": "module" scope: the advice depends on whether
    // its source is ES module syntax.
    const hasEsmSyntax = content === undefined ||
      require('internal/modules/esm/detect')
        .containsModuleSyntax(content, filename);
    throw new ERR_REQUIRE_ESM(filename, hasEsmSyntax, parent?.filename,
                              packageJsonPath);
  }
  const { importSyncForRequire, requireFacade } =
    require('internal/modules/esm/loader');
  const parent = moduleParentCache.get(module);
  const trace = getOptions().traceRequireModule;
  if (trace) {
    require('internal/modules/helpers').warnRequireOfESM(trace, module, parent);
  }
  module[kLoadingESM] = true;
  let loaded;
  try {
    loaded = importSyncForRequire(filename, parent?.filename);
  } finally {
    module[kLoadingESM] = false;
  }
  const { wrap, namespace } = loaded;
  let exports = namespace;
  // `export { x as 'module.exports' }` names what require() returns.
  if ('module.exports' in namespace) {
    exports = namespace['module.exports'];
  } else if ('default' in namespace && !('__esModule' in namespace)) {
    exports = requireFacade(wrap.url, wrap);
  }
  setOwnProperty(module, 'exports', exports);
}

// CommonJS code that did not compile: true if it was an ES module, now
// loaded as one; else a note on ES module syntax, and the error stands.
function compileFailed(module, err, content, filename, format) {
  const detect = require('internal/modules/esm/detect');
  if (format === undefined && detect.detectionEnabled() &&
      (process.mainModule === module ||
       getOptions().experimentalRequireModule) &&
      detect.shouldRetryAsESM(err, content)) {
    loadDetectedESM(module, filename);
    return true;
  }
  if (detect.isModuleSyntaxError(err)) {
    // Now, not on the next tick: the error may end the process first.
    const warning = new Error('To load an ES module, set "type": "module" ' +
      'in the package.json or use the .mjs extension.');
    warning.name = 'Warning';
    process.emit('warning', warning);
  }
  return false;
}

// A file that module syntax detection found to be an ES module: the main
// entry runs through the ES module loader (top-level await and all), a
// required one as require() of an ES module.
function loadDetectedESM(module, filename) {
  require('internal/modules/esm/detect').markDetected(filename);
  if (process.mainModule === module) {
    require('internal/modules/esm/loader').runEntryPoint(filename);
    return;
  }
  loadESMFromCJS(module, filename);
}

Module._extensions['.js'] = function(module, filename) {
  const content = readFileUtf8(filename);
  let format;
  if (StringPrototypeEndsWith(filename, '.cjs')) {
    format = 'commonjs';
  } else if (StringPrototypeEndsWith(filename, '.js') ||
             path.extname(filename) === '') {
    const pkg = packageJsonReader.readPackageScope(filename);
    const type = pkg ? pkg.data.type : 'none';
    if (type === 'module' && StringPrototypeEndsWith(filename, '.js')) {
      loadESMFromCJS(module, filename, path.resolve(pkg.path, 'package.json'),
                     content);
      return;
    }
    if ((type === 'none' || type === undefined) &&
        require('internal/modules/esm/format').defaultsToModule(filename)) {
      loadESMFromCJS(module, filename);
      return;
    }
    if (type === 'commonjs') format = 'commonjs';
  } else {
    format = 'commonjs';
  }
  module._compile(content, filename, format);
};

Module._extensions['.json'] = function(module, filename) {
  const content = readFileUtf8(filename);
  const text = StringPrototypeCharCodeAt(content, 0) === 0xFEFF ?
    StringPrototypeSlice(content, 1) : content;
  try {
    setOwnProperty(module, 'exports', JSONParse(text));
  } catch (err) {
    const { jsonParseErrorMessage } = require('internal/json_parse_error');
    err.message = `${filename}: ${jsonParseErrorMessage(text, err.message)}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  // Native addons need node's C++ API, which nodus does not provide: the
  // same error as node run with --no-addons.
  throw new ERR_DLOPEN_DISABLED('Cannot load native addon because loading ' +
    'addons is disabled.');
};

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    ArrayPrototypeUnshift(paths, path.resolve(homeDir, '.node_libraries'));
    ArrayPrototypeUnshift(paths, path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    const extra = [];
    for (const p of nodePath.split(path.delimiter)) {
      if (p) ArrayPrototypePush(extra, p);
    }
    ArrayPrototypeUnshift(paths, ...extra);
  }
  modulePaths = paths;
  Module.globalPaths = [...paths];
};

// module.isPreloading: true while the -r preloads load.
let isPreloading = false;
ObjectDefineProperty(Module.prototype, 'isPreloading', {
  __proto__: null,
  get() { return isPreloading; },
  enumerable: false,
  configurable: false,
});

Module._preloadModules = function(requests) {
  if (!ArrayIsArray(requests) || requests.length === 0) return;
  isPreloading = true;
  try {
    const parent = new Module('internal/preload', null);
    try {
      parent.paths = Module._nodeModulePaths(process.cwd());
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
    for (let n = 0; n < requests.length; n++) {
      parent.require(requests[n]);
    }
  } finally {
    isPreloading = false;
  }
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/translators').syncBuiltinESMExports();
};

Module.register = function register(specifier, parentURL, options) {
  return require('internal/modules/esm/hooks').register(specifier, parentURL,
                                                        options);
};

Module.createRequire = function createRequire(filename) {
  return require('internal/modules/create_require').createRequire(filename);
};

Module.findSourceMap = function findSourceMap(path) {
  return lazySourceMapCache().findSourceMap(path);
};

Module.runMain = require('internal/modules/run_main').executeUserEntryPoint;
Module.Module = Module;
Module._initPaths();


module.exports = {
  Module,
  exportsAtLoad,
  wrapSafe,
  makeRequireFunction,
  toRealPath,
  kIsMainSymbol,
};
