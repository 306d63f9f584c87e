'use strict';

// package.json files as the module resolver sees them: read once, cached,
// reduced to the fields that matter (name, main, exports, imports, type).

const {
  JSONParse,
  ObjectPrototypeHasOwnProperty,
  SafeMap,
  StringPrototypeEndsWith,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
} = primordials;

const { readPackageJSON } = internalBinding('modules');
const path = require('path');

const cache = new SafeMap();

// Returns the parsed fields of `jsonPath`, or undefined if there is none.
// A file that is not valid JSON throws node's "Error parsing" error, or,
// when the ES module resolver reads it for `importing` ({ specifier,
// base }), ERR_INVALID_PACKAGE_CONFIG.
function read(jsonPath, importing) {
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  const text = readPackageJSON(jsonPath);
  if (text === undefined) {
    cache.set(jsonPath, undefined);
    return undefined;
  }
  let parsed;
  try {
    parsed = JSONParse(text);
  } catch (error) {
    const message = require('internal/json_parse_error')
      .jsonParseErrorMessage(text, error.message);
    if (importing !== undefined) {
      const { ERR_INVALID_PACKAGE_CONFIG } = require('internal/errors').codes;
      throw new ERR_INVALID_PACKAGE_CONFIG(
        jsonPath, `"${importing.specifier}" from ${importing.base}`, message);
    }
    error.path = jsonPath;
    error.message = `Error parsing ${jsonPath}: ${message}`;
    throw error;
  }
  const filtered = {
    __proto__: null,
    exists: true,
    pjsonPath: jsonPath,
    name: undefined,
    main: undefined,
    exports: undefined,
    imports: undefined,
    type: 'none',
  };
  if (parsed !== null && typeof parsed === 'object') {
    // Own fields only: nothing inherited from Object.prototype counts.
    const own = (key) => ObjectPrototypeHasOwnProperty(parsed, key) ?
      parsed[key] : undefined;
    const name = own('name');
    const main = own('main');
    const type = own('type');
    if (typeof name === 'string') filtered.name = name;
    if (typeof main === 'string') filtered.main = main;
    if (ObjectPrototypeHasOwnProperty(parsed, 'exports')) {
      filtered.exports = parsed.exports;
    }
    if (ObjectPrototypeHasOwnProperty(parsed, 'imports')) {
      filtered.imports = parsed.imports;
    }
    if (type === 'module' || type === 'commonjs') filtered.type = type;
  }
  cache.set(jsonPath, filtered);
  return filtered;
}

// The package.json that governs `checkPath`: the nearest one above it, not
// looking past a node_modules directory. { data, path } or false.
function readPackageScope(checkPath) {
  const sep = path.sep;
  let separatorIndex;
  do {
    separatorIndex = StringPrototypeLastIndexOf(checkPath, sep);
    checkPath = StringPrototypeSlice(checkPath, 0, separatorIndex);
    if (StringPrototypeEndsWith(checkPath, `${sep}node_modules`)) {
      return false;
    }
    const data = read(`${checkPath}${sep}package.json`);
    if (data !== undefined) return { data, path: checkPath };
  } while (separatorIndex > 0);
  return false;
}

module.exports = { read, readPackageScope };
