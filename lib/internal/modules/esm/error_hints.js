'use strict';

// Node's explanations added to V8's errors about ES modules: a missing
// named export of a CommonJS module, and CommonJS globals (require,
// __dirname...) used in an ES module.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypeSlice,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
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

module.exports = { explainCommonJSGlobal, explainMissingCommonJSExport };
