'use strict';

// --frozen-intrinsics: after the -r preloads and before --import and user
// code, the JavaScript built-ins (the global constructors and functions,
// their prototypes and statics, the namespaces, the intrinsics reachable
// only through syntax) and the globals node freezes with them (console, the
// timer functions, WebAssembly) are frozen, deeply: everything reachable
// from them through own properties, accessors and prototypes.
//
// Freezing a prototype would make plain assignment of a property it holds
// fail on every object inheriting it (`o.toString = f`: the "override
// mistake"). So, before freezing, each writable or configurable data
// property of a prototype object becomes an accessor: reading gives the
// value; assigning on an inheriting object defines an own, enumerable
// property there; assigning on the prototype itself throws.
//
// Lib code keeps working: it calls built-ins through primordials captured
// before freezing, and never assigns to them afterwards (the console's group
// indentation becomes an accessor first).

const {
  ArrayPrototypePush,
  Map,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypeToString,
  ReflectOwnKeys,
  SafeSet,
  Set,
  String,
  SymbolIterator,
  SymbolMatchAll,
  TypeError,
  Uint8Array,
} = primordials;

const {
  Console,
  keepGroupIndentMutable,
} = require('internal/console/constructor');

// The global properties frozen, as node freezes them. Absent ones
// (WebAssembly under --jitless, SharedArrayBuffer or Atomics when V8 leaves
// them out) are skipped.
const kGlobalNames = [
  // Functions of the global object.
  'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent',
  'escape', 'eval', 'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'unescape',
  // Constructors.
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array',
  'BigUint64Array', 'Boolean', 'DataView', 'Date', 'Error', 'EvalError',
  'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function',
  'Int8Array', 'Int16Array', 'Int32Array', 'Map', 'Number', 'Object',
  'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'RegExp', 'Set',
  'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError',
  'Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array',
  'URIError', 'WeakMap', 'WeakRef', 'WeakSet',
  // Namespaces.
  'Atomics', 'Intl', 'JSON', 'Math', 'Reflect', 'WebAssembly',
  // Node's globals frozen with them.
  'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate',
];

function argumentsObject() {
  return arguments;  // Strict: its callee is %ThrowTypeError%.
}

// Intrinsics without a global name: reached through syntax or through
// instances only.
function hiddenIntrinsics() {
  const getPrototypeOf = ObjectGetPrototypeOf;
  const iteratorOf = (value) => getPrototypeOf(value[SymbolIterator]());
  const ArrayIteratorPrototype = iteratorOf([]);
  const generator = getPrototypeOf(function*() {});
  const asyncGenerator = getPrototypeOf(async function*() {});
  const hidden = [
    getPrototypeOf(Uint8Array),  // %TypedArray%
    getPrototypeOf(ArrayIteratorPrototype),  // %IteratorPrototype%
    ArrayIteratorPrototype,
    iteratorOf(new Map()),
    iteratorOf(new Set()),
    iteratorOf(''),
    getPrototypeOf(/./[SymbolMatchAll]('')),
    generator,  // %GeneratorFunction.prototype%
    generator.prototype,  // %GeneratorPrototype%
    getPrototypeOf(async function() {}),  // %AsyncFunction.prototype%
    asyncGenerator,
    asyncGenerator.prototype,
    getPrototypeOf(asyncGenerator.prototype),  // %AsyncIteratorPrototype%
    // %ThrowTypeError%
    ObjectGetOwnPropertyDescriptor(argumentsObject(), 'callee').get,
  ];
  const { Segmenter } = globalThis.Intl ?? {};
  if (typeof Segmenter === 'function') {
    const segments = new Segmenter().segment('');
    ArrayPrototypePush(hidden, getPrototypeOf(segments),
                       iteratorOf(segments));
  }
  return hidden;
}

// The prototypes whose properties are made overridable: an object holding
// a `constructor` whose `prototype` is that object, or an iterator
// prototype (which has no constructor).
function isPrototypeObject(object, iteratorPrototypes) {
  if (iteratorPrototypes.has(object)) return true;
  const desc = ObjectGetOwnPropertyDescriptor(object, 'constructor');
  if (desc === undefined || typeof desc.value !== 'function') return false;
  const protoDesc = ObjectGetOwnPropertyDescriptor(desc.value, 'prototype');
  return protoDesc !== undefined && protoDesc.value === object;
}

function describe(object) {
  try {
    return ObjectPrototypeToString(object);
  } catch {
    return '[object Object]';
  }
}

function makeOverridable(prototype, key, desc) {
  const { value } = desc;
  function getter() {
    return value;
  }
  // Where the value can still be seen without calling the getter, as node
  // shows it.
  ObjectDefineProperty(getter, 'value', {
    __proto__: null, value, writable: true, enumerable: true,
    configurable: true,
  });
  function setter(newValue) {
    if (this === prototype) {
      throw new TypeError(`Cannot assign to read only property '${
        String(key)}' of object '${describe(prototype)}'`);
    }
    if (ObjectPrototypeHasOwnProperty(this, key)) {
      this[key] = newValue;
    } else {
      ObjectDefineProperty(this, key, {
        __proto__: null,
        value: newValue,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  }
  ObjectDefineProperty(prototype, key, {
    __proto__: null,
    get: getter,
    set: setter,
    enumerable: desc.enumerable,
    configurable: desc.configurable,
  });
}

function makePrototypeOverridable(prototype) {
  const keys = ReflectOwnKeys(prototype);
  for (let i = 0; i < keys.length; i++) {
    const desc = ObjectGetOwnPropertyDescriptor(prototype, keys[i]);
    if ('value' in desc && desc.configurable) {
      makeOverridable(prototype, keys[i], desc);
    }
  }
}

function isObject(value) {
  return (typeof value === 'object' && value !== null) ||
    typeof value === 'function';
}

function freezeIntrinsics() {
  const roots = hiddenIntrinsics();
  const iteratorPrototypes = new SafeSet();
  // The iterator prototypes among them have no constructor of their own.
  for (let i = 0; i < roots.length; i++) {
    if (ObjectGetOwnPropertyDescriptor(roots[i], 'next') !== undefined ||
        ObjectGetOwnPropertyDescriptor(roots[i], SymbolIterator) !==
          undefined) {
      iteratorPrototypes.add(roots[i]);
    }
  }
  const { console } = globalThis;
  if (console instanceof Console) keepGroupIndentMutable(console);
  for (let i = 0; i < kGlobalNames.length; i++) {
    const value = globalThis[kGlobalNames[i]];
    if (isObject(value)) ArrayPrototypePush(roots, value);
  }

  // Every object reachable from the roots, each once.
  const seen = new SafeSet();
  const queue = [];
  const visit = (value) => {
    if (!isObject(value) || seen.has(value)) return;
    seen.add(value);
    ArrayPrototypePush(queue, value);
  };
  for (let i = 0; i < roots.length; i++) visit(roots[i]);
  for (let i = 0; i < queue.length; i++) {
    const object = queue[i];
    visit(ObjectGetPrototypeOf(object));
    const keys = ReflectOwnKeys(object);
    for (let k = 0; k < keys.length; k++) {
      const desc = ObjectGetOwnPropertyDescriptor(object, keys[k]);
      if (desc === undefined) continue;
      visit(desc.value);
      visit(desc.get);
      visit(desc.set);
    }
  }

  // Overridable first (a frozen object takes no new accessors), then frozen.
  for (let i = 0; i < queue.length; i++) {
    if (isPrototypeObject(queue[i], iteratorPrototypes)) {
      makePrototypeOverridable(queue[i]);
    }
  }
  for (let i = 0; i < queue.length; i++) ObjectFreeze(queue[i]);

  ObjectDefineProperty(globalThis, 'globalThis', {
    __proto__: null,
    value: globalThis,
    writable: false,
    enumerable: false,
    configurable: false,
  });
}

module.exports = { freezeIntrinsics };
