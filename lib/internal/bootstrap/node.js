'use strict';

// Turns the bare context into node's: `process` (an EventEmitter with its
// methods), the task queue and timers wired to C++, error handling, and the
// globals. Receives (process, require, internalBinding, primordials).

/* global process, require, internalBinding, primordials */

const {
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  SymbolToStringTag,
  globalThis,
} = primordials;

const options = internalBinding('options').getOptions();

// --- process ------------------------------------------------------------------
const EventEmitter = require('events');
const processPrototype = ObjectGetPrototypeOf(process);
ObjectSetPrototypeOf(processPrototype, EventEmitter.prototype);
FunctionPrototypeCall(EventEmitter, process);
ObjectDefineProperty(process, SymbolToStringTag, {
  __proto__: null, enumerable: false, writable: true, configurable: false,
  value: 'process',
});

const perThread = require('internal/process/per_thread');
perThread.setupProcessInfo(process, options);
perThread.setupProcessMethods(process);
require('internal/process/stdio').setupStdio(process);

// Signal listeners start and stop uv_signal watchers (on the main thread:
// workers do not receive signals).
if (internalBinding('worker').isMainThread) {
  const { startListeningIfSignal, stopListeningIfSignal } =
    require('internal/process/signals');
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

const { emitWarning, onWarning } = require('internal/process/warning');
process.emitWarning = emitWarning;
process.on('warning', onWarning);

// Symbol.dispose and Symbol.asyncDispose, as node 20 defines them.
for (const { 0: name, 1: value } of [['dispose', primordials.SymbolDispose],
  ['asyncDispose', primordials.SymbolAsyncDispose]]) {
  if (globalThis.Symbol[name] === undefined) {
    ObjectDefineProperty(globalThis.Symbol, name, {
      __proto__: null, value, writable: false, enumerable: false,
      configurable: false,
    });
  }
}

// Node 20 defines Error.prepareStackTrace (stacks are formatted by
// lib/internal/errors.js through the C++ callback either way).
ObjectDefineProperty(globalThis.Error, 'prepareStackTrace', {
  __proto__: null, writable: true, enumerable: false, configurable: true,
  value: require('internal/errors').ErrorPrepareStackTrace,
});

const execution = require('internal/process/execution');
execution.setupErrorHandling();
process.setUncaughtExceptionCaptureCallback =
  execution.setUncaughtExceptionCaptureCallback;
process.hasUncaughtExceptionCaptureCallback =
  execution.hasUncaughtExceptionCaptureCallback;

const { setupTaskQueue, queueMicrotask } =
  require('internal/process/task_queues');
const { nextTick, runNextTicks } = setupTaskQueue();
process.nextTick = nextTick;
process._tickCallback = runNextTicks;
require('internal/process/promises')
  .setupPromiseRejections(options.unhandledRejections);
require('internal/timers').setupTimers(runNextTicks);

// beforeExit and exit, emitted from C++ when the loop runs dry.
internalBinding('task_queue').setEmitProcessEvent((name) => {
  if (name === 'exit') {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    require('internal/process/stdio').flushStdioAtExit();
  } else {
    process.emit('beforeExit', process.exitCode || 0);
  }
});

process.binding = function binding(name) {
  const { codes: { ERR_INVALID_MODULE } } = require('internal/errors');
  throw new ERR_INVALID_MODULE(`No such module: ${name}`);
};
process.assert = require('internal/util').deprecate(
  function assert(value, message) {
    if (!value) {
      const { codes: { ERR_ASSERTION } } = require('internal/errors');
      throw new ERR_ASSERTION(message || 'assertion error');
    }
  },
  'process.assert() is deprecated. Please use the `assert` module instead.',
  'DEP0100');
process.dlopen = function dlopen() {
  const { codes: { ERR_DLOPEN_DISABLED } } = require('internal/errors');
  throw new ERR_DLOPEN_DISABLED('Cannot load native addon because loading ' +
    'addons is disabled.');
};

// --- globals ------------------------------------------------------------------

// Installs `name` on globalThis as node does (writable, configurable, and
// enumerable only for the few node lists in Object.keys(globalThis)),
// loading the module that provides it on first use.
function defineLazyGlobal(name, load, enumerable = false) {
  const settle = (value) => {
    ObjectDefineProperty(globalThis, name, {
      __proto__: null, value, writable: true, enumerable, configurable: true,
    });
  };
  ObjectDefineProperty(globalThis, name, {
    __proto__: null,
    enumerable,
    configurable: true,
    get() {
      const value = load();
      settle(value);
      return value;
    },
    set: settle,
  });
}

function defineGlobal(name, value, enumerable = false) {
  ObjectDefineProperty(globalThis, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

// Object.keys(globalThis) lists what node lists, in node's order: global,
// the timers, queueMicrotask, structuredClone, atob, btoa, performance,
// crypto. Object.prototype.toString.call(globalThis) is '[object global]'.
defineGlobal('global', globalThis, true);
ObjectDefineProperty(globalThis, SymbolToStringTag, {
  __proto__: null, value: 'global', writable: false, enumerable: false,
  configurable: true,
});
// Globals that node defines as plain values (URL, EventTarget,
// structuredClone...): data properties whose value is loaded on first use.
function defineLazyValueGlobal(name, load, enumerable = false) {
  internalBinding('util').defineLazyDataProperty(globalThis, name, load,
                                                 enumerable);
}

// process and Buffer stay accessors when assigned, as in node, where their
// getters once warned in ES modules.
function defineAccessorGlobal(name, load) {
  let loaded = false;
  let value;
  ObjectDefineProperty(globalThis, name, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(newValue) {
      value = newValue;
      loaded = true;
    },
  });
}
defineAccessorGlobal('process', () => process);

// V8's own console has methods node keeps (profile, timeStamp, context).
const consoleFromV8 = globalThis.console;
defineLazyGlobal('console', () => {
  const console = require('internal/console/global');
  if (consoleFromV8 !== undefined) {
    for (const key of ['profile', 'profileEnd', 'timeStamp', 'context']) {
      const desc = ObjectGetOwnPropertyDescriptor(consoleFromV8, key);
      if (desc !== undefined && console[key] === undefined) {
        ObjectDefineProperty(console, key, { __proto__: null, ...desc });
      }
    }
  }
  return console;
});

const timers = require('timers');
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('queueMicrotask', queueMicrotask, true);
defineLazyValueGlobal('structuredClone',
                      lazyFrom('internal/structured_clone', 'structuredClone'),
                      true);
defineLazyGlobal('atob', lazyFrom('buffer', 'atob'), true);
defineLazyGlobal('btoa', lazyFrom('buffer', 'btoa'), true);
defineLazyGlobal('performance',
                 lazyFrom('internal/perf/performance', 'performance'), true);

function lazyFrom(id, name) {
  return () => require(id)[name];
}

defineLazyValueGlobal('EventTarget',
                      lazyFrom('internal/event_target', 'EventTarget'));
defineLazyValueGlobal('Event', lazyFrom('internal/event_target', 'Event'));
if (options.globalCustomevent) {
  defineLazyValueGlobal('CustomEvent',
                        lazyFrom('internal/event_target', 'CustomEvent'));
}
defineLazyGlobal('AbortController',
                 lazyFrom('internal/abort_controller', 'AbortController'));
defineLazyGlobal('AbortSignal',
                 lazyFrom('internal/abort_controller', 'AbortSignal'));
defineLazyGlobal('DOMException',
                 () => require('internal/per_context/domexception').DOMException);
defineAccessorGlobal('Buffer', lazyFrom('buffer', 'Buffer'));
defineLazyGlobal('Blob', lazyFrom('buffer', 'Blob'));
defineLazyGlobal('File', lazyFrom('buffer', 'File'));
defineLazyGlobal('MessageChannel',
                 lazyFrom('internal/worker/io', 'MessageChannel'));
defineLazyGlobal('MessagePort', lazyFrom('internal/worker/io', 'MessagePort'));
defineLazyGlobal('MessageEvent', lazyFrom('internal/worker/io', 'MessageEvent'));
defineLazyGlobal('BroadcastChannel',
                 lazyFrom('internal/worker/io', 'BroadcastChannel'));
defineLazyGlobal('TextEncoder', lazyFrom('internal/encoding', 'TextEncoder'));
defineLazyGlobal('TextDecoder', lazyFrom('internal/encoding', 'TextDecoder'));
// The web streams, in node's order.
for (const name of ['TransformStream', 'TransformStreamDefaultController',
  'WritableStream', 'WritableStreamDefaultController',
  'WritableStreamDefaultWriter', 'ReadableStream',
  'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
  'ReadableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
  'CompressionStream', 'DecompressionStream']) {
  defineLazyGlobal(name, lazyFrom('stream/web', name));
}
defineLazyValueGlobal('URL', lazyFrom('internal/url', 'URL'));
defineLazyValueGlobal('URLSearchParams',
                      lazyFrom('internal/url', 'URLSearchParams'));
defineLazyGlobal('Performance',
                 lazyFrom('internal/perf/performance', 'Performance'));
defineLazyGlobal('PerformanceEntry',
                 lazyFrom('internal/perf/performance_entry',
                          'PerformanceEntry'));
defineLazyGlobal('PerformanceMark',
                 lazyFrom('internal/perf/usertiming', 'PerformanceMark'));
defineLazyGlobal('PerformanceMeasure',
                 lazyFrom('internal/perf/usertiming', 'PerformanceMeasure'));
defineLazyGlobal('PerformanceObserver',
                 lazyFrom('internal/perf/observe', 'PerformanceObserver'));
defineLazyGlobal('PerformanceObserverEntryList',
                 lazyFrom('internal/perf/observe',
                          'PerformanceObserverEntryList'));
defineLazyGlobal('PerformanceResourceTiming',
                 lazyFrom('internal/perf/resource_timing',
                          'PerformanceResourceTiming'));

// Web Crypto: `crypto` is an enumerable getter, as in node (absent with
// --no-experimental-global-webcrypto).
if (options.globalWebcrypto) {
  ObjectDefineProperty(globalThis, 'crypto', {
    __proto__: null, enumerable: true, configurable: true,
    get: ObjectGetOwnPropertyDescriptor({
      get crypto() { return require('internal/crypto/webcrypto').crypto; },
    }, 'crypto').get,
  });
  defineLazyGlobal('Crypto', lazyFrom('internal/crypto/webcrypto', 'Crypto'));
  defineLazyGlobal('CryptoKey',
                   lazyFrom('internal/crypto/subtle', 'CryptoKey'));
  defineLazyGlobal('SubtleCrypto',
                   lazyFrom('internal/crypto/subtle', 'SubtleCrypto'));
}

// The main script (internal/main/*) runs next.
