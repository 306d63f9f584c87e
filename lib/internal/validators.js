'use strict';

// Argument validation at the API edge: each validator throws node's coded
// error (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ...) with node's message,
// and its stack starts at the caller of the validator (hideStackFrames).

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  NumberIsFinite,
  NumberIsInteger,
  NumberIsNaN,
  NumberMAX_SAFE_INTEGER,
  NumberMIN_SAFE_INTEGER,
  NumberParseInt,
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeExec,
  String,
  StringPrototypeToUpperCase,
  StringPrototypeTrim,
} = primordials;

const {
  hideStackFrames,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const { normalizeEncoding } = require('internal/util');
const { isAsyncFunction } = internalBinding('types');
const { isArrayBufferView } = require('internal/util/types');

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

// Shared by the integer validators: a number, an integer, within [min, max].
function checkInteger(value, name, min, max) {
  if (typeof value !== 'number') {
    throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  }
  if (!NumberIsInteger(value)) {
    throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

const validateInteger = hideStackFrames(
  (value, name, min = NumberMIN_SAFE_INTEGER, max = NumberMAX_SAFE_INTEGER) => {
    checkInteger(value, name, min, max);
  });

const validateInt32 = hideStackFrames(
  (value, name, min = -2147483648, max = 2147483647) => {
    checkInteger(value, name, min, max);
  });

const validateUint32 = hideStackFrames((value, name, positive = false) => {
  checkInteger(value, name, positive ? 1 : 0, 4294967295);
});

const octalRegExp = /^[0-7]+$/;

// A file mode given as a uint32 or an octal string ('644'); `def` if nullish.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (RegExpPrototypeExec(octalRegExp, value) === null) {
      throw new ERR_INVALID_ARG_VALUE(
        name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = NumberParseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

const validateString = hideStackFrames((value, name) => {
  if (typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
});

// min and max are optional; with either, NaN is out of range.
const validateNumber = hideStackFrames((value, name, min = undefined, max) => {
  if (typeof value !== 'number') {
    throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  }
  const hasMin = min != null;
  const hasMax = max != null;
  if ((hasMin && value < min) || (hasMax && value > max) ||
      ((hasMin || hasMax) && NumberIsNaN(value))) {
    let range = hasMin ? `>= ${min}` : '';
    if (hasMin && hasMax) range += ' && ';
    if (hasMax) range += `<= ${max}`;
    throw new ERR_OUT_OF_RANGE(name, range, value);
  }
});

const validateOneOf = hideStackFrames((value, name, oneOf) => {
  if (!ArrayPrototypeIncludes(oneOf, value)) {
    const allowed = ArrayPrototypeJoin(ArrayPrototypeMap(oneOf, (v) =>
      (typeof v === 'string' ? `'${v}'` : String(v))), ', ');
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
  }
});

const validateBoolean = hideStackFrames((value, name) => {
  if (typeof value !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
  }
});

// Flags for validateObject.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1;
const kValidateObjectAllowArray = 2;
const kValidateObjectAllowFunction = 4;
const kValidateObjectAllowObjects =
  kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull =
  kValidateObjectAllowObjects | kValidateObjectAllowNullable;

// An object; arrays, functions and null only when `options` allows them.
const validateObject = hideStackFrames(
  (value, name, options = kValidateObjectNone) => {
    const allowNull = (options & kValidateObjectAllowNullable) !== 0;
    const allowArray = (options & kValidateObjectAllowArray) !== 0;
    const allowFunction = (options & kValidateObjectAllowFunction) !== 0;
    const type = typeof value;
    if ((value === null && !allowNull) ||
        (!allowArray && ArrayIsArray(value)) ||
        (type !== 'object' && (type !== 'function' || !allowFunction))) {
      throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
  });

// WebIDL dictionary: undefined, null or any object.
const validateDictionary = hideStackFrames((value, name) => {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
});

const validateArray = hideStackFrames((value, name, minLength = 0) => {
  if (!ArrayIsArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  }
  if (value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value,
                                    `must be longer than ${minLength}`);
  }
});

const validateStringArray = hideStackFrames((value, name) => {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
    }
  }
});

const validateBooleanArray = hideStackFrames((value, name) => {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== true && value[i] !== false) {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'boolean', value[i]);
    }
  }
});

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    const indexedName = `${name}[${i}]`;
    if (value[i] == null) {
      throw new ERR_INVALID_ARG_TYPE(indexedName, 'AbortSignal', value[i]);
    }
    validateAbortSignal(value[i], indexedName);
  }
}

// 'SIGTERM' and friends, by the names of internalBinding('constants').os.
const validateSignalName = hideStackFrames((signal, name = 'signal') => {
  validateString(signal, name);
  const { signals } = internalBinding('constants').os;
  if (signals[signal] === undefined) {
    if (signals[StringPrototypeToUpperCase(signal)] !== undefined) {
      throw new ERR_UNKNOWN_SIGNAL(
        `${signal} (signals must use all capital letters)`);
    }
    throw new ERR_UNKNOWN_SIGNAL(signal);
  }
});

const validateBuffer = hideStackFrames((buffer, name = 'buffer') => {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'],
                                   buffer);
  }
});

// Hex data must have an even length.
const validateEncoding = hideStackFrames((data, encoding) => {
  const length = data.length;
  if (normalizeEncoding(encoding) === 'hex' && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding,
                                    `is invalid for data of length ${length}`);
  }
});

// A port number (or numeric string) in [0, 65535]; returns it as a number.
const validatePort = hideStackFrames((port, name = 'Port', allowZero = true) => {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && StringPrototypeTrim(port).length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
});

// undefined, or an object that looks like an AbortSignal.
const validateAbortSignal = hideStackFrames((signal, name) => {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
});

const validateFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
});

// A function that is not async.
const validatePlainFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function' || isAsyncFunction(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
});

const validateUndefined = hideStackFrames((value, name) => {
  if (value !== undefined) {
    throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
  }
});

function validateUnion(value, name, union) {
  if (!ArrayPrototypeIncludes(union, value)) {
    throw new ERR_INVALID_ARG_TYPE(
      name, `('${ArrayPrototypeJoin(union, '|')}')`, value);
  }
}

// RFC 8288 link-value: <uri-reference> followed by ;-separated params.
const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const linkFormatReason =
  'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function checkLinkHeaderFormat(value, name) {
  if (typeof value === 'undefined' ||
      RegExpPrototypeExec(linkValueRegExp, value) === null) {
    throw new ERR_INVALID_ARG_VALUE(name, value, linkFormatReason);
  }
}

// Early Hints `link` values: a string or an array of strings, joined by ', '.
const validateLinkHeaderValue = hideStackFrames((hints) => {
  if (typeof hints === 'string') {
    checkLinkHeaderFormat(hints, 'hints');
    return hints;
  }
  if (ArrayIsArray(hints)) {
    let result = '';
    for (let i = 0; i < hints.length; i++) {
      checkLinkHeaderFormat(hints[i], 'hints');
      if (i !== 0) result += ', ';
      result += hints[i];
    }
    return result;
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, linkFormatReason);
});

// `this` carries the private field `fieldKey` of `className`.
const validateInternalField = hideStackFrames((object, fieldKey, className) => {
  if (typeof object !== 'object' || object === null ||
      !ObjectPrototypeHasOwnProperty(object, fieldKey)) {
    throw new ERR_INVALID_ARG_TYPE('this', className, object);
  }
});

// true for a finite number, false for undefined or NaN; throws otherwise.
const validateFiniteNumber = hideStackFrames((number, name) => {
  if (number === undefined) return false;
  if (NumberIsFinite(number)) return true;
  if (NumberIsNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
});

const checkRangesOrGetDefault = hideStackFrames(
  (number, name, lower, upper, def) => {
    if (!validateFiniteNumber(number, name)) return def;
    if (number < lower || number > upper) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
    }
    return number;
  });

module.exports = {
  checkRangesOrGetDefault,
  isInt32,
  isUint32,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  kValidateObjectNone,
  parseFileMode,
  validateAbortSignal,
  validateAbortSignalArray,
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFiniteNumber,
  validateFunction,
  validateInt32,
  validateInteger,
  validateInternalField,
  validateLinkHeaderValue,
  validateNumber,
  validateObject,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringArray,
  validateUint32,
  validateUndefined,
  validateUnion,
};
