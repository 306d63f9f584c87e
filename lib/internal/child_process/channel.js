'use strict';

// The IPC channel between a parent and a forked child (node's protocol):
// subprocess.send()/process.send(), 'message' and 'internalMessage'
// (NODE_* commands), handles (servers, sockets) sent with a message and
// acknowledged by NODE_HANDLE_ACK, disconnect(). Both ends use setupChannel:
// the parent on a ChildProcess, the child on `process`.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ReflectApply,
  StringPrototypeStartsWith,
  Symbol,
} = primordials;

const EventEmitter = require('events');
const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { deprecate } = require('internal/util');
const { FastBuffer } = require('internal/buffer');
const { WriteWrap } = internalBinding('stream_wrap');
const { Pipe } = internalBinding('pipe_wrap');
const { TCP } = internalBinding('tcp_wrap');

const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');
const MAX_HANDLE_RETRANSMISSIONS = 3;

let serialization;
// net is loaded only for handles: a forked child's plain messages need only
// the Pipe and the serialization.
let netModule;
const lazyNet = () => (netModule ??= require('net'));

function nop() {}

// The channel object users see as subprocess.channel / process.channel.
class Control extends EventEmitter {
  #channel = null;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kPendingMessages] = [];
  }

  // Counted references (listeners, writes in flight) hold the channel; an
  // explicit ref()/unref() by the user overrides them.
  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.getFd() : undefined;
  }
}

// How each kind of handle travels: `send` gives the native handle to write
// with the message, `got` rebuilds the object on the receiving side.
const handleConversion = {
  'net.Native': {
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },
  'net.Server': {
    send(message, server) { return server._handle; },
    got(message, handle, emit) {
      const server = new (lazyNet().Server)();
      server.listen(handle, () => emit(server));
    },
  },
  'net.Socket': {
    send(message, socket, options) {
      if (!socket._handle) return;
      // A server's socket: the receiver reports on it (socket lists), and
      // it leaves this process's count of connections.
      if (socket.server) {
        message.key = socket.server._connectionKey;
        const firstTime = !this[kChannelHandle].sockets.send[message.key];
        const socketList = getSocketList('send', this, message.key);
        if (firstTime) socket.server._setupWorker(socketList);
        if (!options.keepOpen) socket.server._connections--;
      }
      const handle = socket._handle;
      // The socket is closed here once the other side has the handle.
      if (!options.keepOpen) {
        handle.onread = nop;
        socket._handle = null;
        socket.setTimeout(0);
      }
      return handle;
    },
    postSend(message, handle, options, callback, target) {
      if (handle && !options.keepOpen) {
        if (target) {
          target._pendingMessage = {
            callback, message, handle, options, retransmissions: 0,
          };
        } else {
          handle.close();
        }
      }
    },
    got(message, handle, emit) {
      const socket = new (lazyNet().Socket)({
        handle, readable: true, writable: true,
      });
      if (message.key) {
        getSocketList('got', this, message.key).add({ socket });
      }
      emit(socket);
    },
  },
};

function getSocketList(type, worker, key) {
  const sockets = worker[kChannelHandle].sockets[type];
  let socketList = sockets[key];
  if (!socketList) {
    const { SocketListSend, SocketListReceive } =
      require('internal/socket_list');
    const Construct = type === 'send' ? SocketListSend : SocketListReceive;
    socketList = sockets[key] = new Construct(worker, key);
  }
  return socketList;
}

function closePendingHandle(target) {
  target._pendingMessage.handle.close();
  target._pendingMessage = null;
}

function isInternal(message) {
  return message !== null && typeof message === 'object' &&
    typeof message.cmd === 'string' && message.cmd.length > 4 &&
    StringPrototypeStartsWith(message.cmd, 'NODE_');
}

function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  ObjectDefineProperty(target, '_channel', {
    __proto__: null,
    get: deprecate(() => target.channel,
                   '_channel is deprecated. Use channel instead.', 'DEP0129'),
    set: deprecate((value) => { target.channel = value; },
                   '_channel is deprecated. Use channel instead.', 'DEP0129'),
    configurable: true,
    enumerable: false,
  });
  target._handleQueue = null;
  target._pendingMessage = null;

  serialization ??= require('internal/child_process/serialization');
  const {
    initMessageChannel,
    parseChannelMessages,
    writeChannelMessage,
  } = serialization[serializationMode];

  let pendingHandle = null;
  initMessageChannel(channel);
  // Sockets sent and received, by server key (internal/socket_list).
  channel.sockets = { got: {}, send: {} };
  channel.onread = function(nread, arrayBuffer, recvHandle) {
    if (nread > 0) {
      const pool = new FastBuffer(arrayBuffer, 0, nread);
      if (recvHandle) pendingHandle = recvHandle;
      for (const message of parseChannelMessages(channel, pool)) {
        // A chunk carries at most one handle (SCM_RIGHTS messages are not
        // coalesced): it goes with the NODE_HANDLE message.
        if (isInternal(message)) {
          if (message.cmd === 'NODE_HANDLE') {
            handleMessage(message, pendingHandle, true);
            pendingHandle = null;
          } else {
            handleMessage(message, undefined, true);
          }
        } else {
          handleMessage(message, undefined, false);
        }
      }
    } else if (nread < 0) {
      this.buffering = false;
      target.disconnect();
      channel.onread = nop;
      channel.close();
      target.channel = null;
      if (target !== process) {
        require('internal/child_process').maybeClose(target);
      }
    }
  };

  target.on('internalMessage', function(message, handle) {
    // An acknowledged handle: send what waited behind it.
    if (message.cmd === 'NODE_HANDLE_ACK' ||
        message.cmd === 'NODE_HANDLE_NACK') {
      if (target._pendingMessage) {
        if (message.cmd === 'NODE_HANDLE_ACK') {
          closePendingHandle(target);
        } else if (target._pendingMessage.retransmissions++ ===
                   MAX_HANDLE_RETRANSMISSIONS) {
          closePendingHandle(target);
          process.emitWarning('Handle did not reach the receiving process ' +
                              'correctly', 'SentHandleNotReceivedWarning');
        }
      }
      const queue = target._handleQueue;
      target._handleQueue = null;
      if (target._pendingMessage) {
        target._send(target._pendingMessage.message,
                     target._pendingMessage.handle,
                     target._pendingMessage.options,
                     target._pendingMessage.callback);
      }
      for (let i = 0; ArrayIsArray(queue) && i < queue.length; i++) {
        const args = queue[i];
        target._send(args.message, args.handle, args.options, args.callback);
      }
      if (!target.connected && target.channel && !target._handleQueue) {
        target._disconnect();
      }
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    // The handle got lost (too many fds...): ask for it again.
    if (!handle) return target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);
    const obj = handleConversion[message.type];
    FunctionPrototypeCall(obj.got, this, message, handle, (handle) => {
      handleMessage(message.msg, handle, isInternal(message.msg));
    });
  });

  // Messages that came before a 'message' listener are delivered to it.
  target.on('newListener', function() {
    process.nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const messages = target.channel[kPendingMessages];
      const { length } = messages;
      if (!length) return;
      for (let i = 0; i < length; i++) {
        ReflectApply(target.emit, target, messages[i]);
      }
      target.channel[kPendingMessages] = [];
    });
  });

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
    } else {
      process.nextTick(() => this.emit('error', ex));
    }
    return false;
  };

  target._send = function(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    // What cannot be serialised never reaches the other side.
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(
        'message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };

    let obj;
    if (handle) {
      message = { cmd: 'NODE_HANDLE', type: null, msg: message };
      const net = lazyNet();
      if (handle instanceof net.Socket) {
        message.type = 'net.Socket';
      } else if (handle instanceof net.Server) {
        message.type = 'net.Server';
      } else if (handle instanceof TCP || handle instanceof Pipe) {
        message.type = 'net.Native';
      } else {
        throw new ERR_INVALID_HANDLE_TYPE();
      }
      // One handle at a time: the rest waits for its acknowledgement.
      if (this._handleQueue) {
        ArrayPrototypePush(this._handleQueue, {
          callback, handle, options, message: message.msg,
        });
        return this._handleQueue.length === 1;
      }
      obj = handleConversion[message.type];
      handle = ReflectApply(obj.send, target, [message, handle, options]);
      // No native handle to send: the message goes alone.
      if (!handle) message = message.msg;
    } else if (this._handleQueue &&
               !(message && (message.cmd === 'NODE_HANDLE_ACK' ||
                             message.cmd === 'NODE_HANDLE_NACK'))) {
      // Keeps messages in order behind a handle waiting for its ACK.
      ArrayPrototypePush(this._handleQueue, {
        callback, handle: null, options, message,
      });
      return this._handleQueue.length === 1;
    }

    const req = new WriteWrap();
    req.handle = channel;
    req.async = false;
    const ret = writeChannelMessage(channel, req, message, handle);
    if (ret >= 0) {
      if (handle) {
        this._handleQueue ??= [];
        if (obj && obj.postSend) {
          obj.postSend(message, handle, options, callback, target);
        }
      }
      if (req.async) {
        req.oncomplete = () => {
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
        control.refCounted();
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else {
      if (obj && obj.postSend) obj.postSend(message, handle, options, callback);
      if (!options.swallowErrors) {
        const ex = new ErrnoException(ret, 'write');
        if (typeof callback === 'function') {
          process.nextTick(callback, ex);
        } else {
          process.nextTick(() => this.emit('error', ex));
        }
      }
    }
    // Asks the sender to wait once two reads' worth is queued.
    return channel.getWriteQueueSize() < (65536 * 2);
  };

  // connected: false as soon as disconnect() is asked for; channel: null
  // once it is really gone (queued handle messages may still go out).
  target.connected = true;

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function() {
    this.channel = null;
    this[kChannelHandle] = null;
    if (this._pendingMessage) closePendingHandle(this);
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    }
    // A message half read is delivered first.
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  function emit(event, message, handle) {
    if (event === 'internalMessage' || target.listenerCount('message')) {
      target.emit(event, message, handle);
      return;
    }
    // Kept for the first 'message' listener (dropped once disconnected).
    if (target.channel) {
      ArrayPrototypePush(target.channel[kPendingMessages],
                         [event, message, handle]);
    }
  }

  function handleMessage(message, handle, internal) {
    if (!target.channel) return;
    process.nextTick(emit, internal ? 'internalMessage' : 'message', message,
                     handle);
  }

  channel.readStart();
  return control;
}

// In a forked child: the channel to the parent is on `fd`
// (child_process._forkChild, and the bootstrap when NODE_CHANNEL_FD is set).
function forkChild(fd, serializationMode) {
  const { constants: PipeConstants } = internalBinding('pipe_wrap');
  const p = new Pipe(PipeConstants.IPC);
  p.open(fd);
  p.unref();
  const control = setupChannel(process, p, serializationMode);
  // 'message' and 'disconnect' listeners keep the channel (and so the
  // process) alive.
  process.on('newListener', function onNewListener(name) {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', function onRemoveListener(name) {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = { forkChild, setupChannel, kChannelHandle };
