'use strict';

// The one place where the core library makes errors: the `E()` registry of
// node's coded errors (`codes.ERR_*`, filled by internal/errors/codes), the
// stack-trace header `TypeError [ERR_X]: msg`, and small helpers. System
// errors built from a libuv errno (`uvException`...) are in
// internal/errors/system and exported from here too.

const {
  AggregateError,
  ArrayIsArray,
  ArrayPrototypeFilter,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeUnshift,
  Error,
  ErrorCaptureStackTrace,
  ErrorPrototypeToString,
  FunctionPrototypeToString,
  JSONStringify,
  Object,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectIsExtensible,
  ObjectPrototypeHasOwnProperty,
  ReflectApply,
  ReflectConstruct,
  RegExpPrototypeExec,
  SafeArrayIterator,
  SafeMap,
  SafeWeakMap,
  String,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  Symbol,
  SymbolPrototypeToString,
  SymbolToStringTag,
} = primordials;

const types = internalBinding('types');

const kIsNodeError = Symbol('kIsNodeError');
// Captured before user code runs, to recognise the built-in toString.
const objectToString = Object.prototype.toString;

// code -> message: a string (with util.format placeholders) or a function
// called with the error as `this` and the constructor's arguments.
const messages = new SafeMap();
const codes = {};

let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));

// --- Stack trace header ------------------------------------------------------
//
// Node shows coded errors as `TypeError [ERR_X]: msg` in the first line of
// `err.stack`. The runtime installs `prepareStackTraceCallback` with
// `Isolate::SetPrepareStackTraceCallback` (doc/builtins.md); it also serves
// `Error.prepareStackTrace`. Until it runs (or if it never is installed) the
// header is produced by renaming the error while V8 formats its stack.

const overrideStackTrace = new SafeWeakMap();
let stackCallbackSeen = false;
let headerByRename;
let probing = false;

function defaultPrepareStackTrace(error, trace) {
  const header = kIsNodeError in error ?
    `${error.name} [${error.code}]: ${error.message}` :
    ErrorPrototypeToString(error);
  if (trace.length === 0) return header;
  return `${header}\n    at ${ArrayPrototypeJoin(trace, '\n    at ')}`;
}

let internalPrepareStackTrace = defaultPrepareStackTrace;

function setInternalPrepareStackTrace(callback) {
  internalPrepareStackTrace = callback;
}

// The default value of Error.prepareStackTrace (the runtime installs it, as
// a writable non-enumerable property, at bootstrap).
function ErrorPrepareStackTrace(error, trace) {
  stackCallbackSeen = true;
  return internalPrepareStackTrace(error, trace);
}

function prepareStackTraceCallback(realmGlobal, error, trace) {
  stackCallbackSeen = true;
  if (probing) return '';
  const override = overrideStackTrace.get(error);
  if (override !== undefined) {
    overrideStackTrace.delete(error);
    return override(error, trace);
  }
  // V8 does not call Error.prepareStackTrace once an embedder callback is
  // installed: honour it here, the error's realm first.
  const realmError = realmGlobal?.Error;
  if (typeof realmError?.prepareStackTrace === 'function') {
    return realmError.prepareStackTrace(error, trace);
  }
  if (typeof Error.prepareStackTrace === 'function') {
    return Error.prepareStackTrace(error, trace);
  }
  return internalPrepareStackTrace(error, trace);
}

// Whether our callback formats stacks; found out once, by a probe error
// (undecided while stack traces are switched off).
function needsHeaderByRename() {
  if (headerByRename === undefined) {
    let stack;
    probing = true;
    try {
      stack = new Error().stack;
    } finally {
      probing = false;
    }
    if (stack === undefined) return !stackCallbackSeen;
    headerByRename = !stackCallbackSeen;
  }
  return headerByRename;
}

// Formats `err.stack` now, while `name` reads `TypeError [ERR_X]`.
function addCodeToStackHeader(err) {
  if (!needsHeaderByRename()) return;
  const own = ObjectGetOwnPropertyDescriptor(err, 'name');
  ObjectDefineProperty(err, 'name', {
    __proto__: null,
    value: `${err.name} [${err.code}]`,
    writable: true, enumerable: false, configurable: true,
  });
  err.stack; // eslint-disable-line no-unused-expressions
  if (own === undefined) {
    delete err.name;
  } else {
    ObjectDefineProperty(err, 'name', own);
  }
}

function isErrorStackTraceLimitWritable() {
  const desc = ObjectGetOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return ObjectIsExtensible(Error);
  return ObjectPrototypeHasOwnProperty(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

// Constructs `new Ctor(...args)` with a stack that starts at the caller of
// `callee`.
function constructWithoutFrames(Ctor, args, callee) {
  if (!isErrorStackTraceLimitWritable()) return ReflectConstruct(Ctor, args);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let err;
  try {
    err = ReflectConstruct(Ctor, args);
  } finally {
    Error.stackTraceLimit = limit;
  }
  ErrorCaptureStackTrace(err, callee);
  if (kIsNodeError in err) addCodeToStackHeader(err);
  return err;
}

// Error.captureStackTrace(err, callee) that keeps node's header for coded
// errors; for the core library's own use.
function captureStackTrace(err, callee) {
  ErrorCaptureStackTrace(err, callee);
  if (kIsNodeError in err) addCodeToStackHeader(err);
}

// Errors thrown from `fn` get a stack that starts at its caller, so that
// argument validation inside the core points at user code.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return ReflectApply(fn, this, args);
    } catch (error) {
      if (Error.stackTraceLimit && error !== null && typeof error === 'object') {
        ErrorCaptureStackTrace(error, wrappedFn);
        if (kIsNodeError in error) addCodeToStackHeader(error);
      }
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// Replaces the stack of `error` by the frames outside node:internal.
function hideInternalStackFrames(error) {
  overrideStackTrace.set(error, (err, frames) => {
    let lines = frames;
    if (typeof frames === 'object') {
      lines = ArrayPrototypeFilter(frames, (frame) =>
        !StringPrototypeStartsWith(frame.getFileName() || '', 'node:internal'));
    }
    ArrayPrototypeUnshift(lines, err);
    return ArrayPrototypeJoin(lines, '\n    at ');
  });
}

// --- The E() registry --------------------------------------------------------

function countPlaceholders(msg) {
  let count = 0;
  const re = /%[dfijoOs]/g;
  while (RegExpPrototypeExec(re, msg) !== null) count++;
  return count;
}

function internalAssert(ok, message) {
  if (!ok) throw new codes.ERR_INTERNAL_ASSERTION(message);
}

function checkArgCount(key, args, expected) {
  internalAssert(args.length === expected,
                 `Code: ${key}; The provided arguments length ` +
                 `(${args.length}) does not match the required ones ` +
                 `(${expected}).`);
}

// The message for `key` given the constructor arguments; `self` is the error
// (function messages may set extra properties on it).
function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    internalAssert(msg.length <= args.length,
                   `Code: ${key}; The provided arguments length ` +
                   `(${args.length}) does not match the required ones ` +
                   `(${msg.length}).`);
    return ReflectApply(msg, self, args);
  }
  checkArgCount(key, args, countPlaceholders(msg));
  if (args.length === 0) return msg;
  return ReflectApply(lazyInspect().format, null, [msg, ...new SafeArrayIterator(args)]);
}

// A class named NodeError whose instances look like `Base` errors with an
// own enumerable `code`; its `constructor` reads as `Base`.
function makeNodeErrorClass(Base, key) {
  const msg = messages.get(key);
  const placeholders = typeof msg === 'string' ? countPlaceholders(msg) : -1;
  let NodeError;
  if (placeholders === -1) {
    NodeError = class NodeError extends Base {
      code = key;
      constructor(...args) {
        super();
        ObjectDefineProperty(this, 'message', {
          __proto__: null,
          value: getMessage(key, args, this),
          enumerable: false, writable: true, configurable: true,
        });
        addCodeToStackHeader(this);
      }
      get ['constructor']() { return Base; }
      get [kIsNodeError]() { return true; }
      toString() { return `${this.name} [${key}]: ${this.message}`; }
    };
  } else {
    NodeError = class NodeError extends Base {
      code = key;
      constructor(...args) {
        checkArgCount(key, args, placeholders);
        super(placeholders === 0 ? msg : getMessage(key, args));
        addCodeToStackHeader(this);
      }
      get ['constructor']() { return Base; }
      get [kIsNodeError]() { return true; }
      toString() { return `${this.name} [${key}]: ${this.message}`; }
    };
  }
  defineHideStackFramesVariant(NodeError, Base);
  return NodeError;
}

// `Class.HideStackFramesError`: the same error, created without a stack;
// code wrapped in hideStackFrames() throws it and the wrapper captures one.
function defineHideStackFramesVariant(Class, Base) {
  let variant;
  ObjectDefineProperty(Class, 'HideStackFramesError', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      variant ??= class HideStackFramesError extends Class {
        constructor(...args) {
          if (!isErrorStackTraceLimitWritable()) {
            super(...new SafeArrayIterator(args));
            return;
          }
          const limit = Error.stackTraceLimit;
          Error.stackTraceLimit = 0;
          try {
            super(...new SafeArrayIterator(args));
          } finally {
            Error.stackTraceLimit = limit;
          }
        }
        get ['constructor']() { return Base; }
      };
      return variant;
    },
  });
}

// Registers `code`: codes[code] is a class extending `Base`; each of
// `otherBases` gives a variant reachable as codes[code][OtherBase.name].
// Registers a code. Its class is made on first use: start-up registers
// hundreds of codes and needs only a few dozen of them.
function E(code, message, Base, ...otherBases) {
  messages.set(code, message);
  const define = (value) => ObjectDefineProperty(codes, code, {
    __proto__: null, value, writable: true, enumerable: true,
    configurable: true,
  });
  ObjectDefineProperty(codes, code, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const ErrClass = Base === SystemError ?
        system.makeSystemErrorClass(code) : makeNodeErrorClass(Base, code);
      for (let i = 0; i < otherBases.length; i++) {
        ErrClass[otherBases[i].name] = makeNodeErrorClass(otherBases[i], code);
      }
      define(ErrClass);
      return ErrClass;
    },
    set: define,
  });
}

// Codes that node's C++ throws (node_errors.h): a plain `Base` error with an
// own `code`, no `[CODE]` in its header; `message` defaults to node's text.
function N(code, Base, defaultMessage = '') {
  codes[code] = class NodeNativeError extends Base {
    constructor(message = defaultMessage) {
      super(message);
      this.code = code;
    }

    get ['constructor']() { return Base; }
  };
}

// --- Message helpers ------------------------------------------------------------

// 'A', 'A or B', 'A, B, or C' (no Intl.ListFormat: builds without ICU).
function formatList(list, conjunction = 'and') {
  const n = list.length;
  if (n === 0) return '';
  if (n === 1) return `${list[0]}`;
  if (n === 2) return `${list[0]} ${conjunction} ${list[1]}`;
  return `${ArrayPrototypeJoin(ArrayPrototypeSlice(list, 0, -1), ', ')}, ` +
    `${conjunction} ${list[n - 1]}`;
}

// What was received, as ERR_INVALID_ARG_TYPE and friends describe it.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) {
        return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      }
      return `type number (${value})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${SymbolPrototypeToString(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${lazyInspect().inspect(value, { depth: -1 })}`;
    case 'string': {
      let shown = value;
      if (shown.length > 28) shown = `${StringPrototypeSlice(shown, 0, 25)}...`;
      if (StringPrototypeIndexOf(shown, "'") === -1) {
        return `type string ('${shown}')`;
      }
      return `type string (${JSONStringify(shown)})`;
    }
    default: {
      let shown = lazyInspect().inspect(value, { colors: false });
      if (shown.length > 28) shown = `${StringPrototypeSlice(shown, 0, 25)}...`;
      return `type ${typeof value} (${shown})`;
    }
  }
}

// 1234567 -> '1_234_567' (integers only).
function addNumericalSeparator(digits) {
  let result = '';
  let i = digits.length;
  const start = digits[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${StringPrototypeSlice(digits, i - 3, i)}${result}`;
  }
  return `${StringPrototypeSlice(digits, 0, i)}${result}`;
}

function inspectWithNoCustomRetry(obj, options) {
  const { inspect } = lazyInspect();
  try {
    return inspect(obj, options);
  } catch {
    return inspect(obj, { ...options, customInspect: false });
  }
}

let stackOverflowName;
let stackOverflowMessage;
// Whether `err` is V8's "Maximum call stack size exceeded" RangeError.
function isStackOverflowError(err) {
  if (stackOverflowMessage === undefined) {
    try {
      const recurse = () => recurse() + 1;
      recurse();
    } catch (overflow) {
      stackOverflowMessage = overflow.message;
      stackOverflowName = overflow.name;
    }
  }
  return err && err.name === stackOverflowName &&
    err.message === stackOverflowMessage;
}

// --- Other error classes -------------------------------------------------------

// Node's AbortError: a plain Error with code 'ABORT_ERR' (not a DOMException).
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(new SafeArrayIterator(errors), message);
    this.code = errors[0]?.code;
    addCodeToStackHeader(this);
  }

  get [kIsNodeError]() { return true; }
  get ['constructor']() { return AggregateError; }
}

// Combines an error raised while handling `outerError` with it.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (ArrayIsArray(outerError.errors)) {
      ArrayPrototypePush(outerError.errors, innerError);
      return outerError;
    }
    const err = constructWithoutFrames(
      AggregateError,
      [new SafeArrayIterator([outerError, innerError]), outerError.message],
      aggregateTwoErrors);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

const genericNodeError = hideStackFrames(function genericNodeError(message, props) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(message);
  ObjectAssign(err, props);
  return err;
});

// A description of `value` that runs no user code, as V8's
// Object::NoSideEffectsToString: `#<Foo>`, `[object Array]`, `str`, ...
function noSideEffectsToString(value) {
  if (typeof value === 'function') return FunctionPrototypeToString(value);
  if (typeof value === 'symbol') return SymbolPrototypeToString(value);
  if (typeof value !== 'object' || value === null) return String(value);
  const dataProperty = (key) => {
    for (let obj = value; obj !== null; obj = ObjectGetPrototypeOf(obj)) {
      if (types.isProxy(obj)) return undefined;
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (desc !== undefined) return desc.value;
    }
    return undefined;
  };
  if (types.isNativeError(value)) {
    const name = dataProperty('name');
    const message = dataProperty('message');
    const n = name === undefined ? 'Error' : String(name);
    const m = message === undefined ? '' : String(message);
    if (n === '') return m;
    return m === '' ? n : `${n}: ${m}`;
  }
  if (dataProperty('toString') === objectToString) {
    const ctor = dataProperty('constructor');
    if (typeof ctor === 'function') {
      const desc = ObjectGetOwnPropertyDescriptor(ctor, 'name');
      if (desc && typeof desc.value === 'string' && desc.value !== '') {
        return `#<${desc.value}>`;
      }
    }
  }
  let tag = dataProperty(SymbolToStringTag);
  if (typeof tag !== 'string') {
    if (ArrayIsArray(value)) tag = 'Array';
    else if (types.isDate(value)) tag = 'Date';
    else if (types.isRegExp(value)) tag = 'RegExp';
    else if (types.isArgumentsObject(value)) tag = 'Arguments';
    else if (types.isBooleanObject(value)) tag = 'Boolean';
    else if (types.isNumberObject(value)) tag = 'Number';
    else if (types.isStringObject(value)) tag = 'String';
    else tag = 'Object';
  }
  return `[object ${tag}]`;
}

// The error an unhandled rejection throws when its reason is not an Error.
class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  name = 'UnhandledPromiseRejection';
  constructor(reason) {
    super('This error originated either by throwing inside of an async ' +
          'function without a catch block, or by rejecting a promise which ' +
          'was not handled with .catch(). The promise rejected with the ' +
          `reason "${noSideEffectsToString(reason)}".`);
  }
}

// Used by the runtime when it prints an uncaught exception.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const fatalExceptionStackEnhancers = {
  beforeInspector(error) {
    if (typeof error[kEnhanceStackBeforeInspector] !== 'function') {
      return error.stack;
    }
    try {
      error.stack = error[kEnhanceStackBeforeInspector]();
    } catch {
      // Enhancing is best effort.
    }
    return error.stack;
  },
  afterInspector(error) {
    const original = error.stack;
    const { inspect, inspectDefaultOptions } = lazyInspect();
    const colors = require('internal/util/colors').shouldColorize(process.stderr) ||
      inspectDefaultOptions.colors;
    try {
      return inspect(error, {
        colors,
        customInspect: false,
        depth: inspect.defaultOptions.depth > 5 ? inspect.defaultOptions.depth : 5,
      });
    } catch {
      return original;
    }
  },
};

function isNodeError(value) {
  return value !== null && typeof value === 'object' && kIsNodeError in value;
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  captureStackTrace,
  codes,
  defaultPrepareStackTrace,
  determineSpecificType,
  E,
  ErrorPrepareStackTrace,
  fatalExceptionStackEnhancers,
  formatList,
  genericNodeError,
  getMessage,
  hideInternalStackFrames,
  hideStackFrames,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable,
  isNodeError,
  isStackOverflowError,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  N,
  NodeAggregateError,
  noSideEffectsToString,
  overrideStackTrace,
  prepareStackTraceCallback,
  setInternalPrepareStackTrace,
  UnhandledPromiseRejection,
  // For internal/errors/system and internal/errors/codes.
  addCodeToStackHeader,
  addNumericalSeparator,
  constructWithoutFrames,
  defineHideStackFramesVariant,
  internalAssert,
};

// System errors (UVException, SystemError, ...): they need the above.
const system = require('internal/errors/system');
const { SystemError } = system;
ObjectAssign(module.exports, {
  ConnResetException: system.ConnResetException,
  connResetException: system.connResetException,
  DNSException: system.DNSException,
  dnsException: system.dnsException,
  ErrnoException: system.ErrnoException,
  errnoException: system.errnoException,
  ExceptionWithHostPort: system.ExceptionWithHostPort,
  exceptionWithHostPort: system.exceptionWithHostPort,
  getSystemErrorMap: system.getSystemErrorMap,
  getSystemErrorName: system.getSystemErrorName,
  SystemError,
  uvErrmapGet: system.uvErrmapGet,
  UVException: system.UVException,
  uvException: system.uvException,
  UVExceptionWithHostPort: system.UVExceptionWithHostPort,
  uvExceptionWithHostPort: system.uvExceptionWithHostPort,
});


// Fills `codes`; it needs E(), SystemError and the helpers above.
require('internal/errors/codes');
