'use strict';

// The ES module loader: one map from URL to module, the graph walk that
// resolves, loads and links every static import (synchronously: files are
// read with sync calls), then V8's instantiate and evaluate. import(),
// the entry point and require() of an ES module all go through here.

const {
  ArrayPrototypePush,
  Promise,
  PromisePrototypeThen,
  PromiseResolve,
  SafeMap,
  SafeSet,
  StringPrototypeEndsWith,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const {
  ModuleWrap, kEvaluating, kEvaluated, kErrored, kInstantiated,
} =
  internalBinding('module_wrap');
const { setOwnProperty } = require('internal/util');
const { resolve } = require('internal/modules/esm/resolve');
const { getFormat } = require('internal/modules/esm/format');
const { translate } = require('internal/modules/esm/translators');
const { checkAttributeKeys, validateAttributes, warnAssertSyntax } =
  require('internal/modules/esm/attributes');
const { fileURLToPath, isURL, pathToFileURL } = require('internal/url');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_NETWORK_IMPORT_DISALLOWED,
    ERR_REQUIRE_ASYNC_MODULE, ERR_REQUIRE_CYCLE_MODULE,
  },
} = require('internal/errors');

// url -> { url, format, wrap, linked }
const moduleMap = new SafeMap();
// `${parentURL}\0${specifier}` -> url: each import site resolves once.
const resolveCache = new SafeMap();

// Customization hooks (hooks.js), once module.register() or
// --experimental-loader has registered one.
let hooks;
function hooksChanged() {
  hooks = require('internal/modules/esm/hooks');
  resolveCache.clear();
  formatHints.clear();
}
// url -> the format a resolve hook suggested, for the load hooks.
const formatHints = new SafeMap();

// With hooks, as in node, nothing is cached: each import(), each
// import.meta.resolve() asks the resolve hooks again (a static import
// site is resolved once, when its module is linked).
function cachedResolve(specifier, parentURL, attributes) {
  if (hooks !== undefined) {
    const resolved = hooks.resolve(specifier, parentURL, attributes);
    const { url } = resolved;
    if (resolved.format != null) formatHints.set(url, resolved.format);
    return { url, attributes: resolved.importAttributes };
  }
  const key = `${parentURL}\0${specifier}`;
  let url = resolveCache.get(key);
  if (url === undefined) {
    url = resolve(specifier, parentURL);
    resolveCache.set(key, url);
  }
  return url;
}

// A module that failed to load or compile fails the same way, with the
// same error, every time it is imported again with the same `type`
// attribute (node caches its job under the URL and that type).
const failedModules = new SafeMap();

function getModule(url, attributes, isMain, parentURL) {
  let entry = moduleMap.get(url);
  if (entry === undefined) {
    let format;
    let wrap;
    if (hooks !== undefined) {
      const loaded = hooks.load(url, formatHints.get(url), attributes);
      format = loaded.format;
      wrap = translate(url, format, isMain, loaded.source ?? null);
    } else {
      const key = `${url}\0${attributes?.type}`;
      if (failedModules.has(key)) throw failedModules.get(key);
      try {
        checkAttributeKeys(attributes);
        format = getFormat(url);
        validateAttributes(url, format, attributes);
        wrap = translate(url, format, isMain);
      } catch (error) {
        failedModules.set(key, error);
        throw error;
      }
    }
    entry = { url, format, wrap, linked: false };
    moduleMap.set(url, entry);
  } else if (hooks === undefined) {
    validateAttributes(url, entry.format, attributes);
  }
  return entry;
}

// A resolve hook may give other attributes than the import site's.
function resolveSite(specifier, parentURL, attributes) {
  const resolved = cachedResolve(specifier, parentURL, attributes);
  if (typeof resolved === 'string') return { url: resolved, attributes };
  return resolved;
}

// Inside require() of an ES module, its graph may not import a module
// whose own evaluation is still under way (it led to this require): a
// CommonJS module still loading, or an ES module being evaluated.
let syncRequireDepth = 0;
function checkCycle(specifier, child, parentURL) {
  let kind;
  if (child.format === 'module') {
    if (child.wrap.getStatus() !== kEvaluating) return;
    kind = 'Module';
  } else if (child.format === 'commonjs' &&
             StringPrototypeStartsWith(child.url, 'file:')) {
    const { Module } = require('internal/modules/cjs/loader');
    const cached = Module._cache[fileURLToPath(child.url)];
    if (cached === undefined || cached.loaded) return;
    kind = 'CommonJS Module';
  } else {
    return;
  }
  const from = StringPrototypeStartsWith(parentURL, 'file:') ?
    fileURLToPath(parentURL) : parentURL;
  throw new ERR_REQUIRE_CYCLE_MODULE(
    `Cannot import ${kind} ${specifier} in a cycle. (from ${from})`);
}

// Only ES modules and wasm modules are linked, once.
function needsLink(entry) {
  return !entry.linked &&
    (entry.format === 'module' || entry.format === 'wasm');
}

// Resolves and loads everything `entry` imports, depth first, and tells
// V8 what each request is.
function link(entry) {
  if (!needsLink(entry)) return;
  entry.linked = true;
  try {
    const { wrap, url } = entry;
    const requests = wrap.getModuleRequests();
    const specifiers = [];
    const wraps = [];
    for (let i = 0; i < requests.length; i += 3) {
      const specifier = requests[i];
      const attributes = requests[i + 1];
      if (requests[i + 2] >= 0) warnAssertSyntax(url, wrap.source, requests[i + 2]);
      if (syncRequireDepth > 0 &&
          (StringPrototypeStartsWith(specifier, 'http:') ||
           StringPrototypeStartsWith(specifier, 'https:'))) {
        throw new ERR_NETWORK_IMPORT_DISALLOWED(
          specifier, url,
          'ES modules cannot be loaded by require() from the network');
      }
      const site = resolveSite(specifier, url, attributes);
      const child = getModule(site.url, site.attributes, false, url);
      if (syncRequireDepth > 0) checkCycle(specifier, child, url);
      ArrayPrototypePush(specifiers, specifier);
      ArrayPrototypePush(wraps, child.wrap);
      link(child);
    }
    wrap.link(specifiers, wraps);
  } catch (err) {
    entry.linked = false;
    throw err;
  }
}

// The linked and instantiated graph of `url`.
function loadGraph(url, attributes, isMain) {
  const entry = getModule(url, attributes, isMain);
  link(entry);
  const status = entry.wrap.getStatus();
  if (status < kInstantiated) {
    try {
      entry.wrap.instantiate();
    } catch (error) {
      require('internal/modules/esm/error_hints')
        .explainMissingCommonJSExport(error, (specifier, parentURL) =>
          getFormat(resolveSite(specifier, parentURL, undefined).url));
      throw error;
    }
  }
  return entry;
}

// import(specifier) from parentURL: a promise of the namespace.
function resolveAndLoad(specifier, parentURL, attributes, isMain) {
  const options = isMain ? internalBinding('options').getOptions() : undefined;
  // --input-type is for string input only (-e, -p, stdin), never a file.
  if (isMain && options.inputType !== '') {
    const { ERR_INPUT_TYPE_NOT_ALLOWED } = require('internal/errors').codes;
    throw new ERR_INPUT_TYPE_NOT_ALLOWED();
  }
  // The entry point keeps its symlinked path with --preserve-symlinks-main.
  const site = isMain && hooks === undefined ?
    { url: resolve(specifier, parentURL, undefined,
                   options.preserveSymlinksMain),
      attributes } :
    resolveSite(specifier, parentURL, attributes);
  return loadGraph(site.url, site.attributes, isMain);
}

function importModule(specifier, parentURL, attributes, isMain) {
  if (threadHooks !== undefined && !isMain) {
    return importThroughThreadHooks(specifier, parentURL, attributes);
  }
  let entry;
  try {
    entry = hooks === undefined || isMain ?
      resolveAndLoad(specifier, parentURL, attributes, isMain) :
      hooks.dynamicImport(() =>
        resolveAndLoad(specifier, parentURL, attributes, isMain));
  } catch (err) {
    // A hook that can never answer: nor can this import().
    if (hooks !== undefined && err === hooks.kNeverSettles) {
      return new Promise(() => {});
    }
    return rejectLater(err);
  }
  const { wrap } = entry;
  // import() of a module whose synchronous evaluation is on the stack (a
  // cycle): V8 may not evaluate it again; wait until that part is over.
  if (wrap.getStatus() === kEvaluating) return evaluateLater(wrap);
  return PromisePrototypeThen(wrap.evaluate(), () => wrap.getNamespace(),
                              (error) => {
                                explainEvaluationError(error, wrap);
                                throw error;
                              });
}

// A failed import() rejects once its caller could attach handlers (two
// microtasks on, as a promise job that adopts it has by then), as node's
// asynchronous loader does: no unhandled rejection to track.
function rejectLater(error) {
  return PromisePrototypeThen(PromisePrototypeThen(PromiseResolve()),
                              () => { throw error; });
}

function explainEvaluationError(error, wrap) {
  require('internal/modules/esm/error_hints')
    .explainCommonJSGlobal(error, wrap.url);
}

async function evaluateLater(wrap) {
  while (wrap.getStatus() === kEvaluating) await undefined;
  await wrap.evaluate();
  return wrap.getNamespace();
}

// The same, synchronous, for require(): a graph with top-level await
// cannot be required.
function importSyncForRequire(filename, parentFilename) {
  const url = pathToFileURL(filename).href;
  let entry;
  syncRequireDepth++;
  try {
    entry = loadGraph(url, undefined, false);
  } finally {
    syncRequireDepth--;
  }
  const { wrap } = entry;
  if (wrap.getStatus() === kEvaluating) {
    throw new ERR_REQUIRE_CYCLE_MODULE(
      `Cannot require() ES Module ${filename} in a cycle.` +
      (parentFilename ? ` (from ${parentFilename})` : ''));
  }
  // Top-level await anywhere in the graph: never require()-able, even once
  // an import() has evaluated it.
  if (wrap.isGraphAsync()) {
    throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  }
  const promise = wrap.evaluate();
  if (wrap.getStatus() === kErrored) {
    const error = wrap.getError();
    explainEvaluationError(error, wrap);
    throw error;
  }
  // A settled promise: mark its rejection handled (thrown above).
  PromisePrototypeThen(promise, undefined, () => {});
  return { wrap, namespace: wrap.getNamespace() };
}

// require(id) in CommonJS whose source a load hook gave (translators.js):
// as node's, through the hooks. A relative or bare id is found by the
// CommonJS resolver first (a .json file gets the json type, a .node addon
// is loaded as usual); the module's default export is the value, or the
// namespace of an ES module where require() of one is allowed.
function requireThroughHooks(id, parent, parentURL) {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  const { Module } = require('internal/modules/cjs/loader');
  let specifier = id;
  let attributes;
  if (!StringPrototypeStartsWith(id, 'node:') &&
      BuiltinModule.normalizeRequirableId(id) === undefined) {
    const filename = Module._resolveFilename(id, parent);
    if (StringPrototypeEndsWith(filename, '.node')) {
      return Module._load(id, parent);
    }
    if (StringPrototypeEndsWith(filename, '.json')) {
      attributes = { __proto__: null, type: 'json' };
    }
    specifier = pathToFileURL(filename).href;
  }
  const site = resolveSite(specifier, parentURL, attributes);
  const entry = getModule(site.url, site.attributes, false, parentURL);
  const isFile = StringPrototypeStartsWith(site.url, 'file:');
  const filename = isFile ? fileURLToPath(site.url) : site.url;
  const esm = entry.format === 'module' || entry.format === 'wasm';
  if (esm) {
    if (!internalBinding('options').getOptions().experimentalRequireModule) {
      const { ERR_REQUIRE_ESM } = require('internal/errors').codes;
      throw new ERR_REQUIRE_ESM(filename, true, parent.filename);
    }
    if (isFile) return importSyncForRequire(filename, parent.filename).namespace;
  }
  const { wrap } = entry;
  // A CommonJS cycle: what the module has exported so far.
  if (!esm && wrap.getStatus() === kEvaluating &&
      Module._cache[filename] !== undefined) {
    return Module._cache[filename].exports;
  }
  loadGraph(site.url, site.attributes, false);
  PromisePrototypeThen(wrap.evaluate(), undefined, () => {});
  if (wrap.getStatus() === kErrored) throw wrap.getError();
  return esm ? wrap.getNamespace() : wrap.getNamespace().default;
}

// require.resolve(id) there: the CommonJS resolver's file, as a URL,
// through the resolve hooks; a file: URL answers as a path.
function resolveThroughHooks(id, parent, parentURL) {
  let specifier = `${id}`;
  if (!StringPrototypeStartsWith(specifier, 'node:')) {
    const { Module } = require('internal/modules/cjs/loader');
    const filename = Module._resolveFilename(specifier, parent);
    if (filename !== specifier) specifier = pathToFileURL(filename).href;
  }
  const { url } = resolveSite(specifier, parentURL, undefined);
  return StringPrototypeStartsWith(url, 'file:') ? fileURLToPath(url) : url;
}

// -e / stdin with --input-type=module: the code is a module named
// file:///cwd/[eval1].
async function evalModule(source) {
  await runImports();
  const { moduleStrategy } = require('internal/modules/esm/translators');
  // As node: the brackets stay as they are.
  const url = `${pathToFileURL(`${process.cwd()}/`).href}[eval1]`;
  const wrap = moduleStrategy(url, source);
  const entry = { url, format: 'module', wrap, linked: false };
  link(entry);
  wrap.instantiate();
  try {
    await wrap.evaluate();
  } catch (error) {
    explainEvaluationError(error, wrap);
    throw error;
  }
  return wrap.getNamespace();
}

// The entry point: its evaluation keeps the process alive through
// top-level await; if it never settles the process exits with 13.
// `main` is a path, or a data: URL (a Worker's).
function runEntryPoint(main) {
  const url = StringPrototypeStartsWith(main, 'data:') ? main :
    pathToFileURL(main).href;
  // As in node, the entry module runs in a microtask (after --import's
  // modules): its own promise jobs come before its process.nextTick()s.
  const imports = runImports() ?? PromiseResolve();
  return runAsEntry(PromisePrototypeThen(
    imports, () => importModule(url, undefined, undefined, true)));
}

// --import: each module imported, one after the other, before the entry
// point (undefined when there is none).
function runImports() {
  const { imports } = internalBinding('options').getOptions();
  if (imports.length === 0) return;
  const parentURL = pathToFileURL(`${process.cwd()}/`).href;
  let promise = importModule(imports[0], parentURL);
  for (let i = 1; i < imports.length; i++) {
    const specifier = imports[i];
    promise = PromisePrototypeThen(promise,
                                   () => importModule(specifier, parentURL));
  }
  return promise;
}

function runAsEntry(promise) {
  let settled = false;
  const onExit = () => {
    if (!settled && process.exitCode === undefined &&
        !require('internal/process/per_thread').exitWasCalled()) {
      process.exitCode = 13;
    }
  };
  process.on('exit', onExit);
  const done = () => {
    settled = true;
    process.removeListener('exit', onExit);
  };
  // A rejection is an uncaught exception, whatever --unhandled-rejections
  // says, as node reports the entry point's.
  return PromisePrototypeThen(promise, done, (err) => {
    done();
    internalBinding('errors').triggerUncaughtException(err, true);
  });
}

// require() of an ES module with a default export and no __esModule gets
// a namespace that adds __esModule: true, as node 20 does.
function requireFacade(url, wrap) {
  const facade = new ModuleWrap(`${url}#require-facade`,
                                'export * from "original"; ' +
                                'export { default } from "original"; ' +
                                'export const __esModule = true;', 0, 0);
  setOwnProperty(facade, 'url', url);
  facade.link(['original'], [wrap]);
  facade.instantiate();
  facade.evaluate();
  return facade.getNamespace();
}

// --- the hooks thread's own imports ------------------------------------------

// On the hooks thread, once a hook is registered there, its imports (of
// hook modules, and import() in hooks) go through the hooks registered
// before, as node's do. Those hooks are asynchronous and run on this very
// thread, so this walk awaits them: `threadHooks` is { resolve(specifier,
// parentURL, attributes), load(url, format, attributes) }, both async
// (hooks_worker.js).
let threadHooks;
function setThreadHooks(asyncHooks) {
  threadHooks = asyncHooks;
}

async function getModuleThroughThreadHooks(url, attributes, format) {
  let entry = moduleMap.get(url);
  if (entry !== undefined) return entry;
  const loaded = await threadHooks.load(url, format, attributes);
  entry = moduleMap.get(url);  // loaded meanwhile
  if (entry === undefined) {
    const wrap = translate(url, loaded.format, false, loaded.source ?? null);
    entry = { url, format: loaded.format, wrap, linked: false };
    moduleMap.set(url, entry);
  }
  return entry;
}

// `walk`: the modules this walk is linking (a cycle stops there); one that
// another walk is linking is awaited.
async function linkThroughThreadHooks(entry, walk) {
  if (walk.has(entry)) return;
  if (entry.linking !== undefined) return entry.linking;
  if (!needsLink(entry)) return;
  walk.add(entry);
  const linking = (async () => {
    const { wrap, url } = entry;
    const requests = wrap.getModuleRequests();
    const specifiers = [];
    const wraps = [];
    for (let i = 0; i < requests.length; i += 3) {
      const specifier = requests[i];
      const site = await threadHooks.resolve(specifier, url, requests[i + 1]);
      const child = await getModuleThroughThreadHooks(
        site.url, site.importAttributes, site.format);
      ArrayPrototypePush(specifiers, specifier);
      ArrayPrototypePush(wraps, child.wrap);
      await linkThroughThreadHooks(child, walk);
    }
    wrap.link(specifiers, wraps);
    entry.linked = true;
  })();
  entry.linking = linking;
  try {
    await linking;
  } finally {
    entry.linking = undefined;
  }
}

async function importThroughThreadHooks(specifier, parentURL, attributes) {
  return importSiteThroughThreadHooks(
    await threadHooks.resolve(specifier, parentURL, attributes));
}

// `site`: what the resolve hooks gave ({ url, format, importAttributes }).
async function importSiteThroughThreadHooks(site) {
  const entry = await getModuleThroughThreadHooks(
    site.url, site.importAttributes, site.format);
  await linkThroughThreadHooks(entry, new SafeSet());
  const { wrap } = entry;
  if (wrap.getStatus() < kInstantiated) wrap.instantiate();
  if (wrap.getStatus() === kEvaluating) return evaluateLater(wrap);
  await wrap.evaluate();
  return wrap.getNamespace();
}

// --- host hooks ---------------------------------------------------------------

// import() from anywhere but vm code: `referrer` is the resource name of
// the calling script (a URL for modules, a path for CommonJS, '[eval]').
// `vmLoader`: vm code compiled with USE_MAIN_CONTEXT_DEFAULT_LOADER, which
// node reports as experimental when it is first used.
const referrerURLs = new SafeMap();
function importModuleDynamically(specifier, referrer, attributes, vmLoader) {
  if (vmLoader) {
    require('internal/util').emitExperimentalWarning(
      'vm.USE_MAIN_CONTEXT_DEFAULT_LOADER');
  }
  // No script at all (code eval'ed by a promise job, say): the realm is the
  // referrer, and it has nothing to resolve from.
  if (referrer === undefined) {
    const { ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING } =
      require('internal/errors').codes;
    return rejectLater(new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING());
  }
  let parentURL;
  if (typeof referrer === 'string' &&
      (StringPrototypeStartsWith(referrer, 'file:') ||
       StringPrototypeStartsWith(referrer, 'data:') ||
       StringPrototypeStartsWith(referrer, 'node:'))) {
    parentURL = referrer;
  } else if (typeof referrer === 'string' && referrer[0] === '/') {
    parentURL = referrerURLs.get(referrer);
    if (parentURL === undefined) {
      parentURL = pathToFileURL(referrer).href;
      referrerURLs.set(referrer, parentURL);
    }
  } else if (typeof referrer === 'string' && referrer[0] === '[') {
    // -e, stdin: as if from a file of that name in the directory the code
    // started in.
    const cwd = require('internal/process/execution').getEvalCwd() ??
      process.cwd();
    parentURL = `${pathToFileURL(`${cwd}/`).href}${referrer}`;
  } else {
    parentURL = pathToFileURL(`${process.cwd()}/`).href;
  }
  return importModule(specifier, parentURL, attributes, false);
}

let parentArgument;
function importMetaResolveParent() {
  parentArgument ??=
    internalBinding('options').getOptions().experimentalImportMetaResolve;
  return parentArgument;
}

// What globalPreload code gave setImportMetaCallback (hooks.js): each
// initializes import.meta as fn(meta, { url }, next), last given first.
let importMetaInitializer = defaultImportMeta;
function addImportMetaCallback(fn) {
  const next = importMetaInitializer;
  importMetaInitializer = (meta, context) => fn(meta, context, next);
}

function initializeImportMeta(meta, wrap) {
  // The module made for a wasm module (translators.js) links it here.
  if (wrap.wasmInstantiate !== undefined) {
    meta.instantiate = wrap.wasmInstantiate;
    return;
  }
  importMetaInitializer(meta, { url: wrap.url });
}

let onHooksThread;
function defaultImportMeta(meta, { url }) {
  if (StringPrototypeStartsWith(url, 'file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = StringPrototypeSlice(filename, 0,
                                        filename.lastIndexOf('/')) || '/';
    meta.filename = filename;
  }
  // A file that does not exist still has a URL.
  // --experimental-import-meta-resolve adds a second argument, the URL to
  // resolve from.
  // Not on the hooks thread, as in node: hooks are asynchronous there.
  onHooksThread ??= require('internal/modules/esm/hooks').isHooksThread();
  if (onHooksThread) {
    meta.url = url;
    return;
  }
  meta.resolve = function resolve(specifier, parentURL = undefined) {
    let base = url;
    if (parentURL !== undefined && importMetaResolveParent()) {
      if (typeof parentURL !== 'string' && !isURL(parentURL)) {
        throw new ERR_INVALID_ARG_TYPE('parentURL', ['string', 'URL'],
                                       parentURL);
      }
      base = `${parentURL}`;
    }
    if (hooks !== undefined) {
      return resolveSite(`${specifier}`, base, undefined).url;
    }
    try {
      // A URL of any scheme is an answer: only loading checks the scheme.
      return require('internal/modules/esm/resolve').resolve(
        `${specifier}`, base, undefined, undefined, true);
    } catch (error) {
      if ((error?.code === 'ERR_MODULE_NOT_FOUND' ||
           error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && error.url) {
        return error.url;
      }
      throw error;
    }
  };
  meta.url = url;
}

module.exports = {
  importModule,
  importSyncForRequire,
  importModuleDynamically,
  evalModule,
  runEntryPoint,
  runAsEntry,
  runImports,
  requireFacade,
  initializeImportMeta,
  addImportMetaCallback,
  moduleMap,
  hooksChanged,
  setThreadHooks,
  importSiteThroughThreadHooks,
  requireThroughHooks,
  resolveThroughHooks,
};
