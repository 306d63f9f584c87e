'use strict';

// Deep equality for assert.deepEqual/deepStrictEqual and
// util.isDeepStrictEqual, with node's rules: own enumerable keys (symbols
// too when strict), prototypes and type tags when strict, Map/Set entries
// matched by deep equality when keys are objects, errors by name/message/
// cause/errors, boxed primitives by value, typed arrays by bytes, cycles.

const {
  ArrayBufferIsView,
  ArrayIsArray,
  ArrayPrototypeFilter,
  ArrayPrototypePush,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DatePrototypeGetTime,
  Error,
  NumberIsNaN,
  NumberPrototypeValueOf,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  ObjectPrototypeToString,
  SafeSet,
  StringPrototypeValueOf,
  SymbolPrototypeValueOf,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

const {
  isAnyArrayBuffer,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDate,
  isMap,
  isNativeError,
  isNumberObject,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
} = internalBinding('types');
const {
  constants: { ONLY_ENUMERABLE },
  getOwnNonIndexProperties,
} = internalBinding('util');

const kStrict = true;
const kLoose = false;

// What keyCheck iterates after the keys.
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isFloatArray(value) {
  const tag = TypedArrayPrototypeGetSymbolToStringTag(value);
  return tag === 'Float32Array' || tag === 'Float64Array';
}

// URL instances, recognised as node does (no brand check available here).
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined &&
                 value.path === undefined);
}

// Own enumerable keys that are not array indices; symbols only when strict.
function nonIndexKeys(value, strict) {
  const keys = getOwnNonIndexProperties(value, ONLY_ENUMERABLE);
  if (strict) return keys;
  return ArrayPrototypeFilter(keys, (key) => typeof key !== 'symbol');
}

function sameBytes(a, b) {
  const length = a.length;
  if (length !== b.length) return false;
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameViewBytes(a, b) {
  return a.byteLength === b.byteLength && sameBytes(bytesOf(a), bytesOf(b));
}

// Loose float arrays compare by value, so that 0 equals -0 (and NaN differs
// from NaN). Iterates byteLength indices, as node does.
function sameFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const n = TypedArrayPrototypeGetByteLength(a);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameArrayBuffers(a, b) {
  return a.byteLength === b.byteLength &&
    sameBytes(new Uint8Array(a), new Uint8Array(b));
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) &&
      ObjectIs(NumberPrototypeValueOf(a), NumberPrototypeValueOf(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) &&
      StringPrototypeValueOf(a) === StringPrototypeValueOf(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      BooleanPrototypeValueOf(a) === BooleanPrototypeValueOf(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) &&
      BigIntPrototypeValueOf(a) === BigIntPrototypeValueOf(b);
  }
  return isSymbolObject(b) &&
    SymbolPrototypeValueOf(a) === SymbolPrototypeValueOf(b);
}

function isErrorLike(value) {
  return isNativeError(value) || value instanceof Error;
}

// `key` must be enumerable on both or on neither; when on neither the values
// are compared here (enumerable ones are compared with the other keys).
function sameHiddenErrorProp(a, b, key, compare) {
  const enumerable = ObjectPrototypePropertyIsEnumerable(a, key);
  if (enumerable !== ObjectPrototypePropertyIsEnumerable(b, key)) return false;
  return enumerable || compare(a[key], b[key]);
}

function sameErrors(a, b, strict, memos) {
  const identical = (x, y) => x === y;
  const deep = (x, y) => innerDeepEqual(x, y, strict, memos);
  return sameHiddenErrorProp(a, b, 'message', identical) &&
    sameHiddenErrorProp(a, b, 'name', identical) &&
    sameHiddenErrorProp(a, b, 'cause', deep) &&
    sameHiddenErrorProp(a, b, 'errors', deep);
}

// Kinds with their own comparison: a plain object never equals one of them.
function isSpecialKind(value) {
  return ArrayIsArray(value) || ArrayBufferIsView(value) || isSet(value) ||
    isMap(value) || isDate(value) || isRegExp(value) ||
    isAnyArrayBuffer(value) || isBoxedPrimitive(value) || isErrorLike(value);
}

// KeyObjects compare by key material, CryptoKeys by their algorithm,
// usages, extractability and key. Only values with their type tags are
// looked at, and neither can exist before its module loads, so comparing
// other objects never loads crypto.
const kCryptoModules = {
  __proto__: null,
  keys: 'internal/crypto/keys',
  cryptoKey: 'internal/crypto/subtle/key',
};
function loadedModule(id) {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  return BuiltinModule.map.get(id)?.loaded ? require(id) : null;
}

// undefined when val1 is neither; otherwise whether val2 is an equal key.
function sameCryptoKeys(val1, val2, strict, memos) {
  const keys = loadedModule(kCryptoModules.keys);
  if (keys !== null && keys.isKeyObject(val1)) {
    return keys.isKeyObject(val2) && val1.equals(val2);
  }
  const cryptoKey = loadedModule(kCryptoModules.cryptoKey);
  if (cryptoKey !== null && cryptoKey.isCryptoKey(val1)) {
    return cryptoKey.isCryptoKey(val2) &&
      val1.extractable === val2.extractable &&
      innerDeepEqual(val1.algorithm, val2.algorithm, strict, memos) &&
      innerDeepEqual(val1.usages, val2.usages, strict, memos) &&
      cryptoKey.keyObjectOf(val1).equals(cryptoKey.keyObjectOf(val2));
  }
  return undefined;
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    // +0 and -0 are only loosely equal.
    return val1 !== 0 || ObjectIs(val1, val2) || !strict;
  }

  if (strict) {
    if (typeof val1 === 'number') {
      return NumberIsNaN(val1) && NumberIsNaN(val2);
    }
    if (typeof val2 !== 'object' || typeof val1 !== 'object' ||
        val1 === null || val2 === null ||
        ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }

  const tag = ObjectPrototypeToString(val1);
  if (tag !== ObjectPrototypeToString(val2)) return false;

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    const keys = nonIndexKeys(val1, strict);
    if (keys.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys);
  }
  if ((tag === '[object KeyObject]' || tag === '[object CryptoKey]') &&
      sameCryptoKeys(val1, val2, strict, memos) === false) {
    return false;
  }
  if (tag === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  }
  if (isDate(val1)) {
    if (!isDate(val2) ||
        DatePrototypeGetTime(val1) !== DatePrototypeGetTime(val2)) {
      return false;
    }
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || val1.source !== val2.source ||
        val1.flags !== val2.flags || val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (ArrayBufferIsView(val1)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(val1) !==
        TypedArrayPrototypeGetSymbolToStringTag(val2)) {
      return false;
    }
    if (!strict && isFloatArray(val1)) {
      if (!sameFloats(val1, val2)) return false;
    } else if (!sameViewBytes(val1, val2)) {
      return false;
    }
    // Same bytes means same length: only the other keys are left.
    const keys = nonIndexKeys(val1, strict);
    if (keys.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys);
  } else if (isSet(val1)) {
    if (!isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !sameArrayBuffers(val1, val2)) return false;
  } else if (isErrorLike(val1)) {
    // The stack is not compared: it differs between equal errors.
    if (!isErrorLike(val2) || !sameErrors(val1, val2, strict, memos)) {
      return false;
    }
  } else if (isBoxedPrimitive(val1)) {
    if (!sameBoxedPrimitive(val1, val2)) return false;
  } else if (isSpecialKind(val2)) {
    return false;
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function countEnumerable(value, keys) {
  let count = 0;
  for (let i = 0; i < keys.length; i++) {
    if (ObjectPrototypePropertyIsEnumerable(value, keys[i])) count++;
  }
  return count;
}

// Strict mode: enumerable own symbols must match; appends those of val1 to
// `keys` so that their values are compared too.
function symbolKeysMatch(val1, val2, keys) {
  const symbols1 = ObjectGetOwnPropertySymbols(val1);
  if (symbols1.length === 0) {
    const symbols2 = ObjectGetOwnPropertySymbols(val2);
    return symbols2.length === 0 || countEnumerable(val2, symbols2) === 0;
  }
  let count = 0;
  for (let i = 0; i < symbols1.length; i++) {
    const key = symbols1[i];
    if (ObjectPrototypePropertyIsEnumerable(val1, key)) {
      if (!ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
      ArrayPrototypePush(keys, key);
      count++;
    } else if (ObjectPrototypePropertyIsEnumerable(val2, key)) {
      return false;
    }
  }
  const symbols2 = ObjectGetOwnPropertySymbols(val2);
  return symbols1.length === symbols2.length ||
    countEnumerable(val2, symbols2) === count;
}

function keyCheck(val1, val2, strict, memos, iterationType, keys) {
  // Array-like callers pass their non-index keys, already counted.
  const arrayLike = keys !== undefined;
  if (!arrayLike) keys = ObjectKeys(val1);

  for (let i = 0; i < keys.length; i++) {
    if (!ObjectPrototypePropertyIsEnumerable(val2, keys[i])) return false;
  }
  if (!arrayLike) {
    if (keys.length !== ObjectKeys(val2).length) return false;
    if (strict && !symbolKeysMatch(val1, val2, keys)) return false;
  }

  if (keys.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && val1.length === 0) ||
       val1.size === 0)) {
    return true;
  }

  // Cycle detection. The outermost pair is remembered as a and b; the first
  // nested pair as c and d (a pair equal to (a, b) there is a cycle); deeper
  // than that, every pair on the current path is kept in a set.
  if (memos === undefined) {
    memos = {
      set: undefined,
      a: val1,
      b: val2,
      c: undefined,
      d: undefined,
      deep: false,
      deleteFailures: false,
    };
    return objEquiv(val1, val2, strict, keys, memos, iterationType);
  }

  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, strict, keys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new SafeSet();
    memos.set.add(memos.a);
    memos.set.add(memos.b);
    memos.set.add(memos.c);
    memos.set.add(memos.d);
  }

  const { set } = memos;
  const sizeBefore = set.size;
  set.add(val1);
  set.add(val2);
  if (set.size === sizeBefore) return true;

  const result = objEquiv(val1, val2, strict, keys, memos, iterationType);
  if (result || memos.deleteFailures) {
    set.delete(val1);
    set.delete(val2);
  }
  return result;
}

// Looks for an element of `candidates` deep-equal to `value`, and takes it
// out of the candidates when found.
function takeEqualElement(candidates, value, strict, memos) {
  const { deleteFailures } = memos;
  memos.deleteFailures = true;
  for (const candidate of candidates) {
    if (innerDeepEqual(candidate, value, strict, memos)) {
      candidates.delete(candidate);
      memos.deleteFailures = deleteFailures;
      return true;
    }
  }
  memos.deleteFailures = deleteFailures;
  return false;
}

// Loose mode: which primitive could stand for `prim` in the other
// collection. null/undefined swap with each other; true means "any may
// match, look further", false "none can".
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !NumberIsNaN(+prim);
    case 'number':
      return !NumberIsNaN(prim);
  }
  return true;
}

function setMightHaveLoosePrimitive(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrimitive(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const other = b.get(alt);
  if ((other === undefined && !b.has(alt)) ||
      !innerDeepEqual(item, other, false, memos)) {
    return false;
  }
  return !a.has(alt) && innerDeepEqual(item, other, false, memos);
}

function setEquiv(a, b, strict, memos) {
  // Elements of `a` that `b` lacks by identity; each needs a deep match.
  let unmatched = null;
  for (const value of a) {
    if (b.has(value)) continue;
    if ((typeof value !== 'object' || value === null) &&
        (strict || !setMightHaveLoosePrimitive(a, b, value))) {
      return false;
    }
    if (unmatched === null) {
      if (b.size === 1) {
        return innerDeepEqual(value, b.values().next().value, strict, memos);
      }
      unmatched = new SafeSet();
    }
    unmatched.add(value);
  }
  if (unmatched === null) return true;

  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!a.has(value) && !takeEqualElement(unmatched, value, strict, memos)) {
        return false;
      }
    } else if (!strict && !a.has(value) &&
               !takeEqualElement(unmatched, value, strict, memos)) {
      return false;
    }
  }
  return unmatched.size === 0;
}

// Every key of `candidates` is tried (not just the first deep-equal one), so
// that Map([[{}, 1], [{}, 2]]) equals Map([[{}, 2], [{}, 1]]).
function takeEqualEntry(candidates, map, key, item, strict, memos) {
  const { deleteFailures } = memos;
  memos.deleteFailures = true;
  for (const candidate of candidates) {
    if (innerDeepEqual(candidate, key, strict, memos) &&
        innerDeepEqual(map.get(candidate), item, strict, memos)) {
      candidates.delete(candidate);
      memos.deleteFailures = deleteFailures;
      return true;
    }
  }
  memos.deleteFailures = deleteFailures;
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let unmatched = null;
  for (const { 0: key, 1: item } of a) {
    if (typeof key === 'object' && key !== null) {
      if (unmatched === null) {
        if (b.size === 1) {
          const { 0: key2, 1: item2 } = b.entries().next().value;
          return innerDeepEqual(key, key2, strict, memos) &&
            innerDeepEqual(item, item2, strict, memos);
        }
        unmatched = new SafeSet();
      }
      unmatched.add(key);
      continue;
    }
    const item2 = b.get(key);
    if ((item2 === undefined && !b.has(key)) ||
        !innerDeepEqual(item, item2, strict, memos)) {
      if (strict) return false;
      if (!mapMightHaveLoosePrimitive(a, b, key, item, memos)) return false;
      unmatched ??= new SafeSet();
      unmatched.add(key);
    }
  }
  if (unmatched === null) return true;

  for (const { 0: key, 1: item } of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(unmatched, a, key, item, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memos)) &&
               !takeEqualEntry(unmatched, a, key, item, strict, memos)) {
      return false;
    }
  }
  return unmatched.size === 0;
}

function arrayElementsEquiv(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (ObjectPrototypeHasOwnProperty(a, i)) {
      if (!ObjectPrototypeHasOwnProperty(b, i) ||
          !innerDeepEqual(a[i], b[i], strict, memos)) {
        return false;
      }
    } else if (ObjectPrototypeHasOwnProperty(b, i)) {
      return false;
    } else {
      // A hole in both: compare the remaining keys of the sparse array.
      const keysA = ObjectKeys(a);
      for (; i < keysA.length; i++) {
        const key = keysA[i];
        if (!ObjectPrototypeHasOwnProperty(b, key) ||
            !innerDeepEqual(a[key], b[key], strict, memos)) {
          return false;
        }
      }
      return keysA.length === ObjectKeys(b).length;
    }
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  switch (iterationType) {
    case kIsArray: return arrayElementsEquiv(a, b, strict, memos);
    case kIsSet: return setEquiv(a, b, strict, memos);
    case kIsMap: return mapEquiv(a, b, strict, memos);
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
