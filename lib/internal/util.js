'use strict';

// Small helpers shared by the core library: deprecation warnings, promisify,
// system error names, the custom inspect / promisify symbols, encoding
// normalisation and a few property-definition shortcuts.

const {
  ArrayFrom,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  Error,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyDescriptors,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  ObjectValues,
  Promise,
  ReflectApply,
  ReflectConstruct,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  SafeMap,
  SafeSet,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
  Symbol,
  SymbolFor,
} = primordials;

const { isNativeError } = internalBinding('types');

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = SymbolFor('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

const kEmptyObject = ObjectFreeze({ __proto__: null });
const kEnumerableProperty = ObjectFreeze({ __proto__: null, enumerable: true });

// `require` is lazy for the modules that themselves need this one.
let errorsModule;
const lazyErrors = () => (errorsModule ??= require('internal/errors'));
let validators;
const lazyValidators = () => (validators ??= require('internal/validators'));

// SGR sequences as inspect() emits them (ESC [ n m, one or two digits).
const colorRegExp = /\u001b\[\d\d?m/g; // eslint-disable-line no-control-regex

function removeColors(str) {
  return RegExpPrototypeSymbolReplace(colorRegExp, str, '');
}

// True for native errors of any realm and for objects inheriting from Error.
function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

// Array#join without the generic-object overhead; `output` holds strings.
function join(output, separator) {
  let result = '';
  const last = output.length - 1;
  for (let i = 0; i < last; i++) {
    result += output[i];
    result += separator;
  }
  if (last >= 0) result += output[last];
  return result;
}

// Removes list[index] in place, shifting the rest down.
function spliceOne(list, index) {
  const length = list.length;
  for (let i = index; i + 1 < length; i++) list[i] = list[i + 1];
  list.pop();
}

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let result;
  return function(...args) {
    if (called) return result;
    called = true;
    const value = ReflectApply(callback, this, args);
    if (preserveReturnValue) result = value;
    return value;
  };
}

// --- Deprecation -----------------------------------------------------------

// Codes already warned about: each code warns once per process.
const codesWarned = new SafeSet();

function getDeprecationWarningEmitter(code, msg, deprecated,
                                      shouldEmit = () => true) {
  let warned = false;
  return function(arg) {
    if (warned || !shouldEmit(arg)) return;
    warned = true;
    if (code === undefined) {
      process.emitWarning(msg, 'DeprecationWarning', deprecated);
    } else if (!codesWarned.has(code)) {
      codesWarned.add(code);
      process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
    }
  };
}

// Wraps `fn` so that its first call emits a DeprecationWarning (unless
// process.noDeprecation is set); calls and `new` go through to `fn`.
function deprecate(fn, msg, code) {
  if (code !== undefined) lazyValidators().validateString(code, 'code');
  const emitWarning = getDeprecationWarningEmitter(code, msg, deprecated);

  function deprecated(...args) {
    if (!process.noDeprecation) emitWarning();
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }

  // Keep `fn`'s prototype chain so that statics and instanceof still work.
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// --- promisify ---------------------------------------------------------------

function copyOwnProperties(target, source) {
  const descriptors = ObjectGetOwnPropertyDescriptors(source);
  const list = ObjectValues(descriptors);
  // Null-prototype descriptors: a patched Object.prototype.get cannot leak in.
  for (let i = 0; i < list.length; i++) ObjectSetPrototypeOf(list[i], null);
  return ObjectDefineProperties(target, descriptors);
}

function markPromisified(fn) {
  return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });
}

function promisify(original) {
  lazyValidators().validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const custom = original[kCustomPromisifiedSymbol];
    lazyValidators().validateFunction(custom, 'util.promisify.custom');
    return markPromisified(custom);
  }

  // e.g. ['bytesRead', 'buffer']: a callback with several results resolves
  // to an object with these names.
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      ArrayPrototypePush(args, (err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const result = {};
          for (let i = 0; i < argumentNames.length; i++) {
            result[argumentNames[i]] = values[i];
          }
          resolve(result);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
    });
  }

  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  markPromisified(fn);
  return copyOwnProperties(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

// --- System errors ---------------------------------------------------------

function getSystemErrorName(errno) {
  const entry = lazyErrors().uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

function getSystemErrorMap() {
  return internalBinding('uv').getErrorMap();
}

// --- Encodings -------------------------------------------------------------

const encodingAliases = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url',
  'hex': 'hex', 'ascii': 'ascii',
};

// Canonical name of a Buffer encoding ('UTF-8' -> 'utf8'), or undefined.
// null, undefined and '' mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') {
    return 'utf8';
  }
  if (typeof enc !== 'string') return undefined;
  return encodingAliases[enc] ?? encodingAliases[StringPrototypeToLowerCase(enc)];
}

// --- Signals ---------------------------------------------------------------

let signalNumbers;
function convertToValidSignal(signal) {
  const { signals } = internalBinding('constants').os;
  if (typeof signal === 'number') {
    if (signalNumbers === undefined) {
      signalNumbers = new SafeSet(ObjectValues(signals));
    }
    if (signalNumbers.has(signal)) return signal;
  } else if (typeof signal === 'string') {
    const number = signals[StringPrototypeToUpperCase(signal)];
    if (number) return number;
  }
  throw new (lazyErrors().codes.ERR_UNKNOWN_SIGNAL)(signal);
}

// --- Misc --------------------------------------------------------------------

const experimentalWarnings = new SafeSet();
function emitExperimentalWarning(feature, messagePrefix, code, ctor) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  let msg =
    `${feature} is an experimental feature and might change at any time`;
  if (messagePrefix) msg = messagePrefix + msg;
  process.emitWarning(msg, 'ExperimentalWarning', code, ctor);
}

// The nearest named constructor on the prototype chain, or null.
function getConstructorOf(obj) {
  while (obj) {
    const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '') {
      return desc.value;
    }
    obj = ObjectGetPrototypeOf(obj);
  }
  return null;
}

// `obj[key] = value`, without running setters inherited from the prototype.
function setOwnProperty(obj, key, value) {
  return ObjectDefineProperty(obj, key, {
    __proto__: null,
    configurable: true, enumerable: true, writable: true, value,
  });
}

function filterOwnProperties(source, keys) {
  const result = { __proto__: null };
  for (let i = 0; i < keys.length; i++) {
    if (ObjectPrototypeHasOwnProperty(source, keys[i])) {
      result[keys[i]] = source[keys[i]];
    }
  }
  return result;
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// Calls `initializer` on first use and remembers the value.
function getLazy(initializer) {
  let done = false;
  let value;
  return function() {
    if (!done) {
      value = initializer();
      done = true;
    }
    return value;
  };
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return ArrayPrototypeSlice(result);
  };
}

// Unique lower-cased (when `low`) or first-seen spellings, sorted.
function filterDuplicateStrings(items, low) {
  const map = new SafeMap();
  for (let i = 0; i < items.length; i++) {
    const key = StringPrototypeToLowerCase(items[i]);
    map.set(key, low ? key : items[i]);
  }
  return ArrayPrototypeSort(ArrayFrom(map.values()));
}

// A function that constructs `type` with or without `new`.
function createClassWrapper(type) {
  function wrapper(...args) {
    return ReflectConstruct(type, args, new.target || type);
  }
  ObjectDefineProperties(wrapper, {
    name: { __proto__: null, value: type.name },
    length: { __proto__: null, value: type.length },
  });
  ObjectSetPrototypeOf(wrapper, type);
  wrapper.prototype = type.prototype;
  return wrapper;
}

// WebIDL-style property shapes.
function defineOperation(target, name, method) {
  ObjectDefineProperty(target, name, {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: method,
  });
}

function exposeInterface(target, name, value) {
  ObjectDefineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value,
  });
}

const exposeNamespace = exposeInterface;

function exposeGetterAndSetter(target, name, get, set = undefined) {
  ObjectDefineProperty(target, name, {
    __proto__: null, enumerable: false, configurable: true, get, set,
  });
}

// Defines `keys` on `target` as accessors that load `require(id)[key]` on
// first read and then turn into plain data properties.
function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  const descriptors = { __proto__: null };
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let loaded;
    const set = function(value) {
      ObjectDefineProperty(target, key, {
        __proto__: null, writable: true, value,
      });
    };
    ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    const get = function() {
      mod ??= require(id);
      if (loaded === undefined) {
        loaded = mod[key];
        set(loaded);
      }
      return loaded;
    };
    ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    descriptors[key] = {
      __proto__: null, configurable: true, enumerable, get, set,
    };
  }
  ObjectDefineProperties(target, descriptors);
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

// Lone surrogates replaced by U+FFFD (String.prototype.toWellFormed).
const loneSurrogateRegExp =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function toUSVString(input) {
  const str = `${input}`;
  if (RegExpPrototypeExec(/[\ud800-\udfff]/, str) === null) return str;
  return RegExpPrototypeSymbolReplace(loneSurrogateRegExp, str, '\ufffd');
}

const kNodeModulesRegExp = /^(?:.*)[\\/]node_modules[\\/]/;
function isUnderNodeModules(filename) {
  return filename && RegExpPrototypeExec(kNodeModulesRegExp, filename) !== null;
}

module.exports = {
  cachedResult,
  convertToValidSignal,
  createClassWrapper,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  defineLazyProperties,
  defineOperation,
  deprecate,
  emitExperimentalWarning,
  exposeGetterAndSetter,
  exposeInterface,
  exposeLazyInterfaces,
  exposeNamespace,
  filterDuplicateStrings,
  filterOwnProperties,
  getConstructorOf,
  getDeprecationWarningEmitter,
  getLazy,
  getSystemErrorMap,
  getSystemErrorName,
  isError,
  isUnderNodeModules,
  join,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol: Symbol('kIsEncodingSymbol'),
  normalizeEncoding,
  once,
  promisify,
  removeColors,
  setOwnProperty,
  spliceOne,
  // V8 10.2 has no Symbol.dispose: node 20 uses these registered symbols.
  SymbolDispose: Symbol.dispose || SymbolFor('nodejs.dispose'),
  SymbolAsyncDispose: Symbol.asyncDispose || SymbolFor('nodejs.asyncDispose'),
  toUSVString,
};
