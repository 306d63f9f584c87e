'use strict';

// util.types: V8's type checks from internalBinding('types') plus the typed
// array checks, which need no native help (the %TypedArray% toStringTag
// getter returns the kind, or undefined for anything else).

const {
  ArrayBufferIsView,
  ObjectDefineProperties,
  TypedArrayPrototypeGetSymbolToStringTag,
} = primordials;

function isTypedArray(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined;
}

function typedArrayCheck(kind) {
  return {
    [`is${kind}`](value) {
      return TypedArrayPrototypeGetSymbolToStringTag(value) === kind;
    },
  }[`is${kind}`];
}

const binding = internalBinding('types');

// Listed in node's order, so that Object.keys(util.types) matches.
module.exports = {
  isExternal: binding.isExternal,
  isDate: binding.isDate,
  isArgumentsObject: binding.isArgumentsObject,
  isBigIntObject: binding.isBigIntObject,
  isBooleanObject: binding.isBooleanObject,
  isNumberObject: binding.isNumberObject,
  isStringObject: binding.isStringObject,
  isSymbolObject: binding.isSymbolObject,
  isNativeError: binding.isNativeError,
  isRegExp: binding.isRegExp,
  isAsyncFunction: binding.isAsyncFunction,
  isGeneratorFunction: binding.isGeneratorFunction,
  isGeneratorObject: binding.isGeneratorObject,
  isPromise: binding.isPromise,
  isMap: binding.isMap,
  isSet: binding.isSet,
  isMapIterator: binding.isMapIterator,
  isSetIterator: binding.isSetIterator,
  isWeakMap: binding.isWeakMap,
  isWeakSet: binding.isWeakSet,
  isArrayBuffer: binding.isArrayBuffer,
  isDataView: binding.isDataView,
  isSharedArrayBuffer: binding.isSharedArrayBuffer,
  isProxy: binding.isProxy,
  isModuleNamespaceObject: binding.isModuleNamespaceObject,
  isAnyArrayBuffer: binding.isAnyArrayBuffer,
  isBoxedPrimitive: binding.isBoxedPrimitive,
  isArrayBufferView: ArrayBufferIsView,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
};

// Crypto key checks load crypto only when asked (and say false without it).
function cryptoCheck(name) {
  let check;
  return {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: {
      [name](obj) {
        if (!process.versions.openssl) return false;
        check ??= require('internal/crypto/keys')[name];
        return check(obj);
      },
    }[name],
  };
}

ObjectDefineProperties(module.exports, {
  isKeyObject: cryptoCheck('isKeyObject'),
  isCryptoKey: cryptoCheck('isCryptoKey'),
});
