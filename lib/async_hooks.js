'use strict';

// The async_hooks module: createHook, AsyncResource, AsyncLocalStorage and
// the execution-context queries, over lib/internal/async_hooks.js.

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  FunctionPrototypeBind,
  NumberIsSafeInteger,
  ObjectDefineProperties,
  ObjectFreeze,
  ObjectIs,
  ReflectApply,
  SafeFinalizationRegistry,
  Symbol,
} = primordials;

const internal = require('internal/async_hooks');
const {
  async_id_symbol,
  trigger_async_id_symbol,
  newAsyncId,
  getDefaultTriggerAsyncId,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  hasDestroyHooks,
  emitInit,
  emitBefore,
  emitAfter,
  emitDestroy,
  enableHook,
  disableHook,
} = internal;
const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { deprecate } = require('internal/util');

const kHook = Symbol('kHook');

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve } = {}) {
    const callbacks = { init, before, after, destroy, promiseResolve };
    for (const name of ['init', 'before', 'after', 'destroy',
                        'promiseResolve']) {
      if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') {
        throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
      }
    }
    this[kHook] = { callbacks, thisArg: this };
  }

  enable() {
    enableHook(this[kHook]);
    return this;
  }

  disable() {
    disableHook(this[kHook]);
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

const destroyRegistry = new SafeFinalizationRegistry(emitDestroy);

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ?
        getDefaultTriggerAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!NumberIsSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    const asyncId = newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = triggerAsyncId;
    emitInit(asyncId, type, triggerAsyncId, this);
    if (!requireManualDestroy && hasDestroyHooks()) {
      destroyRegistry.register(this, asyncId);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[async_id_symbol];
    emitBefore(asyncId, this[trigger_async_id_symbol], this);
    try {
      return ReflectApply(fn, thisArg, args);
    } finally {
      emitAfter(asyncId);
    }
  }

  emitDestroy() {
    if (this[async_id_symbol] !== undefined) {
      emitDestroy(this[async_id_symbol]);
    }
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return ReflectApply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = FunctionPrototypeBind(this.runInAsyncScope, this, fn, thisArg);
    }
    let self = this;
    ObjectDefineProperties(bound, {
      'length': {
        __proto__: null, configurable: true, enumerable: false,
        value: fn.length, writable: false,
      },
      'asyncResource': {
        __proto__: null, configurable: true, enumerable: true,
        get: deprecate(function() { return self; },
                       'The asyncResource property on bound functions is ' +
                       'deprecated', 'DEP0172'),
        set: deprecate(function(value) { self = value; },
                       'The asyncResource property on bound functions is ' +
                       'deprecated', 'DEP0172'),
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

// --- AsyncLocalStorage (stores travel with resources created in their run) ---

const storageList = [];
const storageHook = createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    const currentResource = executionAsyncResource();
    for (let i = 0; i < storageList.length; ++i) {
      storageList[i]._propagate(resource, currentResource, type);
    }
  },
});

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const runInAsyncScope = AsyncResource.bind(function(cb, ...args) {
      return ReflectApply(cb, this, args);
    });
    return runInAsyncScope;
  }

  disable() {
    if (this.enabled) {
      this.enabled = false;
      // Forget this store on the current resource.
      delete executionAsyncResource()[this.kResourceStore];
      const index = ArrayPrototypeIndexOf(storageList, this);
      ArrayPrototypeSplice(storageList, index, 1);
      if (storageList.length === 0) storageHook.disable();
    }
  }

  _enable() {
    if (!this.enabled) {
      this.enabled = true;
      ArrayPrototypePush(storageList, this);
      storageHook.enable();
    }
  }

  _propagate(resource, triggerResource, type) {
    const store = triggerResource[this.kResourceStore];
    if (this.enabled) resource[this.kResourceStore] = store;
  }

  enterWith(store) {
    this._enable();
    executionAsyncResource()[this.kResourceStore] = store;
  }

  run(store, callback, ...args) {
    // Avoid creation of an AsyncResource if store is already active.
    if (ObjectIs(store, this.getStore())) {
      return ReflectApply(callback, null, args);
    }
    this._enable();
    const resource = executionAsyncResource();
    const oldStore = resource[this.kResourceStore];
    resource[this.kResourceStore] = store;
    try {
      return ReflectApply(callback, null, args);
    } finally {
      resource[this.kResourceStore] = oldStore;
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return ReflectApply(callback, null, args);
    this.disable();
    try {
      return ReflectApply(callback, null, args);
    } finally {
      this._enable();
    }
  }

  getStore() {
    if (this.enabled) {
      return executionAsyncResource()[this.kResourceStore];
    }
  }
}

const asyncWrapProviders = ObjectFreeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4,
  FILEHANDLECLOSEREQ: 5, BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8,
  FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10, GETNAMEINFOREQWRAP: 11,
  HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18,
  JSSTREAM: 19, JSUDPWRAP: 20, MESSAGEPORT: 21, PIPECONNECTWRAP: 22,
  PIPESERVERWRAP: 23, PIPEWRAP: 24, PROCESSWRAP: 25, PROMISE: 26,
  QUERYWRAP: 27, QUIC_LOGSTREAM: 28, QUIC_PACKET: 29, SHUTDOWNWRAP: 30,
  SIGNALWRAP: 31, STATWATCHER: 32, STREAMPIPE: 33, TCPCONNECTWRAP: 34,
  TCPSERVERWRAP: 35, TCPWRAP: 36, TTYWRAP: 37, UDPSENDWRAP: 38, UDPWRAP: 39,
  SIGINTWATCHDOG: 40, WORKER: 41, WORKERHEAPSNAPSHOT: 42, WRITEWRAP: 43,
  ZLIB: 44, CHECKPRIMEREQUEST: 45, PBKDF2REQUEST: 46, KEYPAIRGENREQUEST: 47,
  KEYGENREQUEST: 48, KEYEXPORTREQUEST: 49, CIPHERREQUEST: 50,
  DERIVEBITSREQUEST: 51, HASHREQUEST: 52, RANDOMBYTESREQUEST: 53,
  RANDOMPRIMEREQUEST: 54, SCRYPTREQUEST: 55, SIGNREQUEST: 56, TLSWRAP: 57,
  VERIFYREQUEST: 58,
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
