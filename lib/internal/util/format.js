'use strict';

// util.format() and util.formatWithOptions(): printf-like placeholders
// (%s %d %i %f %j %o %O %c %%) filled from the arguments, the arguments left
// over appended after a space, each through util.inspect() unless a string.

const {
  JSONStringify,
  Number,
  NumberParseFloat,
  NumberParseInt,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeSplit,
  SymbolToPrimitive,
} = primordials;

const { getProxyDetails } = internalBinding('util');
const { formatBigInt, formatNumber } = require('internal/util/inspect_primitives');
const {
  kValidateObjectAllowArray,
  validateObject,
} = require('internal/validators');

// internal/util/inspect loads this file: reach it once both are loaded.
let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));

const noColor = (str) => str;

function numberText(number, options) {
  return formatNumber(noColor, number,
                      options?.numericSeparator ??
                        lazyInspect().inspectDefaultOptions.numericSeparator);
}

function bigintText(bigint, options) {
  return formatBigInt(noColor, bigint,
                      options?.numericSeparator ??
                        lazyInspect().inspectDefaultOptions.numericSeparator);
}

const returnFalse = () => false;

// Whether %s should inspect `value` rather than call its toString: true
// unless a user-defined toString or Symbol.toPrimitive would be used.
function hasBuiltInToString(value) {
  // Look at a proxy's target, without running traps.
  const target = getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }

  let hasOwnToString = ObjectPrototypeHasOwnProperty;
  let hasOwnToPrimitive = ObjectPrototypeHasOwnProperty;
  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') return true;
    if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) return false;
    hasOwnToString = returnFalse;
  } else if (ObjectPrototypeHasOwnProperty(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    hasOwnToPrimitive = returnFalse;
  } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
    return false;
  }

  // The prototype that provides the method decides.
  let holder = value;
  do {
    holder = ObjectGetPrototypeOf(holder);
  } while (!hasOwnToString(holder, 'toString') &&
           !hasOwnToPrimitive(holder, SymbolToPrimitive));
  const descriptor = ObjectGetOwnPropertyDescriptor(holder, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    lazyInspect().builtInObjects.has(descriptor.value.name);
}

const firstLine = (error) => StringPrototypeSplit(error.message, '\n', 1)[0];
let circularMessage;

// %j: JSON, or '[Circular]' for circular structures.
function tryStringify(value) {
  try {
    return JSONStringify(value);
  } catch (err) {
    if (circularMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularMessage = firstLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstLine(err) === circularMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

// The text for placeholder `code` (a char code) from `arg`.
function placeholderText(code, arg, inspectOptions) {
  const { inspect } = lazyInspect();
  switch (code) {
    case 115: // 's'
      if (typeof arg === 'number') return numberText(arg, inspectOptions);
      if (typeof arg === 'bigint') return bigintText(arg, inspectOptions);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
        return String(arg);
      }
      return inspect(arg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      if (typeof arg === 'bigint') return bigintText(arg, inspectOptions);
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(Number(arg), inspectOptions);
    case 79: // 'O'
      return inspect(arg, inspectOptions);
    case 111: // 'o'
      return inspect(arg, {
        ...inspectOptions, showHidden: true, showProxy: true, depth: 4,
      });
    case 105: // 'i'
      if (typeof arg === 'bigint') return bigintText(arg, inspectOptions);
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(NumberParseInt(arg), inspectOptions);
    case 102: // 'f'
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(NumberParseFloat(arg), inspectOptions);
    default: // 'c': CSS has no meaning in a terminal.
      return '';
  }
}

function isPlaceholder(code) {
  // s j d O o i f c
  return code === 115 || code === 106 || code === 100 || code === 79 ||
    code === 111 || code === 105 || code === 102 || code === 99;
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (StringPrototypeCharCodeAt(first, i) !== 37) continue; // '%'
      const next = StringPrototypeCharCodeAt(first, ++i);
      if (a + 1 !== args.length) {
        if (next === 37) { // '%%'
          str += StringPrototypeSlice(first, lastPos, i);
          lastPos = i + 1;
        } else if (isPlaceholder(next)) {
          const text = placeholderText(next, args[++a], inspectOptions);
          if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
          str += text;
          lastPos = i + 1;
        }
      } else if (next === 37) {
        str += StringPrototypeSlice(first, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
    }
  }

  const { inspect } = lazyInspect();
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = {
  format,
  formatWithOptions,
  // For tests and util.format's callers that already hold an argument list.
  formatWithOptionsInternal,
  hasBuiltInToString,
};
