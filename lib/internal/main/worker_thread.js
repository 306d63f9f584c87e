'use strict';

// The main script of a worker thread. Its parent has already queued the
// LOAD_SCRIPT message on the internal port: take it, make process.stdio,
// workerData and parentPort the worker's, then run the file or the code.

const {
  ArrayPrototypePush,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  StringPrototypeStartsWith,
} = primordials;

const {
  messageTypes,
  ReadableWorkerStdio,
  WritableWorkerStdio,
  pushStdioPayload,
  receiveMessageOnPort,
} = require('internal/worker/io');
const { serializeError } = require('internal/worker/errors');
const { prepareWorkerThreadExecution } =
  require('internal/process/pre_execution');
const execution = require('internal/process/execution');
const threadState = require('internal/worker/thread_state');
const {
  codes: { ERR_WORKER_UNSUPPORTED_OPERATION },
} = require('internal/errors');

const port = internalBinding('worker').getEnvMessagePort();
const { message } = receiveMessageOnPort(port);

// --- process, as a worker sees it ------------------------------------------------

const stdout = new WritableWorkerStdio(port, 'stdout');
const stderr = new WritableWorkerStdio(port, 'stderr');
const stdin = new ReadableWorkerStdio(port, 'stdin', true);
if (!message.hasStdin) stdin.push(null);
for (const { 0: name, 1: stream } of [['stdout', stdout], ['stderr', stderr],
  ['stdin', stdin]]) {
  ObjectDefineProperty(process, name, {
    __proto__: null, configurable: true, enumerable: true,
    get() { return stream; },
  });
}

// What belongs to the whole process, or to its main thread.
function unsupported(name) {
  const stub = function() {
    throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`);
  };
  stub.disabled = true;
  return stub;
}
for (const name of ['abort', 'chdir', 'send', 'disconnect', 'setuid',
  'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) {
  process[name] = unsupported(name);
}
for (const name of ['channel', 'connected']) {
  ObjectDefineProperty(process, name, {
    __proto__: null, enumerable: false, configurable: true,
    get() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}`); },
  });
}
// Setting the title or the debug port changes nothing.
for (const name of ['title', 'debugPort']) {
  const desc = ObjectGetOwnPropertyDescriptor(process, name);
  if (desc === undefined) continue;
  const get = desc.get ?? (() => desc.value);
  ObjectDefineProperty(process, name, {
    __proto__: null, enumerable: true, configurable: true, get, set() {},
  });
}
{
  const umask = process.umask;
  process.umask = function(mask) {
    if (mask !== undefined) {
      throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    }
    return umask();
  };
}

// An uncaught exception ends the worker with an 'error' event in the parent
// instead of a report on stderr.
execution.setUncaughtReporter((error, arrow) => {
  port.postMessage({
    type: messageTypes.ERROR_MESSAGE,
    error: serializeError(error, arrow),
  });
});

port.on('message', (msg) => {
  if (msg.type === messageTypes.STDIO_PAYLOAD && msg.stream === 'stdin') {
    pushStdioPayload(stdin, msg.chunks);
  } else if (msg.type === messageTypes.STDIO_END && msg.stream === 'stdin') {
    stdin.push(null);
  } else if (msg.type === messageTypes.HEAP_SNAPSHOT_REQUEST) {
    // worker.getHeapSnapshot() in the parent: this thread's isolate is
    // snapshotted here, and the chunks' memory moves to the parent.
    const { heapSnapshotChunks } = require('internal/heap_utils');
    const chunks = heapSnapshotChunks(msg.options);
    const buffers = [];
    for (let i = 0; i < chunks.length; i++) {
      ArrayPrototypePush(buffers, chunks[i].buffer);
    }
    port.postMessage({ type: messageTypes.HEAP_SNAPSHOT, id: msg.id, chunks },
                     buffers);
  }
});
port.unref();

// --- the script ----------------------------------------------------------------------

threadState.workerData = message.workerData;
threadState.parentPort = message.publicPort;
threadState.environmentData = message.environmentData;
require('internal/worker/messaging').receiveThreadMessages(message.mailbox);

const argv = [process.argv[0], message.doEval ? '[worker eval]' :
  message.filename];
for (const arg of message.argv) ArrayPrototypePush(argv, arg);
process.argv = argv;

port.postMessage({ type: messageTypes.UP_AND_RUNNING });
if (message.internalMain !== undefined) {
  // The hooks thread (the one internal main): its -r preloads print
  // straight to the process's stdio too.
  require('internal/modules/esm/hooks').prepareHooksThread();
}
prepareWorkerThreadExecution();
if (message.internalMain !== undefined) {
  require(message.internalMain);
} else if (message.doEval) {
  execution.evalScript('[worker eval]', message.filename, false);
} else if (StringPrototypeStartsWith(message.filename, 'data:')) {
  // new Worker(new URL('data:...')): an ES module.
  require('internal/modules/esm/loader').runEntryPoint(message.filename);
} else {
  require('internal/modules/cjs/loader').Module.runMain(message.filename);
}
