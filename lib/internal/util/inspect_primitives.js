'use strict';

// How util.inspect() writes primitives: quoted and escaped strings (split
// into `+`-joined lines when long), numbers with -0 and numeric separators,
// bigints, booleans, undefined and symbols.

const {
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  MathTrunc,
  NumberIsFinite,
  NumberIsNaN,
  NumberPrototypeToString,
  ObjectIs,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  RegExpPrototypeSymbolSplit,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  SymbolPrototypeToString,
} = primordials;

// Escapes for U+0000..U+009F; '' where the character stays as it is.
const escapes = [];
for (let code = 0; code < 0xA0; code++) {
  let escaped = '';
  if (code < 0x20 || code >= 0x7F) {
    const hex = NumberPrototypeToString(code, 16).toUpperCase();
    escaped = `\\x${code < 0x10 ? '0' : ''}${hex}`;
  }
  escapes[code] = escaped;
}
escapes[0x08] = '\\b';
escapes[0x09] = '\\t';
escapes[0x0A] = '\\n';
escapes[0x0C] = '\\f';
escapes[0x0D] = '\\r';
escapes[0x27] = "\\'";
escapes[0x5C] = '\\\\';

// Characters that need escaping: C0 and C1 controls, the quote in use, the
// backslash and lone surrogates.
/* eslint-disable no-control-regex */
const needsEscapeWithQuote =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllWithQuote =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const needsEscape =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAll =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

// Property names printed without quotes.
const identifierRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

const kSingleQuote = 39;
const kDoubleQuote = -1;
const kBacktick = -2;

function escapeChar(char) {
  const code = StringPrototypeCharCodeAt(char);
  return code < escapes.length ? escapes[code] : `\\u${NumberPrototypeToString(code, 16)}`;
}

function quote(str, quoteKind) {
  if (quoteKind === kDoubleQuote) return `"${str}"`;
  if (quoteKind === kBacktick) return `\`${str}\``;
  return `'${str}'`;
}

// Single quotes unless the string holds one: then double quotes, else
// backticks (when it has neither ` nor ${), else escaped single quotes.
function strEscape(str) {
  let quoteKind = kSingleQuote;
  let test = needsEscapeWithQuote;
  let replace = escapeAllWithQuote;
  if (StringPrototypeIncludes(str, "'")) {
    if (!StringPrototypeIncludes(str, '"')) {
      quoteKind = kDoubleQuote;
    } else if (!StringPrototypeIncludes(str, '`') &&
               !StringPrototypeIncludes(str, '${')) {
      quoteKind = kBacktick;
    }
    if (quoteKind !== kSingleQuote) {
      test = needsEscape;
      replace = escapeAll;
    }
  }

  if (str.length < 5000 && RegExpPrototypeExec(test, str) === null) {
    return quote(str, quoteKind);
  }
  if (str.length > 100) {
    return quote(RegExpPrototypeSymbolReplace(replace, str, escapeChar), quoteKind);
  }

  // Short strings: one pass without a regexp.
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code === quoteKind || code === 92 || code < 32 ||
        (code > 126 && code < 160)) {
      result += `${StringPrototypeSlice(str, last, i)}${escapes[code]}`;
      last = i + 1;
    } else if (code >= 0xD800 && code <= 0xDFFF) {
      if (code <= 0xDBFF && i + 1 < str.length) {
        const next = StringPrototypeCharCodeAt(str, i + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          i++;
          continue;
        }
      }
      result += `${StringPrototypeSlice(str, last, i)}\\u${NumberPrototypeToString(code, 16)}`;
      last = i + 1;
    }
  }
  if (last !== str.length) result += StringPrototypeSlice(str, last);
  return quote(result, quoteKind);
}

// A symbol's or a non-identifier key's text with controls escaped.
function escapeKeyText(text) {
  return RegExpPrototypeSymbolReplace(escapeAllWithQuote, text, escapeChar);
}

// '1234567' -> '1_234_567'; a leading '-' is kept apart.
function groupIntegerDigits(digits) {
  const start = digits[0] === '-' ? 1 : 0;
  let i = digits.length;
  let grouped = '';
  for (; i >= start + 4; i -= 3) {
    grouped = `_${StringPrototypeSlice(digits, i - 3, i)}${grouped}`;
  }
  return i === digits.length ? digits : `${StringPrototypeSlice(digits, 0, i)}${grouped}`;
}

// '1234567' (fraction digits) -> '123_456_7'.
function groupFractionDigits(digits) {
  let grouped = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) {
    grouped += `${StringPrototypeSlice(digits, i, i + 3)}_`;
  }
  return i === 0 ? digits : `${grouped}${StringPrototypeSlice(digits, i)}`;
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    return stylize(ObjectIs(number, -0) ? '-0' : `${number}`, 'number');
  }
  const text = String(number);
  if (MathTrunc(number) === number) {
    if (!NumberIsFinite(number) || StringPrototypeIncludes(text, 'e')) {
      return stylize(text, 'number');
    }
    return stylize(groupIntegerDigits(text), 'number');
  }
  if (NumberIsNaN(number)) return stylize(text, 'number');
  const dot = StringPrototypeIndexOf(text, '.');
  return stylize(`${groupIntegerDigits(StringPrototypeSlice(text, 0, dot))}.` +
    `${groupFractionDigits(StringPrototypeSlice(text, dot + 1))}`, 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const text = String(bigint);
  return stylize(`${numericSeparator ? groupIntegerDigits(text) : text}n`, 'bigint');
}

// Strings shorter than this are never split over lines.
const kMinLineLength = 16;

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long strings are split after each newline (widths are not measured:
      // counting columns of every string would be slow).
      if (ctx.compact !== true &&
          value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = RegExpPrototypeSymbolSplit(/(?<=\n)/, value);
        return ArrayPrototypeJoin(
          ArrayPrototypeMap(lines, (line) => stylize(strEscape(line), 'string')),
          ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`) + trailer;
      }
      return stylize(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      return stylize(SymbolPrototypeToString(value), 'symbol');
  }
}

function stylizeNoColor(str) {
  return str;
}

module.exports = {
  escapeKeyText,
  formatBigInt,
  formatNumber,
  formatPrimitive,
  groupIntegerDigits,
  identifierRegExp,
  strEscape,
  stylizeNoColor,
};
