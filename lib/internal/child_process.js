'use strict';

// ChildProcess: one child over a Process handle (src/process_wrap.cc) with
// its stdio as net.Sockets over pipes, the events spawn/exit/close/error in
// node's order, and spawnSync over src/spawn_sync.cc. The IPC channel is in
// internal/child_process/channel.js.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeReduce,
  ArrayPrototypeSlice,
  FunctionPrototypeCall,
  ObjectEntries,
  ObjectSetPrototypeOf,
} = primordials;

const EventEmitter = require('events');
// node's built-in channel for each child process made.
const childProcessChannel = require('diagnostics_channel')
  .channel('child_process');
const net = require('net');
const { FastBuffer } = require('internal/buffer');
const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
  },
} = require('internal/errors');
const { validateArray, validateObject, validateOneOf, validateString } =
  require('internal/validators');
const { convertToValidSignal, SymbolDispose } = require('internal/util');
const { owner_symbol } = require('internal/stream_base_commons');
const { Process } = internalBinding('process_wrap');
const spawnSyncBinding = internalBinding('spawn_sync');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { TCP } = internalBinding('tcp_wrap');
const {
  UV_EACCES,
  UV_EAGAIN,
  UV_EINVAL,
  UV_EMFILE,
  UV_ENFILE,
  UV_ENOENT,
  UV_ENOSYS,
  UV_ESRCH,
} = internalBinding('uv');

let signalNames;
// 15 -> 'SIGTERM'.
function signalName(number) {
  if (signalNames === undefined) {
    signalNames = [];
    const { signals } = internalBinding('constants').os;
    for (const { 0: name, 1: value } of ObjectEntries(signals)) {
      signalNames[value] ??= name;
    }
  }
  return signalNames[number] ?? null;
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// Streams nobody reads are drained, so that they end and 'close' comes.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream._isUsedInChildProcess) continue;
    stream.resume();
  }
}

function ChildProcess() {
  FunctionPrototypeCall(EventEmitter, this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;

  this._handle = new Process();
  this._handle[owner_symbol] = this;
  this._handle.onexit = (exitCode, signalNumber) => {
    if (signalNumber) this.signalCode = signalName(signalNumber);
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) this._handle.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = new ErrnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = ArrayPrototypeSlice(this.spawnargs, 1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // Unread output is drained on the next tick: the 'exit' listeners may
    // still start reading it.
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };
  if (childProcessChannel.hasSubscribers) {
    childProcessChannel.publish({ process: this });
  }
}
ObjectSetPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(ChildProcess, EventEmitter);

function onErrorNT(self, err) {
  self._handle.onexit(err);
}

function onSpawnNT(self) {
  self.emit('spawn');
}

function createSocket(pipe, readable) {
  return net.Socket({ handle: pipe, readable });
}

ChildProcess.prototype.spawn = function(options) {
  validateObject(options, 'options');
  let stdio = options.stdio || 'pipe';
  stdio = getValidStdio(stdio, false);
  const ipc = stdio.ipc;
  const ipcFd = stdio.ipcFd;
  stdio = options.stdio = stdio.stdio;

  validateOneOf(options.serialization, 'options.serialization',
                [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';
  if (ipc !== undefined) {
    // The child finds its end of the channel through these.
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    ArrayPrototypePush(options.envPairs, `NODE_CHANNEL_FD=${ipcFd}`);
    ArrayPrototypePush(options.envPairs,
                       `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const err = this._handle.spawn(options);
  // Failures of the run-time kind are an 'error' event, not a throw.
  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
      err === UV_ENFILE || err === UV_ENOENT) {
    process.nextTick(onErrorNT, this, err);
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    this._handle.close();
    this._handle = null;
    throw new ErrnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }
  this.pid = this._handle.pid;

  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (stream.type === 'ignore') continue;
    if (stream.ipc) {
      this._closesNeeded++;
      continue;
    }
    // A stream handed to the child: the parent stops reading it.
    if (stream.type === 'wrap') {
      stream.handle.reading = false;
      stream.handle.readStop();
      stream._stdio.pause();
      stream._stdio.readableFlowing = false;
      stream._stdio._readableState.reading = false;
      stream._stdio._isUsedInChildProcess = true;
      continue;
    }
    if (stream.handle) {
      // pid is undefined after a failed spawn: the pipes still end.
      stream.socket = createSocket(this.pid !== 0 ? stream.handle : null,
                                   i > 0);
      if (i > 0 && this.pid !== 0) {
        this._closesNeeded++;
        stream.socket.on('close', () => maybeClose(this));
      }
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ?
    stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ?
    stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ?
    stdio[2].socket : null;
  this.stdio = [];
  for (let i = 0; i < stdio.length; i++) {
    ArrayPrototypePush(this.stdio,
                       stdio[i].socket === undefined ? null : stdio[i].socket);
  }

  if (ipc !== undefined) {
    require('internal/child_process/channel').setupChannel(this, ipc,
                                                           serialization);
  }
  return err;
};

ChildProcess.prototype.kill = function(sig) {
  const signal = sig === 0 ? sig :
    convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      // Already dead.
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw new ErrnoException(err, 'kill');
    } else {
      this.emit('error', new ErrnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[SymbolDispose] = function() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function() {
  if (this._handle) this._handle.unref();
};

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      ArrayPrototypePush(options, stdio, stdio, stdio);
      break;
    case 'inherit':
      ArrayPrototypePush(options, 0, 1, 2);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) ArrayPrototypePush(options, channel);
  return options;
}

function getHandleWrapType(stream) {
  if (stream instanceof Pipe) return 'pipe';
  if (stream instanceof TCP) return 'tcp';
  return false;
}

// stdio as the user gave it -> [{ type, handle?, fd?, ... }] for the binding.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!ArrayIsArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  // At least 3 slots (pushed, not concat'ed, so that none is sparse).
  while (stdio.length < 3) ArrayPrototypePush(stdio, undefined);

  stdio = ArrayPrototypeReduce(stdio, (acc, stdio, i) => {
    function cleanup() {
      for (let i = 0; i < acc.length; i++) {
        if ((acc[i].type === 'pipe' || acc[i].type === 'ipc') &&
            acc[i].handle) {
          acc[i].handle.close();
        }
      }
    }
    if (stdio == null) stdio = i < 3 ? 'pipe' : 'ignore';
    if (stdio === 'ignore') {
      ArrayPrototypePush(acc, { type: 'ignore' });
    } else if (stdio === 'pipe' || stdio === 'overlapped' ||
               (typeof stdio === 'number' && stdio < 0)) {
      const a = {
        type: stdio === 'overlapped' ? 'overlapped' : 'pipe',
        readable: i === 0,
        writable: i !== 0,
      };
      if (!sync) a.handle = new Pipe(PipeConstants.SOCKET);
      ArrayPrototypePush(acc, a);
    } else if (stdio === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        else throw new ERR_IPC_SYNC_FORK();
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      ArrayPrototypePush(acc, { type: 'pipe', handle: ipc, ipc: true });
    } else if (stdio === 'inherit') {
      ArrayPrototypePush(acc, { type: 'inherit', fd: i });
    } else if (typeof stdio === 'number' || typeof stdio.fd === 'number') {
      ArrayPrototypePush(acc, {
        type: 'fd',
        fd: typeof stdio === 'number' ? stdio : stdio.fd,
      });
    } else if (getHandleWrapType(stdio) || getHandleWrapType(stdio.handle) ||
               getHandleWrapType(stdio._handle)) {
      const handle = getHandleWrapType(stdio) ? stdio :
        getHandleWrapType(stdio.handle) ? stdio.handle : stdio._handle;
      ArrayPrototypePush(acc, {
        type: 'wrap',
        wrapType: getHandleWrapType(handle),
        handle,
        _stdio: stdio,
      });
    } else if (primordials.ArrayBufferIsView(stdio) ||
               typeof stdio === 'string') {
      if (!sync) {
        cleanup();
        const { inspect } = require('internal/util/inspect');
        throw new ERR_INVALID_SYNC_FORK_INPUT(inspect(stdio));
      }
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    return acc;
  }, []);
  return { stdio, ipc, ipcFd };
}

function spawnSync(options) {
  const result = spawnSyncBinding.spawn(options);
  if (result.output) {
    for (let i = 0; i < result.output.length; i++) {
      const bytes = result.output[i];
      if (!bytes) continue;
      let value = new FastBuffer(bytes.buffer, bytes.byteOffset,
                                 bytes.byteLength);
      if (options.encoding && options.encoding !== 'buffer') {
        value = value.toString(options.encoding);
      }
      result.output[i] = value;
    }
  }
  if (result.signal !== null) result.signal = signalName(result.signal);
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error) {
    result.error = new ErrnoException(result.error,
                                      `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = ArrayPrototypeSlice(options.args, 1);
  }
  return result;
}

module.exports = {
  ChildProcess,
  getValidStdio,
  maybeClose,
  signalName,
  spawnSync,
  stdioStringToArray,
};
