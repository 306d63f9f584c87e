'use strict';

// net.Server: listening on TCP host:port, a Unix socket path, an fd or a
// handle, accepting connections into net.Sockets, close/address/ref/unref.
// In a cluster worker, listen() asks the primary for the handle
// (internal/cluster).

const {
  Boolean,
  FunctionPrototypeCall,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Symbol,
} = primordials;

const EventEmitter = require('events');
const {
  ErrnoException,
  ExceptionWithHostPort,
  UVExceptionWithHostPort,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateNumber,
  validatePort,
} = require('internal/validators');
const {
  checkBindError,
  createHandle,
  DEFAULT_IPV4_ADDR,
  DEFAULT_IPV6_ADDR,
  getDefaultLookup,
  isPipeName,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kSetNoDelay,
  normalizeArgs,
  toNumber,
} = require('internal/net');
const { owner_symbol } = require('internal/stream_base_commons');
const dc = require('diagnostics_channel');
// node's built-in channels: a connection received, and listen()'s course.
const netServerSocketChannel = dc.channel('net.server.socket');
const netServerListen = dc.tracingChannel('net.server.listen');
const { kEmptyObject, SymbolAsyncDispose } = require('internal/util');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_EINVAL } = internalBinding('uv');

const kDefaultHighWaterMark = 16 * 1024;

let cluster;

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  FunctionPrototypeCall(EventEmitter, this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = kEmptyObject;
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') {
      this.on('connection', connectionListener);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay,
                   'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) {
      options.highWaterMark = kDefaultHighWaterMark;
    }
  }

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? kDefaultHighWaterMark;
}
ObjectSetPrototypeOf(Server.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Server, EventEmitter);

// A bound server handle, or a negative errno.
function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      // IPv6 first (it takes IPv4 too), else IPv4.
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags | 0);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags | 0);
    } else {
      err = handle.bind(address, port);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

// listen() failed: subscribers hear at once, the 'error' event follows.
function listenFailed(server, error) {
  if (netServerListen.hasSubscribers) {
    netServerListen.error.publish({ server, error });
  }
  process.nextTick(emitErrorNT, server, error);
}

function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (!this._handle) {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (rval === null) {
      rval = createServerHandle(address, port, addressType, fd, flags);
    }
    if (typeof rval === 'number') {
      listenFailed(this,
                   new UVExceptionWithHostPort(rval, 'listen', address, port));
      return;
    }
    this._handle = rval;
  }
  this._handle.onconnection = onconnection;
  this._handle[owner_symbol] = this;
  // 511: the kernel rounds backlog + 1 up to a power of two (512).
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = new UVExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    listenFailed(this, ex);
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  if (netServerListen.hasSubscribers) {
    netServerListen.asyncEnd.publish({ server: this });
  }
  process.nextTick(emitListeningNT, this);
}
Server.prototype._listen2 = setupListenHandle;

function listenInCluster(server, address, port, addressType, backlog, fd,
                         exclusive, flags, options) {
  exclusive = !!exclusive;
  cluster ??= require('cluster');
  if (cluster.isPrimary || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const serverQuery = {
    address, port, addressType, fd, flags, backlog, ...options,
  };
  const listeningId = server._listeningId;
  cluster._getServer(server, serverQuery, (err, handle) => {
    // A later listen() or close() made this one stale: give it back.
    if (listeningId !== server._listeningId) {
      if (handle) handle.close();
      return;
    }
    err = checkBindError(err, port, handle);
    if (err) {
      return server.emit('error',
                         new ExceptionWithHostPort(err, 'bind', address, port));
    }
    // The primary's handle (or its round-robin stand-in).
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  const listeningId = self._listeningId;
  getDefaultLookup()(address, function doListen(err, ip, addressType) {
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      listenInCluster(self, ip, port, addressType, backlog, undefined,
                      exclusive, flags);
    }
  });
}

function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (netServerListen.hasSubscribers) {
    netServerListen.asyncStart.publish({ server: this, options });
  }
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs =
    // (handle, backlog), (path, backlog), (port, backlog) or
    // (port, host, backlog)
    toNumber(args.length > 1 && args[1]) ||
    toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  const flags = options.ipv6Only === true ? TCPConstants.UV_TCP_IPV6ONLY : 0;
  this._listeningId++;

  // (handle[, backlog][, cb]): an existing handle.
  if (options instanceof TCP) {
    this._handle = options;
    // A handle of our own: even a cluster worker listens on it directly.
    this._listen2(null, -1, -1, backlogFromArgs);
    return this;
  }
  addServerAbortSignalOption(this, options);
  // ({ fd }[, backlog][, cb])
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  // No port given: any free one.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) ||
      options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog,
                      options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined,
                      options.exclusive);
    }
    return this;
  }
  // (path[, backlog][, cb]) or ({ path }[, cb]): a Unix socket.
  if (options.path && isPipeName(options.path)) {
    // An abstract socket (a name starting with \0) has no file to chmod.
    if (options.path[0] === '\0' &&
        (options.readableAll || options.writableAll)) {
      throw new ERR_INVALID_ARG_VALUE(
        'options', options, 'can not set readableAll or writableAllt to ' +
        'true when path is abstract unix socket');
    }
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined,
                    options.exclusive);
    if (!this._handle) return this;
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw new ErrnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!(('port' in options) || ('path' in options))) {
    throw new ERR_INVALID_ARG_VALUE('options', options,
                                    'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function onconnection(err, clientHandle) {
  const handle = this;
  const self = handle[owner_symbol];
  if (err) {
    self.emit('error', new ErrnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    if (clientHandle.getsockname || clientHandle.getpeername) {
      const data = ObjectCreate(null);
      if (clientHandle.getsockname) {
        const localInfo = ObjectCreate(null);
        clientHandle.getsockname(localInfo);
        data.localAddress = localInfo.address;
        data.localPort = localInfo.port;
        data.localFamily = localInfo.family;
      }
      if (clientHandle.getpeername) {
        const remoteInfo = ObjectCreate(null);
        clientHandle.getpeername(remoteInfo);
        data.remoteAddress = remoteInfo.address;
        data.remotePort = remoteInfo.port;
        data.remoteFamily = remoteInfo.family;
      }
      self.emit('drop', data);
    } else {
      self.emit('drop');
    }
    clientHandle.close();
    return;
  }
  const { Socket } = require('net');
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  if (netServerSocketChannel.hasSubscribers) {
    netServerSocketChannel.publish({ socket });
  }
  self.emit('connection', socket);
}

ObjectDefineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return !!(this._handle && this._connectionKey); },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw new ErrnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

Server.prototype.getConnections = function(cb) {
  const self = this;
  function end(err, connections) {
    process.nextTick(cb, err, connections);
  }
  if (!this._usingWorkers) {
    end(null, this._connections);
    return this;
  }
  let left = this._workers.length;
  let total = this._connections;
  function oncount(err, count) {
    if (err) {
      left = -1;
      return end(err);
    }
    total += count;
    if (--left === 0) return end(null, total);
  }
  for (let n = 0; n < this._workers.length; n++) {
    this._workers[n].getConnections(oncount);
  }
  return self;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  // A listen() still looking up its host is abandoned.
  this._listeningId++;
  if (this._usingWorkers) {
    let left = this._workers.length;
    const onWorkerClose = () => {
      if (--left !== 0) return;
      this._connections = 0;
      this._emitCloseIfDrained();
    };
    // Counted as connections until every worker closed.
    this._connections++;
    for (let n = 0; n < this._workers.length; n++) {
      this._workers[n].close(onWorkerClose);
    }
  } else {
    this._emitCloseIfDrained();
  }
  return this;
};

Server.prototype[SymbolAsyncDispose] = async function() {
  if (!this._handle) return;
  const { promisify } = require('internal/util');
  return FunctionPrototypeCall(promisify(this.close), this);
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

function emitCloseNT(self) {
  self.emit('close');
}

Server.prototype[EventEmitter.captureRejectionSymbol ??
  Symbol('captureRejection')] = function(err, event, sock) {
  switch (event) {
    case 'connection':
      sock.destroy(err);
      break;
    default:
      this.emit('error', err);
  }
};

Server.prototype._setupWorker = function(socketList) {
  this._usingWorkers = true;
  this._workers.push(socketList);
  socketList.once('exit', (socketList) => {
    const index = this._workers.indexOf(socketList);
    this._workers.splice(index, 1);
  });
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

module.exports = { createServer, createServerHandle, Server };
