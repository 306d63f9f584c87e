'use strict';

// The parent's side of a worker thread: the Worker class. The thread itself
// is internalBinding('worker').Worker; everything between the two threads
// goes through one internal MessagePort (kPort) — the script to load,
// 'online', uncaught errors, stdio — and one public MessageChannel whose
// other end becomes the worker's parentPort.

const {
  ArrayPrototypeMap,
  ArrayPrototypePush,
  Float64Array,
  ObjectEntries,
  Promise,
  PromiseReject,
  PromiseResolve,
  SafeMap,
  String,
  StringPrototypeStartsWith,
  Symbol,
  SymbolIterator,
} = primordials;

const EventEmitter = require('events');
// node's built-in channel for each Worker started.
const workerThreadsChannel = require('diagnostics_channel')
  .channel('worker_threads');
const path = require('path');
const { fileURLToPath, isURL } = require('internal/url');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_WORKER_OUT_OF_MEMORY,
    ERR_WORKER_PATH,
    ERR_INVALID_URL_SCHEME,
    ERR_INVALID_TRANSFER_OBJECT,
    ERR_WORKER_INVALID_EXEC_ARGV,
    ERR_WORKER_NOT_RUNNING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  MessageChannel,
  ReadableWorkerStdio,
  WritableWorkerStdio,
  drainPort,
  messageTypes,
  pushStdioPayload,
} = require('internal/worker/io');
const { deserializeError } = require('internal/worker/errors');
const { openWorkerMailbox } = require('internal/worker/messaging');
const worker = internalBinding('worker');

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kHeapSnapshots = Symbol('kHeapSnapshots');
const kHeapSnapshotId = Symbol('kHeapSnapshotId');
const kPublicPort = Symbol('kPublicPort');
const kParentSideStdio = Symbol('kParentSideStdio');
const kOnExit = Symbol('kOnExit');
const kOnMessage = Symbol('kOnMessage');
const kThreadId = Symbol('kThreadId');
// options[kHooksThread]: the thread of module customization hooks, which
// runs an internal main instead of a user script.
const kHooksThread = Symbol('kHooksThread');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

// setEnvironmentData/getEnvironmentData: copied into each new worker.
const environmentData = new SafeMap();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function limitsArray(resourceLimits) {
  const limits = new Float64Array(worker.constants.kTotalResourceLimitCount);
  limits.fill(-1);
  if (resourceLimits === undefined) return limits;
  validateObject(resourceLimits, 'options.resourceLimits');
  const { constants: c } = worker;
  for (const { 0: key, 1: index } of [
    ['maxYoungGenerationSizeMb', c.kMaxYoungGenerationSizeMb],
    ['maxOldGenerationSizeMb', c.kMaxOldGenerationSizeMb],
    ['codeRangeSizeMb', c.kCodeRangeSizeMb],
    ['stackSizeMb', c.kStackSizeMb]]) {
    const value = resourceLimits[key];
    if (typeof value === 'number' && value > 0) limits[index] = value;
  }
  return limits;
}

function limitsObject(limits) {
  const { constants: c } = worker;
  return {
    maxYoungGenerationSizeMb: limits[c.kMaxYoungGenerationSizeMb],
    maxOldGenerationSizeMb: limits[c.kMaxOldGenerationSizeMb],
    codeRangeSizeMb: limits[c.kCodeRangeSizeMb],
    stackSizeMb: limits[c.kStackSizeMb],
  };
}

// The script the worker runs: a file path, a file: URL, or code (eval).
function resolveFilename(filename, doEval) {
  if (doEval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', doEval,
                                      'must be false when \'filename\' is ' +
                                      'not a string');
    }
    return filename;
  }
  if (isURL(filename)) {
    if (filename.protocol === 'data:') return filename.href;
    if (filename.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
    return fileURLToPath(filename);
  }
  validateString(filename, 'filename');
  if (!path.isAbsolute(filename) &&
      !StringPrototypeStartsWith(filename, './') &&
      !StringPrototypeStartsWith(filename, '../')) {
    throw new ERR_WORKER_PATH(filename);
  }
  return path.resolve(filename);
}

function envPairs(env) {
  const pairs = [];
  for (const { 0: key, 1: value } of ObjectEntries(env)) {
    ArrayPrototypePush(pairs, key, `${value}`);
  }
  return pairs;
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    validateObject(options, 'options');
    const hooksMain = options[kHooksThread];
    const doEval = Boolean(options.eval);
    if (hooksMain === undefined && !doEval && !isURL(filename) &&
        typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    }
    const script = hooksMain === undefined ?
      resolveFilename(filename, doEval) : filename;
    let argv;
    if (options.argv !== undefined) {
      validateArray(options.argv, 'options.argv');
      argv = ArrayPrototypeMap(options.argv, String);
    }
    let execArgv;
    if (options.execArgv !== undefined) {
      validateArray(options.execArgv, 'options.execArgv');
      execArgv = ArrayPrototypeMap(options.execArgv, String);
      const invalid = internalBinding('options').invalidExecArgv(execArgv);
      if (invalid.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(invalid);
    }
    if (options.name !== undefined) validateString(options.name, 'options.name');
    let env = options.env;
    const shareEnv = env === SHARE_ENV;
    if (env !== undefined && env !== null && !shareEnv &&
        typeof env !== 'object') {
      throw new ERR_INVALID_ARG_TYPE(
        'options.env', ['object', 'undefined', 'null',
          'worker_threads.SHARE_ENV'], env);
    }
    if (env === undefined || env === null) {
      env = process.env;
    } else if (!shareEnv && typeof env.NODE_OPTIONS === 'string' &&
               env.NODE_OPTIONS !== process.env.NODE_OPTIONS) {
      // The parent's own NODE_OPTIONS, copied, is not checked again.
      const invalid =
        internalBinding('options').invalidNodeOptions(env.NODE_OPTIONS);
      if (invalid.length > 0) {
        throw new ERR_WORKER_INVALID_EXEC_ARGV(
          invalid, 'invalid NODE_OPTIONS env variable');
      }
    }
    const limits = limitsArray(options.resourceLimits);

    this[kHandle] = new worker.Worker(shareEnv, shareEnv ? [] : envPairs(env),
                                      execArgv, limits,
                                      hooksMain !== undefined);
    this[kHandle].onexit = (code, customErr, customErrReason) =>
      this[kOnExit](code, customErr, customErrReason);
    this[kThreadId] = this[kHandle].threadId;
    const self = this;
    this.performance = {
      eventLoopUtilization(util1, util2) {
        return workerLoopUtilization(self, util1, util2);
      },
    };

    const port = this[kHandle].messagePort;
    this[kPort] = port;
    this[kHeapSnapshots] = new SafeMap();
    this[kHeapSnapshotId] = 0;
    port.on('message', (message) => this[kOnMessage](message));
    port.unref();

    const { port1, port2 } = new MessageChannel();
    this[kPublicPort] = port1;
    for (const event of ['message', 'messageerror']) {
      port1.on(event, (message) => this.emit(event, message));
    }
    port1.unref();

    const stdout = new ReadableWorkerStdio(port, 'stdout');
    const stderr = new ReadableWorkerStdio(port, 'stderr');
    let stdin = null;
    if (options.stdin) stdin = new WritableWorkerStdio(port, 'stdin');
    this[kParentSideStdio] = { stdin, stdout, stderr };
    // Unless the parent asked for the streams, the worker's output goes to
    // the parent's.
    if (!options.stdout) {
      stdout.on('data', (chunk) => process.stdout.write(chunk));
    }
    if (!options.stderr) {
      stderr.on('data', (chunk) => process.stderr.write(chunk));
    }

    const transferList = [port2];
    if (options.transferList !== undefined && options.transferList !== null) {
      if (typeof options.transferList !== 'object' ||
          !(SymbolIterator in options.transferList)) {
        throw new ERR_INVALID_TRANSFER_OBJECT();
      }
      for (const item of options.transferList) {
        ArrayPrototypePush(transferList, item);
      }
    }
    // Where postMessageToThread() reaches the new thread, from now on.
    const mailbox = openWorkerMailbox(this[kThreadId]);
    ArrayPrototypePush(transferList, mailbox);
    try {
      port.postMessage({
        type: messageTypes.LOAD_SCRIPT,
        filename: script,
        doEval,
        argv: argv ?? [],
        workerData: options.workerData,
        environmentData,
        publicPort: port2,
        mailbox,
        hasStdin: Boolean(options.stdin),
        cwd: process.cwd(),
        name: options.name ?? '',
        internalMain: hooksMain,
      }, transferList);
    } catch (err) {
      mailbox.close();
      throw err;
    }
    const err = this[kHandle].startThread();
    if (err < 0) {
      const { UVException } = require('internal/errors');
      throw new UVException({ errno: err, syscall: 'uv_thread_create' });
    }
    if (hooksMain === undefined) {
      // 'worker' comes on the next tick, as in node.
      process.nextTick(() => process.emit('worker', this));
      if (workerThreadsChannel.hasSubscribers) {
        workerThreadsChannel.publish({ worker: this });
      }
    }
  }

  [kOnMessage](message) {
    switch (message.type) {
      case messageTypes.UP_AND_RUNNING:
        this.emit('online');
        return;
      case messageTypes.ERROR_MESSAGE:
        this.emit('error', deserializeError(message.error));
        return;
      case messageTypes.STDIO_PAYLOAD: {
        const stream = this[kParentSideStdio][message.stream];
        if (stream) pushStdioPayload(stream, message.chunks);
        return;
      }
      case messageTypes.STDIO_END: {
        const stream = this[kParentSideStdio][message.stream];
        if (stream) stream.push(null);
        return;
      }
      case messageTypes.HEAP_SNAPSHOT: {
        const pending = this[kHeapSnapshots].get(message.id);
        if (pending === undefined) return;
        this[kHeapSnapshots].delete(message.id);
        const { HeapSnapshotStream } = require('internal/heap_utils');
        pending.resolve(new HeapSnapshotStream(message.chunks));
      }
    }
  }

  // A Readable of the worker's heap snapshot, taken on the worker's own
  // thread when its loop reads the request.
  getHeapSnapshot(options) {
    const { getHeapSnapshotOptions } = require('internal/heap_utils');
    const checked = getHeapSnapshotOptions(options);
    if (this[kHandle] === null) {
      return PromiseReject(new ERR_WORKER_NOT_RUNNING());
    }
    const id = ++this[kHeapSnapshotId];
    return new Promise((resolve, reject) => {
      this[kHeapSnapshots].set(id, { resolve, reject });
      this[kPort].postMessage({
        type: messageTypes.HEAP_SNAPSHOT_REQUEST,
        id,
        options: checked,
      });
    });
  }

  [kOnExit](code, customErr, customErrReason) {
    // Whatever the worker sent before it ended arrives before 'exit'.
    drainPort(this[kPort]);
    drainPort(this[kPublicPort]);
    this[kHandle] = null;
    this[kThreadId] = -1;
    for (const { reject } of this[kHeapSnapshots].values()) {
      reject(new ERR_WORKER_NOT_RUNNING());
    }
    this[kHeapSnapshots].clear();
    this[kPort].close();
    this[kPublicPort].close();
    this[kPublicPort] = null;
    const { stdout, stderr, stdin } = this[kParentSideStdio];
    if (!stdout.readableEnded) stdout.push(null);
    if (!stderr.readableEnded) stderr.push(null);
    if (stdin !== null && !stdin.destroyed) stdin.destroy();
    // What the native side reports: out of memory, or a thread that could
    // not start (ERR_WORKER_INIT_FAILED, with libuv's error name).
    if (customErr !== undefined) {
      const { codes } = require('internal/errors');
      this.emit('error', new codes[customErr](customErrReason));
    }
    this.emit('exit', code);
    this.removeAllListeners('message');
    this.removeAllListeners('messageerror');
  }

  postMessage(...args) {
    if (this[kPublicPort] == null) return;
    this[kPublicPort].postMessage(...args);
  }

  terminate(callback) {
    // Waiting for the exit keeps the process alive, unref()'ed or not.
    this.ref();
    if (typeof callback === 'function') {
      process.emitWarning(
        'Passing a callback to worker.terminate() is deprecated. ' +
        'It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      if (this[kHandle] === null) return PromiseResolve();
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return PromiseResolve();
    this[kHandle].stopThread();
    return new Promise((resolve) => {
      this.once('exit', (code) => resolve(code));
    });
  }

  ref() {
    if (this[kHandle] === null) return;
    this[kHandle].ref();
    this[kPublicPort].ref();
  }

  unref() {
    if (this[kHandle] === null) return;
    this[kHandle].unref();
    this[kPublicPort].unref();
  }

  get threadId() {
    return this[kThreadId];
  }

  get stdin() {
    return this[kParentSideStdio].stdin;
  }

  get stdout() {
    return this[kParentSideStdio].stdout;
  }

  get stderr() {
    return this[kParentSideStdio].stderr;
  }

  get resourceLimits() {
    if (this[kHandle] === null) return {};
    return limitsObject(this[kHandle].getResourceLimits());
  }
}

// performance.eventLoopUtilization() of the worker's loop, read from the
// parent thread.
function workerLoopUtilization(self, util1, util2) {
  if (self[kHandle] === null) return { idle: 0, active: 0, utilization: 0 };
  const { 0: idle, 1: start } = self[kHandle].loopTimes();
  if (start <= 0) return { idle: 0, active: 0, utilization: 0 };
  const { performance } = require('perf_hooks');
  const active = performance.now() - start - idle;
  if (util2) {
    const idleDelta = util1.idle - util2.idle;
    const activeDelta = util1.active - util2.active;
    return { idle: idleDelta, active: activeDelta,
             utilization: activeDelta / (idleDelta + activeDelta) };
  }
  if (util1) {
    const idleDelta = idle - util1.idle;
    const activeDelta = active - util1.active;
    return { idle: idleDelta, active: activeDelta,
             utilization: activeDelta / (idleDelta + activeDelta) };
  }
  return { idle, active, utilization: active / (idle + active) };
}

module.exports = {
  SHARE_ENV,
  Worker,
  kHooksThread,
  getEnvironmentData,
  limitsObject,
  setEnvironmentData,
  environmentData,
};
