'use strict';

// module.createRequire(filename | URL): a require() that resolves from the
// given file.

const {
  StringPrototypeEndsWith,
  StringPrototypeStartsWith,
} = primordials;

const path = require('path');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

function createRequireFromPath(filename) {
  const { Module, makeRequireFunction } =
    require('internal/modules/cjs/loader');
  // A trailing slash names a directory: resolve as from a file inside it.
  const trailingSlash = StringPrototypeEndsWith(filename, '/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null &&
      typeof filename.href === 'string' && filename.protocol !== undefined) {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' &&
             StringPrototypeStartsWith(filename, 'file:')) {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}

module.exports = { createRequire };
