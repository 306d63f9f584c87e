'use strict';

// Import attributes (`with { type: 'json' }`, or the older `assert`): which
// a module's format requires and which are supported, as node 20 checks
// them.

const {
  ObjectKeys,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
} = primordials;

const {
  codes: {
    ERR_IMPORT_ASSERTION_TYPE_FAILED,
    ERR_IMPORT_ASSERTION_TYPE_MISSING,
    ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
    ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
  },
} = require('internal/errors');

// The `type` each format needs (undefined: none may be given).
const formatType = {
  '__proto__': null,
  'builtin': undefined,
  'commonjs': undefined,
  'json': 'json',
  'module': undefined,
};

// Keys other than `type` are refused before the module's format is known.
function checkAttributeKeys(attributes) {
  if (attributes === undefined) return;
  const keys = ObjectKeys(attributes);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== 'type') {
      throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(keys[i], attributes[keys[i]]);
    }
  }
}

function validateAttributes(url, format, attributes) {
  const type = attributes?.type;
  checkAttributeKeys(attributes);
  const validType = formatType[format];
  if (type === validType) return;
  if (validType !== undefined && type === undefined) {
    throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, validType);
  }
  if (type !== 'json') throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
}

function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// V8 11 warns when a static import uses `assert`; this V8 parses both
// keywords alike, so look at the source before the attributes' brace.
function warnAssertSyntax(url, source, offset) {
  let i = offset - 1;
  while (i >= 0 && isSpace(StringPrototypeCharCodeAt(source, i))) i--;
  if (StringPrototypeCharCodeAt(source, i) !== 123 /* { */) return;
  i--;
  while (i >= 0 && isSpace(StringPrototypeCharCodeAt(source, i))) i--;
  if (i < 5 || StringPrototypeSlice(source, i - 5, i + 1) !== 'assert') return;
  let line = 1;
  for (let j = 0; j < i; j++) {
    if (StringPrototypeCharCodeAt(source, j) === 10) line++;
  }
  process.emitWarning(`${url}:${line} 'assert' is deprecated in import ` +
    'statements and support will be removed in a future version; use ' +
    "'with' instead", 'V8');
}

module.exports = { checkAttributeKeys, validateAttributes, warnAssertSyntax };
