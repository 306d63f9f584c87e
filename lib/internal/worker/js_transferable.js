'use strict';

// Objects that postMessage() and structuredClone() can clone or transfer
// although they are JS objects: instances of classes extending
// JSTransferable (a native base, so that V8 treats them as host objects).
// Such a class defines
//   [kClone]()     -> { data, deserializeInfo }  (cloned when met)
//   [kTransfer]()  -> { data, deserializeInfo }  (when in the transfer list)
//   [kTransferList]() -> ports, ArrayBuffers... its data carries (optional)
//   [kDeserialize](data) on the receiving side,
// where deserializeInfo is 'internal/module:ExportedClass': the receiver
// makes `new ExportedClass()` of that built-in module and hands it the data
// (a structured clone of what the sender gave). An object with neither
// method found in a message is ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST.

const {
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectGetOwnPropertyDescriptors,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  ReflectConstruct,
  SafeFinalizationRegistry,
  SafeMap,
  SafeWeakRef,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} = primordials;

const messaging = internalBinding('messaging');
const {
  JSTransferable,
  transferSymbols: {
    messaging_clone_symbol: kClone,
    messaging_transfer_symbol: kTransfer,
    messaging_transfer_list_symbol: kTransferList,
    messaging_deserialize_symbol: kDeserialize,
  },
} = messaging;

let BuiltinModule;

// 'module:Class' -> a new, empty instance for [kDeserialize]. Only built-in
// modules, and only classes that can be deserialized.
function createObject(deserializeInfo) {
  const colon = StringPrototypeIndexOf(deserializeInfo, ':');
  const id = colon === -1 ? deserializeInfo :
    StringPrototypeSlice(deserializeInfo, 0, colon);
  const name = colon === -1 ? undefined :
    StringPrototypeSlice(deserializeInfo, colon + 1);
  BuiltinModule ??= require('internal/bootstrap/realm').BuiltinModule;
  if (!BuiltinModule.map.has(id)) {
    // Raw, as node's internal loader throws it.
    throw new TypeError(`Missing internal module '${id}'`);
  }
  const Ctor = require(id)[name];
  if (typeof Ctor !== 'function' ||
      typeof Ctor.prototype?.[kDeserialize] !== 'function') {
    // eslint-disable-next-line no-restricted-syntax
    throw new Error(`Unknown deserialize spec ${deserializeInfo}`);
  }
  return new Ctor();
}

let isSetUp = false;
function setup() {
  if (isSetUp) return;
  isSetUp = true;
  messaging.setDeserializerCreateObjectFunction(createObject);
}

// A copy of `obj` (same prototype and own properties) that is a
// JSTransferable, for objects whose class cannot extend it.
function makeTransferable(obj) {
  if (obj instanceof JSTransferable) return obj;
  const inst = ReflectConstruct(JSTransferable, [], obj.constructor);
  ObjectSetPrototypeOf(inst, ObjectGetPrototypeOf(obj));
  ObjectDefineProperties(inst, ObjectGetOwnPropertyDescriptors(obj));
  return inst;
}

// A base for a class that extends `Base` (a function constructor that can
// be called on an existing object, such as EventEmitter) and must be
// transferable: instances are JSTransferables on which `Base` then runs.
function transferableBase(Base) {
  function TransferableBase(...args) {
    const self = ReflectConstruct(JSTransferable, [], new.target);
    FunctionPrototypeCall(Base, self, ...args);
    return self;
  }
  TransferableBase.prototype = Base.prototype;
  ObjectSetPrototypeOf(TransferableBase, Base);
  return TransferableBase;
}

// State that a clone on the same thread shares with its original (node's
// native objects are shared between clones; ours are JS, which only this
// thread can reach): a token to put in the data, and the state back from
// it on the receiving side (undefined on another thread, or once gone).
const { threadId } = internalBinding('worker');
const shared = new SafeMap();
let nextToken = 0;
let sharedRegistry;

function shareLocally(state) {
  const id = nextToken++;
  shared.set(id, new SafeWeakRef(state));
  sharedRegistry ??= new SafeFinalizationRegistry((key) => shared.delete(key));
  sharedRegistry.register(state, id);
  return { thread: threadId, id };
}

function takeShared(token) {
  if (token?.thread !== threadId) return undefined;
  return shared.get(token.id)?.deref();
}

module.exports = {
  JSTransferable,
  kClone,
  kDeserialize,
  kTransfer,
  kTransferList,
  makeTransferable,
  setup,
  shareLocally,
  takeShared,
  transferableBase,
};
