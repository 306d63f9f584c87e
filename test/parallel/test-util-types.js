'use strict';
// util.types: each check against a set of values (1 = true), and the list of
// checks.
require('../common');
const assert = require('assert');
const { types } = require('util');

const values = {
  date: new Date(),
  regexp: /x/,
  error: new TypeError('e'),
  errorLike: Object.create(Error.prototype),
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  mapIterator: new Map().keys(),
  setIterator: new Set().values(),
  promise: Promise.resolve(),
  thenable: { then() {} },
  proxy: new Proxy({}, {}),
  arrayBuffer: new ArrayBuffer(1),
  sharedArrayBuffer: new SharedArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  uint8: new Uint8Array(1),
  uint8Clamped: new Uint8ClampedArray(1),
  uint16: new Uint16Array(1),
  uint32: new Uint32Array(1),
  int8: new Int8Array(1),
  int16: new Int16Array(1),
  int32: new Int32Array(1),
  float32: new Float32Array(1),
  float64: new Float64Array(1),
  bigInt64: new BigInt64Array(1),
  bigUint64: new BigUint64Array(1),
  args: (function() { return arguments; })(),
  asyncFn: async () => {},
  generatorFn: function* () {},
  asyncGeneratorFn: async function* () {},
  generator: (function* () {})(),
  numberObject: new Number(1),
  stringObject: new String('s'),
  booleanObject: new Boolean(true),
  symbolObject: Object(Symbol('s')),
  bigIntObject: Object(1n),
  plainObject: {},
  array: [],
  number: 1,
  fn() {},
};
const names = Object.keys(values);
const table = (check) => names.filter((name) => types[check](values[name])).join(',');

assert.strictEqual(
  Object.keys(types).join(','),
  'isExternal,isDate,isArgumentsObject,isBigIntObject,isBooleanObject,isN' +
  'umberObject,isStringObject,isSymbolObject,isNativeError,isRegExp,isAsy' +
  'ncFunction,isGeneratorFunction,isGeneratorObject,isPromise,isMap,isSet' +
  ',isMapIterator,isSetIterator,isWeakMap,isWeakSet,isArrayBuffer,isDataV' +
  'iew,isSharedArrayBuffer,isProxy,isModuleNamespaceObject,isAnyArrayBuff' +
  'er,isBoxedPrimitive,isArrayBufferView,isTypedArray,isUint8Array,isUint' +
  '8ClampedArray,isUint16Array,isUint32Array,isInt8Array,isInt16Array,isI' +
  'nt32Array,isFloat32Array,isFloat64Array,isBigInt64Array,isBigUint64Arr' +
  'ay,isKeyObject,isCryptoKey');
assert.strictEqual(table('isDate'), 'date');
assert.strictEqual(table('isRegExp'), 'regexp');
assert.strictEqual(table('isNativeError'), 'error');
assert.strictEqual(table('isMap'), 'map');
assert.strictEqual(table('isSet'), 'set');
assert.strictEqual(table('isWeakMap'), 'weakMap');
assert.strictEqual(table('isWeakSet'), 'weakSet');
assert.strictEqual(table('isMapIterator'), 'mapIterator');
assert.strictEqual(table('isSetIterator'), 'setIterator');
assert.strictEqual(table('isPromise'), 'promise');
assert.strictEqual(table('isProxy'), 'proxy');
assert.strictEqual(table('isArrayBuffer'), 'arrayBuffer');
assert.strictEqual(table('isSharedArrayBuffer'), 'sharedArrayBuffer');
assert.strictEqual(table('isAnyArrayBuffer'), 'arrayBuffer,sharedArrayBuffer');
assert.strictEqual(table('isDataView'), 'dataView');
assert.strictEqual(
  table('isArrayBufferView'),
  'dataView,uint8,uint8Clamped,uint16,uint32,int8,int16,int32,float32,flo' +
  'at64,bigInt64,bigUint64');
assert.strictEqual(
  table('isTypedArray'),
  'uint8,uint8Clamped,uint16,uint32,int8,int16,int32,float32,float64,bigI' +
  'nt64,bigUint64');
assert.strictEqual(table('isUint8Array'), 'uint8');
assert.strictEqual(table('isUint8ClampedArray'), 'uint8Clamped');
assert.strictEqual(table('isUint16Array'), 'uint16');
assert.strictEqual(table('isUint32Array'), 'uint32');
assert.strictEqual(table('isInt8Array'), 'int8');
assert.strictEqual(table('isInt16Array'), 'int16');
assert.strictEqual(table('isInt32Array'), 'int32');
assert.strictEqual(table('isFloat32Array'), 'float32');
assert.strictEqual(table('isFloat64Array'), 'float64');
assert.strictEqual(table('isBigInt64Array'), 'bigInt64');
assert.strictEqual(table('isBigUint64Array'), 'bigUint64');
assert.strictEqual(table('isArgumentsObject'), 'args');
assert.strictEqual(table('isAsyncFunction'), 'asyncFn,asyncGeneratorFn');
assert.strictEqual(table('isGeneratorFunction'), 'generatorFn,asyncGeneratorFn');
assert.strictEqual(table('isGeneratorObject'), 'generator');
assert.strictEqual(table('isNumberObject'), 'numberObject');
assert.strictEqual(table('isStringObject'), 'stringObject');
assert.strictEqual(table('isBooleanObject'), 'booleanObject');
assert.strictEqual(table('isSymbolObject'), 'symbolObject');
assert.strictEqual(table('isBigIntObject'), 'bigIntObject');
assert.strictEqual(
  table('isBoxedPrimitive'),
  'numberObject,stringObject,booleanObject,symbolObject,bigIntObject');
assert.strictEqual(table('isExternal'), '');
assert.strictEqual(table('isModuleNamespaceObject'), '');
assert.strictEqual(types.isTypedArray(Object.setPrototypeOf(new Uint8Array(1), null)), true);
assert.strictEqual(types.isDate(Object.create(Date.prototype)), false);
