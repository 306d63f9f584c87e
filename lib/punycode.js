'use strict';
// The deprecated `punycode` module (the API of punycode.js 2.1.0): encode,
// decode, toASCII, toUnicode and the ucs2 helpers. Like node 20 it warns
// (DEP0040) only under --pending-deprecation.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeIncludes,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  TypeError,
} = primordials;

const punycode = require('internal/url/punycode');

function pendingDeprecation() {
  return ArrayPrototypeIncludes(process.execArgv, '--pending-deprecation') ||
    StringPrototypeIncludes(process.env.NODE_OPTIONS || '', '--pending-deprecation') ||
    process.env.NODE_PENDING_DEPRECATION === '1';
}

if (pendingDeprecation()) {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland ' +
    'alternative instead.',
    'DeprecationWarning',
    'DEP0040',
  );
}

// Applies `fn` to each label of a domain (or of the domain part of an
// email address), the four Unicode full stops all separating labels.
function mapDomain(domain, fn) {
  if (typeof domain !== 'string') {
    // punycode.js calls domain.split(): anything else fails there.
    throw new TypeError('domain.split is not a function');
  }
  const parts = StringPrototypeSplit(domain, '@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    domain = parts[1];
  }
  domain = RegExpPrototypeSymbolReplace(/[\x2E\u3002\uFF0E\uFF61]/g, domain, '.');
  const labels = StringPrototypeSplit(domain, '.');
  return result + ArrayPrototypeJoin(ArrayPrototypeMap(labels, (label) => fn(label)), '.');
}

function toASCII(input) {
  return mapDomain(input, (label) =>
    (RegExpPrototypeExec(/[^\0-\x7F]/, label) !== null ?
      `xn--${punycode.encode(label)}` : label));
}

function toUnicode(input) {
  return mapDomain(input, (label) =>
    (RegExpPrototypeExec(/^xn--/, label) !== null ?
      punycode.decode(StringPrototypeToLowerCase(StringPrototypeSlice(label, 4))) :
      label));
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: punycode.ucs2decode,
    encode: (codePoints) => punycode.ucs2encode(codePoints),
  },
  decode: punycode.decode,
  encode: punycode.encode,
  toASCII,
  toUnicode,
};
