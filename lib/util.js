'use strict';

// The public `util` module: format and inspect, inherits, deprecate,
// promisify and callbackify, debuglog, parseArgs, styleText, system error
// names, util.types and the legacy util.isX checks still present in node 20.

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  Date,
  DatePrototypeGetDate,
  DatePrototypeGetHours,
  DatePrototypeGetMinutes,
  DatePrototypeGetMonth,
  DatePrototypeGetSeconds,
  Error,
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  NumberIsSafeInteger,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptors,
  ObjectKeys,
  ObjectPrototypeToString,
  ObjectSetPrototypeOf,
  ObjectValues,
  ReflectApply,
  StringPrototypePadStart,
} = primordials;

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
  captureStackTrace,
  ErrnoException,
  ExceptionWithHostPort,
  isErrorStackTraceLimitWritable,
} = require('internal/errors');
const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const { debuglog } = require('internal/util/debuglog');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');
const types = require('internal/util/types');
const {
  defineLazyProperties,
  deprecate,
  getSystemErrorMap,
  getSystemErrorName: systemErrorName,
  promisify,
  toUSVString,
} = require('internal/util');

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return ObjectPrototypeToString(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// Sets up prototype inheritance the pre-ES2015 way.
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object',
                                   superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Copies the own enumerable properties of `source` onto `target`.
function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// A rejection with a falsy reason reaches the callback as an error that
// keeps the reason, so that it cannot be mistaken for success.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    reason = new ERR_FALSY_VALUE_REJECTION.HideStackFramesError(reason);
    captureStackTrace(reason, callbackifyOnRejected);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  // The promise is not returned: callback errors must not reject it.
  function callbackified(...args) {
    const maybeCb = ArrayPrototypePop(args);
    validateFunction(maybeCb, 'last argument');
    const cb = FunctionPrototypeBind(maybeCb, this);
    // Callbacks run on the next tick, as node-style callbacks do. Any
    // thenable will do: its own then() is called.
    ReflectApply(original, this, args).then(
      (value) => process.nextTick(cb, null, value),
      (reason) => process.nextTick(callbackifyOnRejected, reason, cb));
  }

  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  // length and name may have been redefined as something else.
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const list = ObjectValues(descriptors);
  for (let i = 0; i < list.length; i++) ObjectSetPrototypeOf(list[i], null);
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !NumberIsSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return systemErrorName(err);
}

// An error made without frames of its own: the stack starts at the caller.
function withCallerStack(Ctor, args, callee) {
  if (!isErrorStackTraceLimitWritable()) return new Ctor(...args);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Ctor(...args);
  Error.stackTraceLimit = limit;
  ErrorCaptureStackTrace(err, callee);
  return err;
}

// As in node, the frames are cut at _exceptionWithHostPort, which is not on
// the stack here: the error has none.
function _errnoException(...args) {
  return withCallerStack(ErrnoException, args, _exceptionWithHostPort);
}

function _exceptionWithHostPort(...args) {
  return withCallerStack(ExceptionWithHostPort, args, _exceptionWithHostPort);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
                'Oct', 'Nov', 'Dec'];

function pad(n) {
  return StringPrototypePadStart(`${n}`, 2, '0');
}

// '26 Feb 16:19:34'
function timestamp() {
  const d = new Date();
  const time = ArrayPrototypeJoin([pad(DatePrototypeGetHours(d)),
                                   pad(DatePrototypeGetMinutes(d)),
                                   pad(DatePrototypeGetSeconds(d))], ':');
  return `${DatePrototypeGetDate(d)} ${months[DatePrototypeGetMonth(d)]} ${time}`;
}

function log(...args) {
  process.stdout.write(`${timestamp()} - ${format(...args)}\n`);
}

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

// Readable or writable: a node stream or a web stream.
function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (typeof stream.pipe === 'function' && typeof stream.on === 'function') return true;
  if (typeof stream.write === 'function' && typeof stream.on === 'function') return true;
  if (stream._readableState || stream._writableState) return true;
  return typeof stream.getReader === 'function' || typeof stream.getWriter === 'function';
}

// Wraps `text` in the ANSI codes of `format` (a key of inspect.colors, or a
// list of them); with validateStream, only when `stream` shows colours.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isStreamLike(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                   stream);
  }

  if (ArrayIsArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = inspect.colors[key];
      if (codes == null) validateOneOf(key, 'format', ObjectKeys(inspect.colors));
      left += escapeStyleCode(codes[0]);
      right = `${escapeStyleCode(codes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }

  const codes = inspect.colors[format];
  if (codes == null) validateOneOf(format, 'format', ObjectKeys(inspect.colors));
  if (validateStream &&
      (!stream || !require('internal/util/colors').shouldColorize(stream))) {
    return text;
  }
  return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
}

// Parses the text of a .env file into an object. The parser is native
// (internalBinding('util').parseEnv, as in node).
function parseEnv(content) {
  validateString(content, 'content');
  return internalBinding('util').parseEnv(content);
}

let isDeepStrictEqualImpl;
let abortController;
const lazyAbortController = () => (abortController ??= require('internal/abort_controller'));

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: ArrayIsArray,
  isBoolean,
  // Buffer.isBuffer, loaded on first use (then a plain data property).
  get isBuffer() {
    const { isBuffer } = require('buffer').Buffer;
    setDataProperty('isBuffer', isBuffer);
    return isBuffer;
  },
  set isBuffer(value) {
    setDataProperty('isBuffer', value);
  },
  isDeepStrictEqual(a, b) {
    isDeepStrictEqualImpl ??= require('internal/util/comparisons').isDeepStrictEqual;
    return isDeepStrictEqualImpl(a, b);
  },
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  get transferableAbortSignal() {
    return lazyAbortController().transferableAbortSignal;
  },
  get transferableAbortController() {
    return lazyAbortController().transferableAbortController;
  },
  get aborted() {
    return lazyAbortController().aborted;
  },
  types,
  parseEnv,
};

function setDataProperty(key, value) {
  ObjectDefineProperty(module.exports, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

defineLazyProperties(module.exports, 'internal/util/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);
// (internal/encoding and internal/mime are not written yet: until they are,
// reading those four properties throws.)
