'use strict';

// Fills `primordials` (the only parameter) with frozen copies of the
// built-ins that lib/ relies on, captured before any user code runs, so that
// monkey-patching Array.prototype.push and friends cannot break the runtime.
// Naming: `ArrayIsArray` (static), `ArrayPrototypePush(arr, x)` (method,
// this-first), `ArrayPrototypeGetLength`... for accessors (`Get`/`Set`
// prefix), `SymbolIterator` (well-known symbols), and `Safe*` classes whose
// methods and iterators do not look anything up on the global prototypes.

/* global primordials */

const { apply, bind, call } = Function.prototype;
const uncurryThis = bind.bind(call);
primordials.uncurryThis = uncurryThis;
const applyBind = bind.bind(apply);
primordials.applyBind = applyBind;

const kVarargsMethods = new Set(['ArrayOf', 'ArrayPrototypePush',
  'ArrayPrototypeUnshift', 'MathHypot', 'MathMax', 'MathMin',
  'StringFromCharCode', 'StringFromCodePoint', 'StringPrototypeConcat',
  'TypedArrayOf']);

function getNewKey(key) {
  return typeof key === 'symbol' ?
    `Symbol${key.description[7].toUpperCase()}${key.description.slice(8)}` :
    `${key[0].toUpperCase()}${key.slice(1)}`;
}

function copyAccessor(dest, prefix, key, { enumerable, get, set }) {
  Reflect.defineProperty(dest, `${prefix}Get${key}`, {
    __proto__: null, value: uncurryThis(get), enumerable,
  });
  if (set !== undefined) {
    Reflect.defineProperty(dest, `${prefix}Set${key}`, {
      __proto__: null, value: uncurryThis(set), enumerable,
    });
  }
}

// Copies the own properties of `src` onto `dest` as `${prefix}${Key}`:
// accessors become Get/Set functions; methods pass through `wrap` (binding
// them, or uncurrying them for prototypes).
function copyRenamed(src, dest, prefix, wrap) {
  for (const key of Reflect.ownKeys(src)) {
    const newKey = getNewKey(key);
    const desc = Reflect.getOwnPropertyDescriptor(src, key);
    if ('get' in desc) {
      copyAccessor(dest, prefix, newKey, desc);
      continue;
    }
    const name = `${prefix}${newKey}`;
    const original = desc.value;
    if (wrap !== undefined && typeof original === 'function') {
      desc.value = wrap(original);
    }
    Reflect.defineProperty(dest, name, { __proto__: null, ...desc });
    if (kVarargsMethods.has(name)) {
      Reflect.defineProperty(dest, `${name}Apply`, {
        __proto__: null,
        value: wrap === uncurryThis ? applyBind(original) :
          applyBind(desc.value, src),
      });
    }
  }
}

const copyPropsRenamed = (src, dest, prefix) =>
  copyRenamed(src, dest, prefix, undefined);
const copyPropsRenamedBound = (src, dest, prefix) =>
  copyRenamed(src, dest, prefix, (fn) => fn.bind(src));
const copyPrototype = (src, dest, prefix) =>
  copyRenamed(src, dest, prefix, uncurryThis);

// Plain values and functions of the global object.
for (const name of ['Proxy', 'globalThis']) {
  primordials[name] = globalThis[name];
}
for (const name of ['decodeURI', 'decodeURIComponent', 'encodeURI',
  'encodeURIComponent', 'escape', 'eval', 'isFinite', 'isNaN', 'parseFloat',
  'parseInt', 'unescape']) {
  primordials[name] = globalThis[name];
}

// Namespaces: JSON, Math, Reflect, Atomics, Intl.
for (const name of ['JSON', 'Math', 'Proxy', 'Reflect']) {
  copyPropsRenamed(globalThis[name], primordials, name);
}
// Atomics and SharedArrayBuffer are absent under V8's
// --no-harmony-atomics / --no-harmony-sharedarraybuffer.
if (typeof Atomics === 'object') {
  copyPropsRenamed(Atomics, primordials, 'Atomics');
}

// Constructors: the class itself, its statics and its prototype.
for (const name of ['AggregateError', 'Array', 'ArrayBuffer', 'BigInt',
  'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date', 'Error',
  'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array',
  'Function', 'Int16Array', 'Int32Array', 'Int8Array', 'Map', 'Number',
  'Object', 'RangeError', 'ReferenceError', 'RegExp', 'Set', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array',
  'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef',
  'WeakSet', 'SharedArrayBuffer']) {
  const original = globalThis[name];
  if (original === undefined) continue;  // SharedArrayBuffer, when off
  primordials[name] = original;
  primordials[`${name}Prototype`] = original.prototype;
  copyPropsRenamed(original, primordials, name);
  copyPrototype(original.prototype, primordials, `${name}Prototype`);
}

// Symbol.dispose / Symbol.asyncDispose are newer than V8 10.2: node 20
// defines them, and so does nodus (as registered symbols, like node).
primordials.SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');
primordials.SymbolAsyncDispose =
  Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');

// Promise statics are bound so that they cannot be re-pointed.
{
  primordials.Promise = Promise;
  primordials.PromisePrototype = Promise.prototype;
  copyPropsRenamedBound(Promise, primordials, 'Promise');
  copyPrototype(Promise.prototype, primordials, 'PromisePrototype');
}

// Intrinsics with no global name.
{
  const TypedArray = Reflect.getPrototypeOf(Uint8Array);
  primordials.TypedArray = TypedArray;
  primordials.TypedArrayPrototype = TypedArray.prototype;
  copyPropsRenamed(TypedArray, primordials, 'TypedArray');
  copyPrototype(TypedArray.prototype, primordials, 'TypedArrayPrototype');

  const intrinsics = {
    ArrayIterator: Reflect.getPrototypeOf([][Symbol.iterator]()),
    StringIterator: Reflect.getPrototypeOf(''[Symbol.iterator]()),
    AsyncIterator: Reflect.getPrototypeOf(Reflect.getPrototypeOf(
      async function* () {}).prototype),
  };
  for (const { 0: name, 1: proto } of Object.entries(intrinsics)) {
    copyPrototype(proto, primordials, `${name}Prototype`);
  }
  primordials.AsyncIteratorPrototype = intrinsics.AsyncIterator;
  primordials.IteratorPrototype =
    Reflect.getPrototypeOf(intrinsics.ArrayIterator);
  primordials.AsyncFunction =
    Reflect.getPrototypeOf(async function() {}).constructor;
  primordials.GeneratorFunction =
    Reflect.getPrototypeOf(function* () {}).constructor;
  primordials.AsyncGeneratorFunction =
    Reflect.getPrototypeOf(async function* () {}).constructor;
}

const {
  ArrayPrototypeForEach,
  ArrayPrototypeMap,
  FunctionPrototypeCall,
  ObjectFreeze,
  ObjectSetPrototypeOf,
  PromisePrototypeThen,
  ReflectApply,
  ReflectDefineProperty,
  ReflectGetOwnPropertyDescriptor,
  ReflectOwnKeys,
  SymbolIterator,
  ArrayPrototypeSymbolIterator,
  ArrayIteratorPrototypeNext,
} = primordials;

// An iterator whose `next` cannot be replaced by user code.
const createSafeIterator = (factory, next) => {
  class SafeIterator {
    constructor(iterable) {
      this._iterator = factory(iterable);
    }
    next() {
      return next(this._iterator);
    }
    [SymbolIterator]() {
      return this;
    }
  }
  ObjectSetPrototypeOf(SafeIterator.prototype, null);
  ObjectFreeze(SafeIterator.prototype);
  ObjectFreeze(SafeIterator);
  return SafeIterator;
};

primordials.SafeArrayIterator = createSafeIterator(
  ArrayPrototypeSymbolIterator, ArrayIteratorPrototypeNext);
primordials.SafeStringIterator = createSafeIterator(
  primordials.StringPrototypeSymbolIterator,
  primordials.StringIteratorPrototypeNext);

// Copies the methods of `unsafe.prototype` onto `safe.prototype`, wrapping
// its iterators so that a for-of over a Safe* collection is safe too.
const copyProps = (src, dest) => {
  ArrayPrototypeForEach(ReflectOwnKeys(src), (key) => {
    if (!ReflectGetOwnPropertyDescriptor(dest, key)) {
      ReflectDefineProperty(dest, key, {
        __proto__: null, ...ReflectGetOwnPropertyDescriptor(src, key),
      });
    }
  });
};

const makeSafe = (unsafe, safe) => {
  if (SymbolIterator in unsafe.prototype) {
    const dummy = new unsafe();
    let next;
    ArrayPrototypeForEach(ReflectOwnKeys(unsafe.prototype), (key) => {
      if (!ReflectGetOwnPropertyDescriptor(safe.prototype, key)) {
        const desc = ReflectGetOwnPropertyDescriptor(unsafe.prototype, key);
        if (typeof desc.value === 'function' && desc.value.length === 0 &&
            SymbolIterator in (FunctionPrototypeCall(desc.value, dummy) ?? {})) {
          const createIterator = uncurryThis(desc.value);
          next ??= uncurryThis(createIterator(dummy).next);
          const SafeIterator = createSafeIterator(createIterator, next);
          desc.value = function() {
            return new SafeIterator(this);
          };
        }
        ReflectDefineProperty(safe.prototype, key, { __proto__: null, ...desc });
      }
    });
  } else {
    copyProps(unsafe.prototype, safe.prototype);
  }
  copyProps(unsafe, safe);
  ObjectSetPrototypeOf(safe.prototype, null);
  ObjectFreeze(safe.prototype);
  ObjectFreeze(safe);
  return safe;
};
primordials.makeSafe = makeSafe;

primordials.SafeMap = makeSafe(Map, class SafeMap extends Map {
  constructor(i) { super(i); } // eslint-disable-line no-useless-constructor
});
primordials.SafeWeakMap = makeSafe(WeakMap, class SafeWeakMap extends WeakMap {
  constructor(i) { super(i); } // eslint-disable-line no-useless-constructor
});
primordials.SafeSet = makeSafe(Set, class SafeSet extends Set {
  constructor(i) { super(i); } // eslint-disable-line no-useless-constructor
});
primordials.SafeWeakSet = makeSafe(WeakSet, class SafeWeakSet extends WeakSet {
  constructor(i) { super(i); } // eslint-disable-line no-useless-constructor
});
primordials.SafeFinalizationRegistry = makeSafe(FinalizationRegistry,
  class SafeFinalizationRegistry extends FinalizationRegistry {
    constructor(cleanup) { super(cleanup); } // eslint-disable-line no-useless-constructor
  });
primordials.SafeWeakRef = makeSafe(WeakRef, class SafeWeakRef extends WeakRef {
  constructor(target) { super(target); } // eslint-disable-line no-useless-constructor
});

// A Promise subclass whose `then` is the original one; used where lib/
// awaits a promise it created, so user patches of Promise.prototype.then do
// not run inside the runtime.
const SafePromise = makeSafe(Promise, class SafePromise extends Promise {
  constructor(executor) { super(executor); } // eslint-disable-line no-useless-constructor
});
primordials.SafePromise = SafePromise;

primordials.SafePromisePrototypeFinally = (thisPromise, onFinally) =>
  new Promise((a, b) =>
    new SafePromise((c, d) => PromisePrototypeThen(thisPromise, c, d))
      .finally(onFinally)
      .then(a, b),
  );

primordials.SafePromiseAll = (promises, mapFn) =>
  new Promise((resolve, reject) => {
    const { length } = promises;
    const values = new Array(length);
    let pending = length;
    if (length === 0) resolve(values);
    for (let i = 0; i < length; i++) {
      const p = mapFn != null ? mapFn(promises[i], i) : promises[i];
      PromisePrototypeThen(primordials.PromiseResolve(p), (value) => {
        values[i] = value;
        if (--pending === 0) resolve(values);
      }, reject);
    }
  });

primordials.SafePromiseAllReturnVoid = (promises, mapFn) =>
  PromisePrototypeThen(primordials.SafePromiseAll(promises, mapFn), () => {});

primordials.SafePromiseAllSettled = (promises, mapFn) =>
  primordials.SafePromiseAll(ArrayPrototypeMap(promises, (p, i) =>
    PromisePrototypeThen(
      primordials.PromiseResolve(mapFn != null ? mapFn(p, i) : p),
      (value) => ({ status: 'fulfilled', value }),
      (reason) => ({ status: 'rejected', reason }))));

primordials.SafePromiseRace = (promises, mapFn) =>
  new Promise((resolve, reject) => {
    for (let i = 0; i < promises.length; i++) {
      const p = mapFn != null ? mapFn(promises[i], i) : promises[i];
      PromisePrototypeThen(primordials.PromiseResolve(p), resolve, reject);
    }
  });

// A RegExp whose Symbol.replace/split/... and flags getters are the
// originals, for lib/ code that passes regexps to String methods.
primordials.hardenRegExp = function hardenRegExp(pattern) {
  ObjectSetPrototypeOf(pattern, null);
  const proto = RegExp.prototype;
  for (const key of ReflectOwnKeys(proto)) {
    if (key === 'constructor') continue;
    const desc = ReflectGetOwnPropertyDescriptor(proto, key);
    if ('get' in desc) {
      ReflectDefineProperty(pattern, key, {
        __proto__: null, value: ReflectApply(desc.get, pattern, []),
      });
    } else {
      ReflectDefineProperty(pattern, key, { __proto__: null, value: desc.value });
    }
  }
  ReflectDefineProperty(pattern, 'constructor', { __proto__: null, value: RegExp });
  return pattern;
};

ObjectSetPrototypeOf(primordials, null);
ObjectFreeze(primordials);
