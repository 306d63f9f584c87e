'use strict';

// One ModuleWrap per format: source text for 'module', and synthetic
// modules for 'builtin' (named exports plus the default export, kept live
// by module.syncBuiltinESMExports), 'commonjs' (default = module.exports,
// named exports found by cjs-module-lexer) and 'json'.

const {
  ArrayPrototypePush,
  JSONParse,
  JSONStringify,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeSymbolReplace,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const { ModuleWrap } = internalBinding('module_wrap');
const { setOwnProperty } = require('internal/util');
const { readFileUtf8 } = internalBinding('modules');
const { getSourceMapsEnabled } = require('internal/process/per_thread');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { fileURLToPath } = require('internal/url');
const {
  codes: { ERR_UNKNOWN_BUILTIN_MODULE, ERR_UNKNOWN_MODULE_FORMAT },
} = require('internal/errors');

// The payload of a data: URL, percent-decoded, and whether it is base64.
function dataPayload(url) {
  const comma = StringPrototypeIndexOf(url, ',');
  const head = StringPrototypeSlice(url, 5, comma);
  return {
    base64: StringPrototypeIndexOf(head, ';base64') !== -1,
    text: decodeURIComponent(StringPrototypeSlice(url, comma + 1)),
  };
}

// The text of a data: URL.
function dataSource(url) {
  const { base64, text } = dataPayload(url);
  if (!base64) return text;
  return require('buffer').Buffer.from(text, 'base64').toString('utf8');
}

// Its bytes (what the default load hook gives).
function dataBytes(url) {
  const { base64, text } = dataPayload(url);
  return require('buffer').Buffer.from(text, base64 ? 'base64' : 'utf8');
}

function readSource(url) {
  if (StringPrototypeStartsWith(url, 'data:')) return dataSource(url);
  return readFileUtf8(fileURLToPath(url));
}

function stripBOM(text) {
  return StringPrototypeCharCodeAt(text, 0) === 0xFEFF ?
    StringPrototypeSlice(text, 1) : text;
}

function moduleStrategy(url, source) {
  source ??= readSource(url);
  // A shebang line is a comment in a module, as V8 11 reads it.
  if (StringPrototypeCharCodeAt(source, 0) === 35 /* # */ &&
      StringPrototypeCharCodeAt(source, 1) === 33 /* ! */) {
    source = `//${StringPrototypeSlice(source, 2)}`;
  }
  const wrap = new ModuleWrap(url, source, 0, 0);
  if (getSourceMapsEnabled()) {
    const { findSourceMappingURL } =
      require('internal/source_map/magic_comment');
    require('internal/source_map/source_map_cache').maybeCacheSourceMap(
      url, source, null, findSourceMappingURL(source));
  }
  setOwnProperty(wrap, 'url', url);
  setOwnProperty(wrap, 'source', source);
  return wrap;
}

// --- builtins ---------------------------------------------------------------

const builtinWraps = [];

function exportBuiltin(wrap, exports, names) {
  wrap.setExport('default', exports);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name === 'default') continue;
    let value;
    try {
      value = exports[name];
    } catch {
      // An accessor that throws exports undefined.
    }
    wrap.setExport(name, value);
  }
}

function builtinStrategy(url) {
  const id = StringPrototypeSlice(url, 5);
  if (!BuiltinModule.canBeRequiredByUsers(id)) {
    throw new ERR_UNKNOWN_BUILTIN_MODULE(url);
  }
  const mod = BuiltinModule.map.get(id);
  mod.compileForPublicLoader();
  const exports = mod.exports;
  const names = (exports !== null && typeof exports === 'object') ||
    typeof exports === 'function' ? ObjectKeys(exports) : [];
  const exportNames = ['default'];
  for (let i = 0; i < names.length; i++) {
    if (names[i] !== 'default') ArrayPrototypePush(exportNames, names[i]);
  }
  const wrap = new ModuleWrap(url, exportNames, function() {
    exportBuiltin(this, exports, names);
  });
  setOwnProperty(wrap, 'url', url);
  ArrayPrototypePush(builtinWraps, { wrap, exports, names });
  return wrap;
}

// Brings the named exports of every imported builtin up to date with its
// exports object.
function syncBuiltinESMExports() {
  for (let i = 0; i < builtinWraps.length; i++) {
    const { wrap, exports, names } = builtinWraps[i];
    if (wrap.getStatus() < 4 /* kEvaluated */) continue;
    exportBuiltin(wrap, exports, names);
  }
}

// --- CommonJS -------------------------------------------------------------------

let cjsLexer;
function cjsParse(source) {
  cjsLexer ??= require('internal/deps/cjs-module-lexer/lexer');
  try {
    return cjsLexer.parse(source);
  } catch {
    return { exports: [], reexports: [] };
  }
}

// The named exports node finds in a CommonJS file: what the lexer sees,
// plus those of the files it re-exports (require('./x') as module.exports).
function cjsExportNames(filename, source, names, seen) {
  if (seen.has(filename)) return;
  seen.add(filename);
  const { exports, reexports } = cjsParse(source);
  for (let i = 0; i < exports.length; i++) names.add(exports[i]);
  const { Module } = require('internal/modules/cjs/loader');
  for (let i = 0; i < reexports.length; i++) {
    const request = reexports[i];
    let resolved;
    try {
      const parent = new Module(filename);
      parent.filename = filename;
      parent.paths = Module._nodeModulePaths(parent.path);
      resolved = Module._resolveFilename(request, parent, false);
    } catch {
      continue;
    }
    if (BuiltinModule.normalizeRequirableId(resolved) !== undefined) continue;
    if (!/\.c?js$/.test(resolved)) continue;
    let text;
    try {
      text = readFileUtf8(resolved);
    } catch {
      continue;
    }
    cjsExportNames(resolved, text, names, seen);
  }
}

// `default` is module.exports, each other name its own property (undefined
// when it has none).
function setCommonJSExports(wrap, exports, exportNames) {
  wrap.setExport('default', exports);
  for (let i = 1; i < exportNames.length; i++) {
    const name = exportNames[i];
    let value;
    if (exports !== null && exports !== undefined &&
        (typeof exports === 'object' || typeof exports === 'function') &&
        ObjectPrototypeHasOwnProperty(exports, name)) {
      try {
        value = exports[name];
      } catch {
        // As node: an accessor that throws exports undefined.
      }
    }
    wrap.setExport(name, value);
  }
}

function commonjsStrategy(url, isMain) {
  const filename = fileURLToPath(url);
  const { Module } = require('internal/modules/cjs/loader');
  const cached = Module._cache[filename];
  const names = new SafeSet();
  if (cached?.loaded) {
    const exports = cached.exports;
    if (exports !== null && typeof exports === 'object') {
      const keys = ObjectKeys(exports);
      for (let i = 0; i < keys.length; i++) names.add(keys[i]);
    }
  } else {
    let source;
    try {
      source = readFileUtf8(filename);
    } catch {
      source = '';
    }
    cjsExportNames(filename, source, names, new SafeSet());
  }
  const exportNames = ['default'];
  for (const name of names) {
    if (name !== 'default') ArrayPrototypePush(exportNames, name);
  }
  const wrap = new ModuleWrap(url, exportNames, function() {
    let exports;
    const loaded = Module._cache[filename];
    if (loaded !== undefined) {
      const { exportsAtLoad } = require('internal/modules/cjs/loader');
      exports = exportsAtLoad.has(loaded) ? exportsAtLoad.get(loaded) :
        loaded.exports;
    } else {
      exports = Module._load(filename, undefined, isMain);
    }
    setCommonJSExports(this, exports, exportNames);
  });
  setOwnProperty(wrap, 'url', url);
  return wrap;
}

// CommonJS whose source a load hook gave: compiled as the file's module,
// with the named exports cjs-module-lexer finds in that source, as node's.
function commonjsSourceStrategy(url, source, isMain) {
  const { Module } = require('internal/modules/cjs/loader');
  const filename = StringPrototypeStartsWith(url, 'file:') ?
    fileURLToPath(url) : url;
  const names = new SafeSet();
  cjsExportNames(filename, source, names, new SafeSet());
  const exportNames = ['default'];
  for (const name of names) {
    if (name !== 'default') ArrayPrototypePush(exportNames, name);
  }
  const wrap = new ModuleWrap(url, exportNames, function() {
    let module = Module._cache[filename];
    if (module === undefined) {
      module = new Module(filename, null);
      module.filename = filename;
      module.paths = Module._nodeModulePaths(module.path);
      Module._cache[filename] = module;
      if (isMain) {
        process.mainModule = module;
        module.id = '.';
      }
      // As node's: its require() goes through the hooks too.
      const { requireThroughHooks, resolveThroughHooks } =
        require('internal/modules/esm/loader');
      setOwnProperty(module, 'require', function require(id) {
        return requireThroughHooks(id, module, url);
      });
      const { kResolveThroughHooks } = require('internal/modules/helpers');
      module[kResolveThroughHooks] = (id) =>
        resolveThroughHooks(id, module, url);
      module._compile(source, filename);
      module.loaded = true;
    }
    setCommonJSExports(this, module.exports, exportNames);
  });
  setOwnProperty(wrap, 'url', url);
  return wrap;
}

// --- WebAssembly -------------------------------------------------------------------

// A wasm module (--experimental-wasm-modules) is a source text module of
// our own making: it imports the namespace of each of the wasm module's
// import module names and exports one binding per wasm export (names and
// specifiers as JSON string literals, never as code). When V8 evaluates it
// it hands both to import.meta.instantiate (see initializeImportMeta in
// loader.js), which instantiates the wasm module and sets the bindings.
function wasmStrategy(url, bytes) {
  const { emitExperimentalWarning } = require('internal/util');
  emitExperimentalWarning('Importing WebAssembly modules');
  if (bytes === undefined) {
    bytes = StringPrototypeStartsWith(url, 'data:') ? dataBytes(url) :
      require('fs').readFileSync(fileURLToPath(url));
  } else if (typeof bytes === 'string') {
    const { ERR_INVALID_RETURN_PROPERTY_VALUE } =
      require('internal/errors').codes;
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE(
      'array buffer, or typed array', 'load', 'source', bytes);
  }
  let compiled;
  try {
    compiled = new WebAssembly.Module(bytes);
  } catch (err) {
    const where = StringPrototypeStartsWith(url, 'file:') ?
      fileURLToPath(url) : url;
    // node compiles it with WebAssembly.compile(), and V8 names the call.
    err.message = `${where}: ${RegExpPrototypeSymbolReplace(
      /^WebAssembly\.Module\(\)/, err.message, 'WebAssembly.compile()')}`;
    throw err;
  }
  const imports = WebAssembly.Module.imports(compiled);
  const exports = WebAssembly.Module.exports(compiled);
  const importNames = [];
  let source = '';
  for (let i = 0; i < imports.length; i++) {
    const name = imports[i].module;
    ArrayPrototypePush(importNames, name);
    source += `import * as $import_${i} from ${JSONStringify(name)};\n`;
  }
  let setters = '';
  for (let i = 0; i < exports.length; i++) {
    source += `let $export_${i};\n` +
      `export { $export_${i} as ${JSONStringify(exports[i].name)} };\n`;
    setters += `$export_${i} = values[${i}];\n`;
  }
  let namespaces = '';
  for (let i = 0; i < imports.length; i++) namespaces += `$import_${i}, `;
  source += `import.meta.instantiate([${namespaces}], (values) => {\n` +
    `${setters}});\n`;
  const wrap = new ModuleWrap(url, source, 0, 0);
  setOwnProperty(wrap, 'url', url);
  setOwnProperty(wrap, 'wasmInstantiate', (namespaces, setExports) => {
    const importObject = { __proto__: null };
    for (let i = 0; i < importNames.length; i++) {
      importObject[importNames[i]] = namespaces[i];
    }
    const instance = new WebAssembly.Instance(compiled, importObject);
    const values = [];
    for (let i = 0; i < exports.length; i++) {
      ArrayPrototypePush(values, instance.exports[exports[i].name]);
    }
    setExports(values);
  });
  return wrap;
}

// --- JSON -------------------------------------------------------------------------

function jsonStrategy(url, text) {
  let filename;
  // Only the plain file URL shares require's cache: one with a query or a
  // fragment is a module of its own.
  const sharesCache = text === undefined &&
    StringPrototypeStartsWith(url, 'file:') &&
    !StringPrototypeIncludes(url, '?') && !StringPrototypeIncludes(url, '#');
  if (sharesCache) {
    filename = fileURLToPath(url);
    const { Module } = require('internal/modules/cjs/loader');
    const cached = Module._cache[filename];
    if (cached?.loaded) {
      const exports = cached.exports;
      const wrap = new ModuleWrap(url, ['default'], function() {
        this.setExport('default', exports);
      });
      setOwnProperty(wrap, 'url', url);
      return wrap;
    }
  }
  const source = stripBOM(text ?? readSource(url));
  let value;
  try {
    value = JSONParse(source);
  } catch (err) {
    const { jsonParseErrorMessage } = require('internal/json_parse_error');
    err.message =
      `${filename ?? url}: ${jsonParseErrorMessage(source, err.message)}`;
    throw err;
  }
  // The parsed file goes into require's cache too: both loaders share one
  // object, as in node.
  if (sharesCache) {
    const { Module } = require('internal/modules/cjs/loader');
    const module = new Module(filename);
    module.filename = filename;
    module.paths = Module._nodeModulePaths(
      StringPrototypeSlice(filename, 0, StringPrototypeLastIndexOf(filename, '/')));
    module.exports = value;
    module.loaded = true;
    Module._cache[filename] = module;
  }
  const wrap = new ModuleWrap(url, ['default'], function() {
    this.setExport('default', value);
  });
  setOwnProperty(wrap, 'url', url);
  return wrap;
}

// The text of a source a load hook gave: a string, or UTF-8 bytes.
function sourceText(source) {
  if (typeof source === 'string') return source;
  const { TextDecoder } = require('internal/encoding');
  return new TextDecoder().decode(source);
}

// `source` (from load hooks; undefined without hooks) is null when the
// module is to be read as usual.
function translate(url, format, isMain, source) {
  const text = source === undefined || source === null ||
    format === 'wasm' ? undefined : sourceText(source);
  switch (format) {
    case 'module': return moduleStrategy(url, text);
    case 'commonjs':
      return text === undefined ? commonjsStrategy(url, isMain) :
        commonjsSourceStrategy(url, text, isMain);
    case 'builtin': return builtinStrategy(url);
    case 'json': return jsonStrategy(url, text);
    case 'wasm': return wasmStrategy(url, source ?? undefined);
    default: throw new ERR_UNKNOWN_MODULE_FORMAT(format, url);
  }
}

module.exports = {
  dataBytes,
  translate,
  moduleStrategy,
  syncBuiltinESMExports,
};
