'use strict';

// Node's explanations added to V8's errors about ES modules: a missing
// named export of a CommonJS module, and CommonJS globals (require,
// __dirname...) used in an ES module.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypeSlice,
  JSONStringify,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeEndsWith,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  encodeURIComponent,
} = primordials;

const kCommonJSGlobals = [
  'require', 'module', 'exports', '__filename', '__dirname',
];

// `error` came from evaluating the module graph of `url`.
function explainCommonJSGlobal(error, url) {
  if (error === null || typeof error !== 'object' ||
      error.name !== 'ReferenceError' || typeof error.message !== 'string') {
    return;
  }
  const match = RegExpPrototypeExec(/^(\S+) is not defined$/, error.message);
  if (match === null || !ArrayPrototypeIncludes(kCommonJSGlobals, match[1])) {
    return;
  }
  let message = `${error.message} in ES module scope`;
  if (match[1] === 'require') message += ', you can use import instead';
  if (StringPrototypeStartsWith(url, 'file://') &&
      RegExpPrototypeExec(/\.js(\?[^#]*)?(#.*)?$/, url) !== null) {
    const { fileURLToPath } = require('internal/url');
    const scope = require('internal/modules/package_json_reader')
      .readPackageScope(fileURLToPath(new URL(url)));
    if (scope && scope.data.type === 'module') {
      message += '\nThis file is being treated as an ES module because it ' +
        `has a '.js' file extension and '${scope.path}/package.json' ` +
        'contains "type": "module". To treat it as a CommonJS script, ' +
        "rename it to use the '.cjs' file extension.";
    }
  }
  error.message = message;
}

const kMissing = /module '(.*)' does not provide an export named '(.+)'$/;

// `error` came from instantiating a graph; `formatOf(specifier, parentURL)`
// names the format of what the specifier resolves to.
function explainMissingCommonJSExport(error, formatOf) {
  if (error === null || typeof error !== 'object' ||
      typeof error.stack !== 'string' || typeof error.message !== 'string') {
    return;
  }
  const match = RegExpPrototypeExec(kMissing, error.message);
  if (match === null) return;
  const { 1: specifier, 2: name } = match;
  // The decorated stack: 'url:line', the source line, the arrow, then
  // 'SyntaxError: message'.
  const lines = StringPrototypeSplit(error.stack, '\n');
  const parentURL = RegExpPrototypeSymbolReplace(/:\d+$/, lines[0], '');
  let format;
  try {
    format = formatOf(specifier, parentURL);
  } catch {
    return;
  }
  if (format !== 'commonjs') return;
  const named = RegExpPrototypeExec(/{.*}/, lines[1] ?? '');
  const example = named === null ? '' :
    `const ${RegExpPrototypeSymbolReplace(/\s+as\s+/g, named[0], ': ')} = pkg;\n`;
  const message = `Named export '${name}' not found. The requested module ` +
    `'${specifier}' is a CommonJS module, which may not support all ` +
    'module.exports as named exports.\nCommonJS modules can always be ' +
    'imported via the default export, for example using:\n\n' +
    `import pkg from '${specifier}';\n${example}`;
  let header = 0;
  while (header < lines.length &&
         !StringPrototypeStartsWith(lines[header], 'SyntaxError:')) {
    header++;
  }
  error.message = message;
  if (header < lines.length) {
    error.stack = ArrayPrototypeJoin([
      ...ArrayPrototypeSlice(lines, 0, header),
      `SyntaxError: ${message}`,
      ...ArrayPrototypeSlice(lines, header + 1),
    ], '\n');
  }
}

// A module ESM resolution did not find, but require() would have (an
// extension or index.js left out): the error suggests the specifier that
// works, relative to the importer or within its package.
function suggestCommonJSResolution(error, specifier, parentURL) {
  // Resolution may pass through here twice with the same error; package
  // imports ('#x') resolve the same way in both loaders.
  if (specifier[0] === '#' ||
      RegExpPrototypeExec(/\nDid you mean to import /, error.message) !== null) {
    return;
  }
  const path = require('path');
  const { fileURLToPath, pathToFileURL } = require('internal/url');
  if (StringPrototypeStartsWith(specifier, 'file://')) {
    specifier = fileURLToPath(specifier);
  }
  let found;
  try {
    const { Module } = require('internal/modules/cjs/loader');
    const parentPath = fileURLToPath(parentURL);
    const parent = new Module(parentPath, null);
    parent.filename = parentPath;
    // A directory URL (the entry point's base) is itself where to look.
    const parentDir = StringPrototypeEndsWith(parentURL, '/') ?
      parentPath : path.dirname(parentPath);
    if (parentDir === parentPath) parent.filename = path.join(parentDir, 'x');
    parent.paths = Module._nodeModulePaths(parentDir);
    found = Module._resolveFilename(specifier, parent, false);
  } catch {
    return;
  }
  if (specifier[0] === '.' || specifier[0] === '/') {
    if (specifier[0] === '.') {
      const from = StringPrototypeSlice(
        parentURL, 'file://'.length, StringPrototypeLastIndexOf(parentURL, '/'));
      found = path.posix.relative(from, pathToFileURL(found).pathname);
      if (!StringPrototypeStartsWith(found, '../')) found = `./${found}`;
    }
  } else {
    const slash = StringPrototypeIndexOf(specifier, '/');
    let name = slash === -1 ? specifier :
      StringPrototypeSlice(specifier, 0, slash);
    if (name[0] === '@') {
      const next = StringPrototypeIndexOf(specifier, '/', slash + 1);
      name = next === -1 ? specifier : StringPrototypeSlice(specifier, 0, next);
    }
    const needle = `/node_modules/${name}/`;
    const at = StringPrototypeLastIndexOf(found, needle);
    if (at === -1) {
      found = pathToFileURL(found).href;
    } else {
      const parts = StringPrototypeSplit(
        StringPrototypeSlice(found, at + needle.length), '/');
      for (let i = 0; i < parts.length; i++) {
        parts[i] = encodeURIComponent(parts[i]);
      }
      found = `${name}/${ArrayPrototypeJoin(parts, '/')}`;
    }
  }
  if (found === specifier) return;
  const hint = `Did you mean to import ${JSONStringify(found)}?`;
  // The stack first: V8 formats it on first access, from the message of
  // that moment.
  const stack = error.stack;
  error.message += `\n${hint}`;
  if (typeof stack === 'string') {
    const lines = StringPrototypeSplit(stack, '\n');
    error.stack = ArrayPrototypeJoin(
      [lines[0], hint, ...ArrayPrototypeSlice(lines, 1)], '\n');
  }
}

module.exports = {
  explainCommonJSGlobal,
  explainMissingCommonJSExport,
  suggestCommonJSResolution,
};
