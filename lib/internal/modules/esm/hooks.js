'use strict';

// Module customization hooks, the main thread's side: module.register(),
// --experimental-loader. The hooks run on a thread of their own
// (hooks_worker.js), started by the first registration, as node runs
// them. Every request is synchronous: it is posted to that thread and this
// one sleeps in Atomics.wait until the answer is there, so the loader's
// graph walk stays synchronous with hooks as without them.

const {
  ArrayPrototypePush,
  AtomicsLoad,
  AtomicsStore,
  AtomicsWait,
  FunctionPrototypeCall,
  Int32Array,
  JSONStringify,
  RegExpPrototypeSymbolReplace,
  SharedArrayBuffer,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  globalThis,
} = primordials;

const { isURL, pathToFileURL } = require('internal/url');

let thread;  // { port, lock, worker } once a hook is registered

const kUnsettledTopLevelAwait = 13;
// Thrown by request() inside an import() (see loader.js) when the hook's
// promise can never settle.
const kNeverSettles = { __proto__: null };
let dynamicImports = 0;
function dynamicImport(fn) {
  dynamicImports++;
  try {
    return fn();
  } finally {
    dynamicImports--;
  }
}

function hooksActive() {
  return thread !== undefined;
}

function startThread() {
  const { Worker, kHooksThread } = require('internal/worker');
  const { MessageChannel } = require('internal/worker/io');
  // lock[0]: an answer is there; lock[1]: the thread has ended.
  const lock = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker('', {
    [kHooksThread]: 'internal/modules/esm/hooks_worker',
    workerData: { lock, port: port2 },
    transferList: [port2],
  });
  worker.unref();
  thread = { port: port1, lock, worker };
}

function request(type, args, transferList) {
  const { port, lock } = thread;
  const { receiveMessageOnPort } = require('internal/worker/io');
  if (AtomicsLoad(lock, 1) === 1) process.exit();
  AtomicsStore(lock, 0, 0);
  port.postMessage({ type, args }, transferList);
  AtomicsWait(lock, 0, 0);
  const message = receiveMessageOnPort(port)?.message;
  if (message === undefined || message.exit !== undefined) {
    // A hook ended its thread (process.exit): the process ends with it.
    process.exit(message?.exit);
  }
  if (message.neverSettles) {
    // An import() waiting for it never settles either; a synchronous
    // caller ends the process as an unsettled top-level await does.
    if (dynamicImports > 0) throw kNeverSettles;
    process.exit(kUnsettledTopLevelAwait);
  }
  if (message.error !== undefined) {
    const { deserializeError } = require('internal/worker/errors');
    throw deserializeError(message.error);
  }
  return message.value;
}

// Set on the hooks thread, before its -r preloads run: what register()
// does there (registrations queued until hooks_worker.js takes them).
let hooksThread;
function prepareHooksThread() {
  require('internal/modules/esm/hooks_stdio').useProcessStdio();
  // The channel to the main thread is for hooks_worker.js alone: the
  // public workerData and parentPort are null there, as in node.
  const threadState = require('internal/worker/thread_state');
  const { workerData } = threadState;
  threadState.workerData = null;
  threadState.parentPort = null;
  const queued = [];
  hooksThread = {
    workerData,
    register: (args) => ArrayPrototypePush(queued, args),
    take(register) {
      this.register = register;
      return queued;
    },
  };
}
function hooksThreadRegistrations(register) {
  return hooksThread.take(register);
}
function hooksThreadData() {
  return hooksThread.workerData;
}
function isHooksThread() {
  return hooksThread !== undefined;
}

// module.register(specifier[, parentURL][, options]): both are taken as
// strings, as node takes them; a relative specifier resolves against
// parentURL ('data:' by default, where it cannot).
function register(specifier, parentURL, options) {
  if (parentURL !== null && typeof parentURL === 'object' &&
      !isURL(parentURL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  parentURL ??= 'data:';
  if (hooksThread !== undefined) {
    // On the hooks thread itself (a -r preload, a hook module): the hooks
    // join that thread's own chains, as node's do.
    hooksThread.register([`${specifier}`, `${parentURL}`, options?.data]);
    return;
  }
  if (thread === undefined) startThread();
  request('register', [`${specifier}`, `${parentURL}`, options?.data],
          options?.transferList);
  require('internal/modules/esm/loader').hooksChanged();
}

// --experimental-loader / --loader: each one, in order, as node does it.
let warned = false;
function registerLoaders(loaders) {
  if (loaders.length === 0) return;
  if (!warned) {
    warned = true;
    // Each specifier as node writes it there: a JSON string, percent-encoded
    // (but for its quotes and slashes) to fit in the data: URL.
    let registers = '';
    for (let i = 0; i < loaders.length; i++) {
      const quoted = RegExpPrototypeSymbolReplace(
        /%22|%2F|'/g, encodeURIComponent(JSONStringify(loaders[i])),
        (match) => (match === '%22' ? '"' : match === '%2F' ? '/' : '%27'));
      registers += ` register(${quoted}, pathToFileURL("./"));`;
    }
    process.emitWarning(
      '`--experimental-loader` may be removed in the future; instead use ' +
      '`register()`:\n--import \'data:text/javascript,import { register } ' +
      'from "node:module"; import { pathToFileURL } from "node:url";' +
      `${registers}'`,
      'ExperimentalWarning');
  }
  const parentURL = pathToFileURL(`${process.cwd()}/`).href;
  for (let i = 0; i < loaders.length; i++) {
    register(loaders[i], parentURL);
  }
  runGlobalPreloads(request('globalPreload', []));
}

// The code globalPreload hooks returned, each run as the body of a sloppy
// function on this thread, with `this` the global object and node's three
// parameters: getBuiltin(name) (a public builtin; one that needs `node:`
// must be named with it), the port whose other end the hook got, and
// setImportMetaCallback(fn) (while the code runs: fn(meta, context, next)
// initializes import.meta from then on).
function runGlobalPreloads(scripts) {
  const { compileFunction } = require('vm');
  const { BuiltinModule } = require('internal/bootstrap/realm');
  const { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_BUILTIN_MODULE } =
    require('internal/errors').codes;
  const getBuiltin = (name) => {
    let id = `${name}`;
    if (StringPrototypeStartsWith(id, 'node:')) {
      id = StringPrototypeSlice(id, 5);
    } else if (!BuiltinModule.canBeRequiredWithoutScheme(id)) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(id);
    }
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(id);
    }
    return require(id);
  };
  for (let i = 0; i < scripts.length; i++) {
    const { code, port } = scripts[i];
    const preload = compileFunction(
      code, ['getBuiltin', 'port', 'setImportMetaCallback'],
      { filename: '<preload>' });
    let finished = false;
    const setImportMetaCallback = (fn) => {
      if (finished || typeof fn !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
      }
      require('internal/modules/esm/loader').addImportMetaCallback(fn);
    };
    try {
      FunctionPrototypeCall(preload, globalThis, getBuiltin, port,
                            setImportMetaCallback);
    } finally {
      finished = true;
    }
  }
}

// specifier + parentURL through the resolve hooks: { url, format,
// importAttributes }.
function resolve(specifier, parentURL, importAttributes) {
  return request('resolve', [specifier, parentURL, importAttributes]);
}

// url through the load hooks: { format, source }.
function load(url, format, importAttributes) {
  return request('load', [url, format, importAttributes]);
}

module.exports = {
  prepareHooksThread, hooksThreadRegistrations, hooksThreadData,
  isHooksThread,
  hooksActive, register, registerLoaders, resolve, load, dynamicImport,
  kNeverSettles,
};
