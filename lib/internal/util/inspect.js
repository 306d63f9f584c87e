'use strict';

// util.inspect(): options and colours, and the walk over a value that picks
// how each kind of object is shown (its prefix, braces and entries). The
// pieces live beside it: inspect_primitives (strings, numbers),
// inspect_collections (entries of arrays, maps, ...), inspect_errors,
// inspect_layout (line breaking), format (util.format) and string_width.

const {
  ArrayIsArray,
  ArrayPrototypeFilter,
  ArrayPrototypeForEach,
  ArrayPrototypeIncludes,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypePushApply,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  DatePrototypeGetTime,
  DatePrototypeToISOString,
  DatePrototypeToString,
  Function,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  FunctionPrototypeSymbolHasInstance,
  MapPrototypeEntries,
  MapPrototypeGetSize,
  NumberIsNaN,
  Object,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  ObjectSeal,
  ObjectSetPrototypeOf,
  ReflectApply,
  ReflectOwnKeys,
  RegExp,
  RegExpPrototypeExec,
  RegExpPrototypeToString,
  SafeMap,
  SafeSet,
  SetPrototypeGetSize,
  SetPrototypeValues,
  String,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  SymbolIterator,
  SymbolPrototypeToString,
  SymbolToStringTag,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  globalThis,
} = primordials;

const {
  constants: { ALL_PROPERTIES, ONLY_ENUMERABLE },
  getConstructorName: internalGetConstructorName,
  getExternalValue,
  getOwnNonIndexProperties,
  getProxyDetails,
} = internalBinding('util');

const { customInspectSymbol, isError } = require('internal/util');
const { isStackOverflowError } = require('internal/errors');
const types = require('internal/util/types');
const { validateObject } = require('internal/validators');
const {
  escapeKeyText,
  formatNumber,
  formatPrimitive,
  identifierRegExp,
  strEscape,
  stylizeNoColor,
} = require('internal/util/inspect_primitives');
const { colors, styles } = require('internal/util/inspect_colors');
const {
  getBoxedBase,
  getFunctionBase,
  getIteratorBraces,
} = require('internal/util/inspect_bases');
const {
  getPrefix,
  kArrayExtrasType,
  kArrayType,
  kObjectType,
  reduceToSingleString,
} = require('internal/util/inspect_layout');
const collections = require('internal/util/inspect_collections');
const { formatError, identicalSequenceRange } = require('internal/util/inspect_errors');
const {
  getStringWidth,
  isZeroWidthCodePoint,
  stripVTControlCharacters,
} = require('internal/util/string_width');
const { format, formatWithOptions } = require('internal/util/format');

// Classes whose prototypes are not shown as user-defined (showHidden) and
// whose toString counts as built-in for %s: the ECMAScript globals (without
// SharedArrayBuffer, which node installs after loading this module).
const builtInObjects = new SafeSet(ArrayPrototypeFilter([
  'AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt',
  'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date', 'Error',
  'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array',
  'Function', 'Int16Array', 'Int32Array', 'Int8Array', 'Intl', 'JSON', 'Map',
  'Math', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError',
  'ReferenceError', 'Reflect', 'RegExp', 'Set', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array',
  'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef',
  'WeakSet', 'WebAssembly',
], (name) => ObjectPrototypeHasOwnProperty(globalThis, name)));

// Prototypes named even when their `constructor` was tampered with.
const wellKnownPrototypes = new SafeMap([
  [Object.prototype, { name: 'Object', constructor: Object }],
  [Function.prototype, { name: 'Function', constructor: Function }],
]);

// document.all-like objects (typeof undefined, yet not undefined).
const isUndetectableObject = (v) => typeof v === 'undefined' && v !== undefined;

// The options inspect() takes, with their defaults (util.inspect.defaultOptions).
const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}


// The options a custom inspect function receives. For objects of another
// realm (or proxies) no object of this realm is handed out.
function getUserOptions(ctx, isCrossContext) {
  const options = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    ObjectSetPrototypeOf(options, null);
    for (const key of ObjectKeys(options)) {
      const value = options[key];
      if ((typeof value === 'object' || typeof value === 'function') && value !== null) {
        delete options[key];
      }
    }
    options.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // The original value is used instead.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return options;
}

// inspect(value[, options]), or the legacy inspect(value, showHidden, depth,
// colors).
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    ...inspectDefaultOptions,
  };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) {
        ctx.colors = arguments[3];
      }
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = ObjectKeys(opts);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) ||
            key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// The name of the nearest constructor on the prototype chain that `obj` is
// an instance of; null for a null prototype; `Foo <Bar>` when the chain has
// no usable constructor. With showHidden, fills `protoProps` with the
// properties user-defined prototypes add.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj || isUndetectableObject(obj)) {
    const wellKnown = wellKnownPrototypes.get(obj);
    if (wellKnown !== undefined &&
        FunctionPrototypeSymbolHasInstance(wellKnown.constructor, original)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, original, firstProto || original,
                               recurseTimes, protoProps);
      }
      return wellKnown.name;
    }
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original,
                               recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  const fallback = internalGetConstructorName(original);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${fallback} <Complex prototype>`;
  }
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    return `${fallback} <${inspect(firstProto, {
      ...ctx, customInspect: false, depth: -1,
    })}>`;
  }
  return `${fallback} <${protoName}>`;
}

// Lists (dimmed with colours) the non-function properties of up to three
// user-defined prototype levels of `main`, starting at `obj`.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let level = 0;
  let keys;
  let seenKeys;
  do {
    if (level !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (level === 0) {
      seenKeys = new SafeSet();
    } else {
      ArrayPrototypeForEach(keys, (key) => seenKeys.add(key));
    }
    keys = ReflectOwnKeys(obj);
    ArrayPrototypePush(ctx.seen, main);
    for (const key of keys) {
      if (key === 'constructor' || ObjectPrototypeHasOwnProperty(main, key) ||
          (level !== 0 && seenKeys.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      ArrayPrototypePush(output, ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ArrayPrototypePop(ctx.seen);
  } while (++level !== 3);
}

// Own keys to list: enumerable ones (and enumerable symbols), or all with
// showHidden.
function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    if (symbols.length !== 0) ArrayPrototypePushApply(keys, symbols);
    return keys;
  }
  try {
    keys = ObjectKeys(value);
  } catch {
    // A namespace of a module that has not run yet: its bindings are in TDZ.
    keys = ObjectGetOwnPropertyNames(value);
  }
  if (symbols.length !== 0) {
    ArrayPrototypePushApply(keys, ArrayPrototypeFilter(symbols,
      (key) => ObjectPrototypePropertyIsEnumerable(value, key)));
  }
  return keys;
}

// `Foo [tag] ` for objects with no special display.
function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalGetConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function' &&
      !isUndetectableObject(value)) {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Proxies are looked through (without running traps) unless showProxy.
  const context = value;
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) return collections.formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    // util.inspect itself, and prototypes carrying the method, are skipped.
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const result = FunctionPrototypeCall(
        custom, context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (result !== context) {
        if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
        return StringPrototypeReplaceAll(
          result, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }

  if (ArrayPrototypeIncludes(ctx.seen, value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new SafeMap();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// The display of an object: `base` (text before the braces), `braces`,
// the formatter listing its entries and the keys listed after them.
function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  // The tag is shown unless it is an own (enumerable) property listed anyway.
  let tag = value[SymbolToStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ?
        ObjectPrototypeHasOwnProperty : ObjectPrototypePropertyIsEnumerable)(
        value, SymbolToStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;
  let extrasType = kObjectType;

  // Iterable kinds first; null-prototype objects are checked as all kinds.
  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = collections.formatArray;
    } else if (types.isSet(value)) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = FunctionPrototypeBind(collections.formatSet, null,
                                        constructor !== null ? value : SetPrototypeValues(value));
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isMap(value)) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = FunctionPrototypeBind(collections.formatMap, null,
                                        constructor !== null ? value : MapPrototypeEntries(value));
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        // Copy into a real typed array of the same kind to read it.
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        bound = new primordials[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) {
        return `${braces[0]}]`;
      }
      formatter = FunctionPrototypeBind(collections.formatTypedArray, null, bound, size);
      extrasType = kArrayExtrasType;
    } else if (types.isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = FunctionPrototypeBind(collections.formatIterator, null, braces);
    } else if (types.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = FunctionPrototypeBind(collections.formatIterator, null, braces);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (types.isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (types.isRegExp(value)) {
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (types.isDate(value)) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ?
        DatePrototypeToString(value) : DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      // The bytes are listed for an ArrayBuffer, not for a typed array's
      // `buffer` shown with showHidden.
      const kind = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, kind);
      if (typedArray === undefined) {
        formatter = collections.formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ` +
          `${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      ArrayPrototypeUnshift(keys, 'byteLength');
    } else if (types.isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      ArrayPrototypeUnshift(keys, 'byteLength', 'byteOffset', 'buffer');
    } else if (types.isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = collections.formatPromise;
    } else if (types.isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? collections.formatWeakSet : collections.formatWeakCollection;
    } else if (types.isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? collections.formatWeakMap : collections.formatWeakCollection;
    } else if (types.isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = FunctionPrototypeBind(collections.formatNamespaceObject, null, keys);
    } else if (types.isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        if (types.isExternal(value)) {
          const address = getExternalValue(value).toString(16);
          return ctx.stylize(`[External: ${address}]`, 'special');
        }
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ArrayPrototypePush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      ArrayPrototypePush(output,
                         formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) ArrayPrototypePushApply(output, protoProps);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const name = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
    ArrayPrototypePop(ctx.seen);
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${name}: Inspection interrupted prematurely. ` +
                       'Maximum call stack size exceeded.]', 'special');
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ArrayPrototypePop(ctx.seen);

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      // Only the keys after the array entries are sorted.
      const start = output.length - keys.length;
      const args = [output, start, keys.length];
      ArrayPrototypePushApply(args, ArrayPrototypeSort(ArrayPrototypeSlice(output, start),
                                                      comparator));
      ReflectApply(ArrayPrototypeSplice, null, args);
    }
  }

  const result = reduceToSingleString(ctx, output, base, braces, extrasType,
                                      recurseTimes, value);
  // Past 2 ** 27 characters at one level, stop descending: the string would
  // soon exceed V8's maximum length.
  const newLength = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return result;
}

function getEmptyFormatArray() {
  return [];
}

let urlClass;
function isURL(value) {
  if (typeof value.href !== 'string') return false;
  if (urlClass === undefined) {
    try {
      urlClass = require('internal/url').URL;
    } catch {
      urlClass = null;
    }
  }
  return urlClass !== null && value instanceof urlClass;
}

// `key: value` (or the value alone for array entries); accessors show as
// [Getter], [Setter] or [Getter/Setter], or with `getters` their value.
function formatProperty(ctx, value, recurseTimes, key, type, desc,
                        original = value) {
  let str;
  let separator = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatGetter(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;

  let name;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKeyText(SymbolPrototypeToString(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKeyText(key)}]`;
  } else if (RegExpPrototypeExec(identifierRegExp, key) !== null) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${separator}${str}`;
}

function formatGetter(ctx, desc, receiver, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const sp = 'special';
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, sp);
  try {
    const result = FunctionPrototypeCall(desc.get, receiver);
    ctx.indentationLvl += 2;
    let str;
    if (result === null) {
      str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
    } else if (typeof result === 'object') {
      str = `${s(`[${label}]`, sp)} ${formatValue(ctx, result, recurseTimes)}`;
    } else {
      str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, result, ctx)}${s(']', sp)}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    return `${s(`[${label}:`, sp)} <Inspection threw (${err.message})>${s(']', sp)}`;
  }
}

module.exports = {
  format,
  formatWithOptions,
  getStringWidth,
  identicalSequenceRange,
  inspect,
  inspectDefaultOptions,
  isZeroWidthCodePoint,
  stripVTControlCharacters,
  // For the other inspect_* files.
  builtInObjects,
  formatProperty,
  formatValue,
};
