'use strict';

// MessagePort, MessageChannel, BroadcastChannel and the stdio streams a
// worker and its parent exchange, on top of internalBinding('messaging').
// A MessagePort is a NodeEventTarget: EventTarget events ('message',
// 'messageerror', 'close') plus on/once/off; a 'message' listener starts
// delivery and keeps the loop alive (ref), as in node.

const {
  ArrayFrom,
  ArrayPrototypePush,
  ObjectAssign,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  ReflectApply,
  SymbolFor,
  SymbolIterator,
} = primordials;

const messaging = internalBinding('messaging');
const { MessagePort } = messaging;
const {
  NodeEventTarget,
  defineEventHandler,
  initNodeEventTarget,
  kCreateEvent,
  kNewListener,
  kRemoveListener,
  Event,
} = require('internal/event_target');
const { Readable, Writable } = require('stream');
const { inspect } = require('internal/util/inspect');
const {
  codes: {
    ERR_CLOSED_MESSAGE_PORT,
    ERR_CONSTRUCT_CALL_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  checkTransferables,
  toDOMException,
} = require('internal/structured_clone');

const kHybridDispatch = SymbolFor('nodejs.internal.kHybridDispatch');
const kCurrentlyReceivingPorts =
  SymbolFor('nodejs.internal.kCurrentlyReceivingPorts');

let DOMException;
function lazyDOMException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

// --- MessageEvent ---------------------------------------------------------------

const kData = Symbol('kData');
const kPorts = Symbol('kPorts');
const kOrigin = Symbol('kOrigin');
const kSource = Symbol('kSource');
const kLastEventId = Symbol('kLastEventId');

class MessageEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const { data = null, origin = '', lastEventId = '', source = null,
            ports = [] } = options ?? {};
    this[kData] = data;
    this[kOrigin] = `${origin}`;
    this[kLastEventId] = `${lastEventId}`;
    if (source !== null && !messaging.isMessagePort(source)) {
      throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', source);
    }
    const list = [];
    for (const port of ports) {
      if (!messaging.isMessagePort(port)) {
        throw new ERR_INVALID_ARG_TYPE(`init.ports[${list.length}]`,
                                       'MessagePort', port);
      }
      ArrayPrototypePush(list, port);
    }
    this[kSource] = source;
    this[kPorts] = list;
  }
}

for (const { 0: name, 1: key } of [['data', kData], ['origin', kOrigin],
  ['lastEventId', kLastEventId], ['source', kSource], ['ports', kPorts]]) {
  ObjectDefineProperty(MessageEvent.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (this == null || !(kData in this)) {
        throw new ERR_INVALID_THIS('MessageEvent');
      }
      return this[key];
    },
  });
}

// --- MessagePort ----------------------------------------------------------------

// The native prototype methods, before ours wrap them.
const native = {
  postMessage: MessagePort.prototype.postMessage,
  start: MessagePort.prototype.start,
  stop: MessagePort.prototype.stop,
  drain: MessagePort.prototype.drain,
  close: MessagePort.prototype.close,
  ref: MessagePort.prototype.ref,
  unref: MessagePort.prototype.unref,
  hasRef: MessagePort.prototype.hasRef,
};

// Node's native check words these without quotes around the name.
function notIterable(what) {
  const err = new TypeError(`Optional ${what} argument must be an iterable`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// postMessage(value, transferList) or postMessage(value, { transfer }).
function transferListOf(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer !== 'object' && typeof transfer !== 'function') {
    throw notIterable('transferList');
  }
  if (SymbolIterator in transfer) return ArrayFrom(transfer);
  const list = transfer.transfer;
  if (list === undefined) return [];
  if (list === null || typeof list !== 'object' || !(SymbolIterator in list)) {
    throw notIterable('options.transfer');
  }
  try {
    return ArrayFrom(list);
  } catch {
    throw notIterable('options.transfer');
  }
}

function postMessage(value, transfer) {
  // As V8 words it for a method called on the wrong object.
  if (!messaging.isPortObject(this)) throw new TypeError('Illegal invocation');
  if (arguments.length === 0) {
    const err = new TypeError('Not enough arguments to ' +
                              'MessagePort.postMessage');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  const list = transferListOf(transfer);
  checkTransferables(list);
  let sent;
  try {
    sent = ReflectApply(native.postMessage, this, [value, list]);
  } catch (err) {
    throw toDOMException(err);
  }
  // A closed port serialises (and throws) all the same, and says nothing.
  if (sent === false) {
    process.emitWarning('The target port was posted to itself, and the ' +
                        'communication channel was lost');
    return true;
  }
  return sent;
}


// close(callback): the callback runs on 'close', as node's does.
function closePort(callback) {
  if (typeof callback === 'function') this.once('close', callback);
  if (messaging.isMessagePort(this)) ReflectApply(native.close, this, []);
}

function hasRef() {
  if (!messaging.isMessagePort(this)) return false;
  return ReflectApply(native.hasRef, this, []) ?? false;
}

// 'message' listeners start delivery and keep the loop alive (a closed
// port has nothing left to start or stop).
function onNewListener(size, type) {
  if (type === 'message' && size === 1 && messaging.isMessagePort(this)) {
    ReflectApply(native.ref, this, []);
    ReflectApply(native.start, this, []);
  }
}

function onRemoveListener(size, type) {
  if (type === 'message' && size === 0 && messaging.isMessagePort(this)) {
    ReflectApply(native.stop, this, []);
    ReflectApply(native.unref, this, []);
  }
}

// Called by C++ for each port it creates, and for each event of a port.
// Node-style listeners (port.on) get the data; EventTarget listeners get a
// MessageEvent made on demand (kCreateEvent).
function portCallback(port, kind, data, ports) {
  switch (kind) {
    case messaging.constants.kInit:
      initNodeEventTarget(port);
      // Own properties even when EventTarget.prototype is frozen.
      for (const { 0: key, 1: value } of [[kNewListener, onNewListener],
        [kRemoveListener, onRemoveListener],
        [kCurrentlyReceivingPorts, undefined]]) {
        ObjectDefineProperty(port, key, {
          __proto__: null, value, writable: true, enumerable: true,
          configurable: true,
        });
      }
      return;
    case messaging.constants.kMessage:
    case messaging.constants.kMessageError:
      port[kCurrentlyReceivingPorts] = ports;
      try {
        port[kHybridDispatch](data, kind === messaging.constants.kMessage ?
          'message' : 'messageerror', undefined);
      } finally {
        port[kCurrentlyReceivingPorts] = undefined;
      }
      return;
    case messaging.constants.kClose:
      port[kHybridDispatch](undefined, 'close', undefined);
  }
}
messaging.setPortCallback(portCallback);

// NodeEventTarget's `emit('message', data)` style listeners get the data,
// not the event, as in node (kCreateEvent/hybrid dispatch).
ObjectSetPrototypeOf(MessagePort, NodeEventTarget);
ObjectSetPrototypeOf(MessagePort.prototype, NodeEventTarget.prototype);
const createCustomEvent = NodeEventTarget.prototype[kCreateEvent];
MessagePort.prototype[kCreateEvent] = function createEvent(data, type) {
  // Other events ('close', or emit('foo', value)) are CustomEvents with the
  // value as detail, as on any NodeEventTarget.
  if (type !== 'message' && type !== 'messageerror') {
    return ReflectApply(createCustomEvent, this, [data, type]);
  }
  return new MessageEvent(type, {
    data, ports: this[kCurrentlyReceivingPorts] ?? [],
  });
};
ObjectDefineProperties(MessagePort.prototype, {
  postMessage: { __proto__: null, value: postMessage, writable: true,
                 configurable: true, enumerable: true },
  start: { __proto__: null, value: function start() {
    if (messaging.isMessagePort(this)) ReflectApply(native.start, this, []);
  }, writable: true, configurable: true, enumerable: true },
  ref: { __proto__: null, value: function ref() {
    if (messaging.isMessagePort(this)) ReflectApply(native.ref, this, []);
  }, writable: true, configurable: true, enumerable: true },
  unref: { __proto__: null, value: function unref() {
    if (messaging.isMessagePort(this)) ReflectApply(native.unref, this, []);
  }, writable: true, configurable: true, enumerable: true },
  hasRef: { __proto__: null, value: hasRef, writable: true,
            configurable: true, enumerable: true },
  close: { __proto__: null, value: closePort, writable: true,
           configurable: true, enumerable: true },
});
delete MessagePort.prototype.stop;
delete MessagePort.prototype.drain;
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

ObjectDefineProperty(MessagePort.prototype, inspect.custom, {
  __proto__: null,
  enumerable: false,
  writable: false,
  value: function inspectPort() {
    // The copy made below is no port: it prints as a plain object.
    if (!messaging.isPortObject(this)) return this;
    const ref = messaging.isMessagePort(this) ?
      ReflectApply(native.hasRef, this, []) : undefined;
    return ObjectAssign({ __proto__: MessagePort.prototype },
                        ref === undefined ? { active: false } :
                          { active: true, refed: ref },
                        this);
  },
});

function drainPort(port) {
  if (messaging.isMessagePort(port)) ReflectApply(native.drain, port, []);
}

// A function, not a class: a call without `new` is node's
// ERR_CONSTRUCT_CALL_REQUIRED.
function MessageChannel() {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED();
  const { 0: port1, 1: port2 } = messaging.newChannel();
  this.port1 = port1;
  this.port2 = port2;
}

function receiveMessageOnPort(port) {
  // A BroadcastChannel reads from the port behind it.
  if (port instanceof BroadcastChannel) port = port[kHandle];
  if (!messaging.isMessagePort(port)) {
    const err = new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
    err.message = 'The "port" argument must be a MessagePort instance';
    throw err;
  }
  return messaging.receiveMessageOnPort(port);
}

// The port's end of its channel as a port of a vm context: a bare port of
// that context (postMessage, start, close, ref, unref, hasRef) whose
// messages are read there and go to its onmessage/onmessageerror.
function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!messaging.isMessagePort(port)) {
    const err = new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
    err.message = 'The "port" argument must be a MessagePort instance';
    throw err;
  }
  const moved = messaging.moveToContext(port, contextifiedSandbox);
  if (moved === false) throw new ERR_CLOSED_MESSAGE_PORT();
  if (moved === null) {
    const err = new ERR_INVALID_ARG_TYPE('context', 'vm.Context',
                                         contextifiedSandbox);
    err.message = 'Invalid context argument';
    throw err;
  }
  return moved;
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) {
    return;
  }
  messaging.markAsUntransferable(obj);
}

// --- BroadcastChannel ---------------------------------------------------------

const kName = Symbol('kName');
const kHandle = Symbol('kHandle');

function isBroadcastChannel(value) {
  return value !== null && typeof value === 'object' && kName in value;
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    this[kHandle] = messaging.joinBroadcastChannel(this[kName]);
    this[kHandle].on('message', (data) => {
      this.dispatchEvent(new MessageEvent('message', { data }));
    });
    this[kHandle].on('messageerror', (error) => {
      this.dispatchEvent(new MessageEvent('messageerror', { data: error }));
    });
  }

  get name() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    return this[kName];
  }

  close() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (this[kHandle] === undefined) return;
    // Nothing more is dispatched, even what the handle still delivers.
    this[kHandle].removeAllListeners('message');
    this[kHandle].removeAllListeners('messageerror');
    this[kHandle].close();
    this[kHandle] = undefined;
  }

  postMessage(message) {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kHandle] === undefined) {
      throw lazyDOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    // JS transferables (cloneables) reach one other channel at most.
    if (this[kHandle].postMessage(message) === null) {
      throw lazyDOMException('Message could not be posted.');
    }
  }

  ref() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    this[kHandle]?.ref();
    return this;
  }

  unref() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    this[kHandle]?.unref();
    return this;
  }

  [inspect.custom](depth, options) {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null :
      options.depth - 1 };
    return `BroadcastChannel ${inspect({
      name: this[kName],
      active: this[kHandle] !== undefined,
    }, opts)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

// --- Worker stdio ---------------------------------------------------------------

// Message types on the internal channel between a worker and its parent.
const messageTypes = {
  LOAD_SCRIPT: 'loadScript',
  UP_AND_RUNNING: 'upAndRunning',
  ERROR_MESSAGE: 'errorMessage',
  STDIO_PAYLOAD: 'stdioPayload',
  STDIO_END: 'stdioEnd',
  HEAP_SNAPSHOT_REQUEST: 'heapSnapshotRequest',
  HEAP_SNAPSHOT: 'heapSnapshot',
};

// The reading side of a stream the other thread writes (worker.stdout in
// the parent, process.stdin in the worker).
// With keepAlive (a worker's process.stdin), it keeps the thread alive
// while it is being read.
class ReadableWorkerStdio extends Readable {
  constructor(port, name, keepAlive = false) {
    super();
    this[kPortRef] = port;
    this[kStreamName] = name;
    this[kRefed] = !keepAlive;
    if (keepAlive) {
      this.once('end', () => {
        if (this[kRefed]) this[kPortRef].unref();
      });
    }
  }

  _read() {
    if (!this[kRefed] && !this.readableEnded) {
      this[kRefed] = true;
      this[kPortRef].ref();
    }
  }
}

const kPortRef = Symbol('kPort');
const kStreamName = Symbol('kName');
const kRefed = Symbol('kRefed');

// The writing side: each write is posted to the other thread.
class WritableWorkerStdio extends Writable {
  constructor(port, name) {
    super({ decodeStrings: false });
    this[kPortRef] = port;
    this[kStreamName] = name;
  }

  _writev(chunks, cb) {
    const payload = [];
    for (const { chunk, encoding } of chunks) {
      payload.push({ chunk, encoding });
    }
    this[kPortRef].postMessage({
      type: messageTypes.STDIO_PAYLOAD,
      stream: this[kStreamName],
      chunks: payload,
    });
    cb();
  }

  _final(cb) {
    this[kPortRef].postMessage({
      type: messageTypes.STDIO_END,
      stream: this[kStreamName],
    });
    cb();
  }
}

function pushStdioPayload(stream, chunks) {
  const { Buffer } = require('buffer');
  for (const { chunk, encoding } of chunks) {
    stream.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) :
      chunk);
  }
}

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  ReadableWorkerStdio,
  WritableWorkerStdio,
  drainPort,
  markAsUntransferable,
  messageTypes,
  moveMessagePortToContext,
  pushStdioPayload,
  receiveMessageOnPort,
  transferListOf,
};
