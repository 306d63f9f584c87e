'use strict';

// The format of a resolved URL, as node 20 decides it: 'builtin' for node:,
// the MIME type of a data: URL, and for files the extension plus the
// nearest package.json "type".

const {
  RegExpPrototypeExec,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  Uint8Array,
} = primordials;

const { fileURLToPath } = require('internal/url');
const packageJsonReader = require('internal/modules/package_json_reader');
const { readFileUtf8 } = internalBinding('modules');
const {
  codes: {
    ERR_INVALID_URL, ERR_UNKNOWN_FILE_EXTENSION, ERR_UNKNOWN_MODULE_FORMAT,
  },
} = require('internal/errors');

const extensionFormats = {
  '__proto__': null,
  '.cjs': 'commonjs',
  '.js': 'module',
  '.json': 'json',
  '.mjs': 'module',
};

function extname(path) {
  const slash = StringPrototypeLastIndexOf(path, '/');
  const dot = StringPrototypeLastIndexOf(path, '.');
  return dot > slash + 1 ? StringPrototypeSlice(path, dot) : '';
}

// --experimental-wasm-modules: .wasm files, application/wasm data: URLs and
// extensionless files that start with the wasm magic are 'wasm' modules.
let wasmModules;
function wasmEnabled() {
  wasmModules ??=
    internalBinding('options').getOptions().experimentalWasmModules;
  return wasmModules;
}

// An extensionless file that ES modules would read: 'wasm' when it starts
// with "\0asm" (and wasm modules are on), else 'module'.
function extensionlessFormat(path) {
  if (!wasmEnabled()) return 'module';
  const fs = require('fs');
  const magic = new Uint8Array(4);
  let fd;
  try {
    fd = fs.openSync(path, 'r');
    if (fs.readSync(fd, magic, 0, 4, 0) < 4) return 'module';
  } catch {
    return 'module';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return magic[0] === 0 && magic[1] === 0x61 && magic[2] === 0x73 &&
    magic[3] === 0x6d ? 'wasm' : 'module';
}

// --experimental-default-type=module: a .js or extensionless file outside
// any "type" scope is an ES module, unless it is under node_modules.
let defaultType;
function defaultsToModule(path) {
  defaultType ??= internalBinding('options').getOptions().defaultType;
  return defaultType === 'module' &&
    !require('internal/modules/helpers').isUnderNodeModules(path);
}

// A file outside any "type" scope: its syntax decides (detect.js).
function detectFormat(path, ext) {
  if (defaultsToModule(path)) {
    return ext === '' ? extensionlessFormat(path) : 'module';
  }
  if (ext === '' && extensionlessFormat(path) === 'wasm') return 'wasm';
  const detect = require('internal/modules/esm/detect');
  if (!detect.detectionEnabled()) return 'commonjs';
  let source;
  try {
    source = readFileUtf8(path);
  } catch {
    return 'commonjs';
  }
  return detect.containsModuleSyntax(source, path) ? 'module' : 'commonjs';
}

function packageType(path) {
  const scope = packageJsonReader.readPackageScope(path);
  return scope ? scope.data.type : 'none';
}

const dataMimeRegEx =
  /^data:([^/]+\/[^;,]+)(?:[^,]*?)(;base64)?,/;

function dataFormat(url) {
  const match = RegExpPrototypeExec(dataMimeRegEx, url);
  // No type/subtype before the comma: not a data: URL node can read.
  if (match === null) throw new ERR_INVALID_URL(url);
  const mime = match[1];
  if (mime === 'text/javascript') return 'module';
  if (mime === 'application/wasm' && wasmEnabled()) return 'wasm';
  if (mime === 'application/json') return 'json';
  throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
}

// url (a string) -> 'builtin' | 'module' | 'commonjs' | 'json' | 'wasm'.
// Without `detect` (the default resolve hook's format), a file only its
// syntax could place (.js or extensionless outside any "type") is null.
function getFormat(url, detect = true) {
  if (StringPrototypeStartsWith(url, 'node:')) return 'builtin';
  if (StringPrototypeStartsWith(url, 'data:')) return dataFormat(url);
  const path = fileURLToPath(url);
  const ext = extname(path);
  if (ext === '.js' || ext === '') {
    const type = packageType(path);
    if (type === 'module') {
      return ext === '' ? extensionlessFormat(path) : 'module';
    }
    if (type === undefined || type === 'none') {
      if (detect) return detectFormat(path, ext);
      return defaultsToModule(path) ? 'module' : null;
    }
    if (ext === '.js' || type === 'commonjs') return 'commonjs';
  }
  const format = extensionFormats[ext];
  if (format !== undefined) return format;
  if (ext === '.wasm' && wasmEnabled()) return 'wasm';
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, path);
}

module.exports = { defaultsToModule, getFormat, packageType };
