'use strict';

// When an ES module imports a name a CommonJS module does not export, V8
// says only that the name is missing. Node rewrites the SyntaxError to
// explain that CommonJS exports are found by static analysis, with the
// default-import form to use instead (for imports written on one line).

const {
  ArrayPrototypeJoin,
  ArrayPrototypeSlice,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

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

module.exports = { explainMissingCommonJSExport };
