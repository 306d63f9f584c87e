'use strict';

// net: Socket, a stream.Duplex over a libuv TCP or Pipe handle
// (src/tcp_wrap.cc, src/pipe_wrap.cc), connect/createConnection, and the
// module's exports. Server is in internal/net/server.js; writes, reads and
// timeouts shared with other stream handles in internal/stream_base_commons.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  Boolean,
  FunctionPrototypeCall,
  MathMax,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Symbol,
} = primordials;

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const {
  ErrnoException,
  ExceptionWithHostPort,
  NodeAggregateError,
  AbortError,
  genericNodeError,
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const {
  checkBindError,
  createHandle,
  DEFAULT_IPV4_ADDR,
  DEFAULT_IPV6_ADDR,
  getDefaultLookup,
  isIP,
  isIPv4,
  isIPv6,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kSetNoDelay,
  normalizeArgs,
  normalizedArgsSymbol,
} = require('internal/net');
const {
  kAfterAsyncWrite,
  kTimeout,
  kUpdateTimer,
  onStreamRead,
  owner_symbol,
  setStreamTimeout,
  writeGeneric,
  writevGeneric,
} = require('internal/stream_base_commons');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { ShutdownWrap, ConnectWrap } = internalBinding('stream_wrap');
const { UV_ENOTCONN } = internalBinding('uv');

const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function noop() {}

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[owner_symbol] = self;
    self._handle.onread = onStreamRead;
    self._handle.bytesRead ??= 0;
    self._handle.bytesWritten ??= 0;
  }
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(new ErrnoException(err, 'read'));
}

// Without allowHalfOpen, the end of the readable side ends writing too.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return FunctionPrototypeCall(Duplex.prototype.write, this, chunk,
                                 encoding, cb);
  }
  if (typeof encoding === 'function') cb = encoding;
  const er = genericNodeError('This socket has been ended by the other party',
                              { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  function onAbort() {
    signal.removeEventListener('abort', onAbort);
    self._aborted = true;
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    process.nextTick(() => {
      signal.addEventListener('abort', onAbort, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAbort));
    });
  }
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode,
                                    'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' :
        'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode,
      'is not supported');
  }
  if (typeof options?.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay,
                   'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this._closeAfterHandlingError = false;

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };

  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  // 'close' comes from the handle's close callback, with hadError.
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  FunctionPrototypeCall(Duplex, this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    this._handle = createHandle(fd, false);
    const err = this._handle.open(fd);
    if (err) throw new ErrnoException(err, 'open');
  }

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';

  // With a handle, data flows into the buffer from now on; otherwise from
  // the connection.
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  if (options.signal) addClientAbortSignalOption(this, options);

  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  if (options.noDelay !== undefined) {
    validateBoolean(options.noDelay, 'options.noDelay');
  }
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
}
ObjectSetPrototypeOf(Socket.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Socket, Duplex);

// Refreshes the timeout of this socket and of the sockets it wraps.
Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};
Socket.prototype[kUpdateTimer] = Socket.prototype._unrefTimer;

Socket.prototype[kAfterAsyncWrite] = function() {
  this[kLastWriteQueueSize] = 0;
};

Socket.prototype._final = function(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const req = new ShutdownWrap();
  req.oncomplete = afterShutdown;
  req.handle = this._handle;
  req.callback = cb;
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(new ErrnoException(err, 'shutdown'));
};

function afterShutdown() {
  this.callback();
}

Socket.prototype.setTimeout = setStreamTimeout;

Socket.prototype._onTimeout = function() {
  const handle = this._handle;
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    // A write still in progress holds the timeout off.
    const writeQueueSize = handle.getWriteQueueSize();
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] ||
      (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function() {
  return this._getsockname();
};

function protoGetter(name, get) {
  ObjectDefineProperty(Socket.prototype, name, {
    __proto__: null, configurable: false, enumerable: true, get,
  });
}

protoGetter('_connecting', function() { return this.connecting; });

protoGetter('pending', function() {
  return !this._handle || this.connecting;
});

protoGetter('readyState', function() {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});

protoGetter('bufferSize', function() {
  if (this._handle) return this.writableLength;
});

protoGetter('_bytesDispatched', function() {
  return this._handle ? this._handle.bytesWritten : this[kBytesWritten];
});

protoGetter('bytesRead', function() {
  return this._handle ? this._handle.bytesRead : this[kBytesRead];
});

protoGetter('bytesWritten', function() {
  let bytes = this._bytesDispatched;
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length :
      Buffer.byteLength(el.chunk, el.encoding);
  }
  if (ArrayIsArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const chunk = data[i];
      if (data.allBuffers || chunk instanceof Buffer) bytes += chunk.length;
      else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
    }
  } else if (data) {
    bytes += typeof data !== 'string' ? data.length :
      Buffer.byteLength(data, encoding);
  }
  return bytes;
});

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) {
    return this._peername || {};
  } else if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname || this.connecting) {
    return {};
  } else if (!this._sockname) {
    this._sockname = {};
    this._handle.getsockname(this._sockname);
  }
  return this._sockname;
};

protoGetter('remoteAddress', function() {
  return this._getpeername().address;
});
protoGetter('remoteFamily', function() {
  return this._getpeername().family;
});
protoGetter('remotePort', function() {
  return this._getpeername().port;
});
protoGetter('localAddress', function() {
  return this._getsockname().address;
});
protoGetter('localPort', function() {
  return this._getsockname().port;
});
protoGetter('localFamily', function() {
  return this._getsockname().family;
});

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.end = function(data, encoding, callback) {
  FunctionPrototypeCall(Duplex.prototype.end, this, data, encoding, callback);
  return this;
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  const { clearTimeout } = require('internal/timers');
  for (let s = this; s !== null; s = s._parent) clearTimeout(s[kTimeout]);
  if (this._handle) {
    const isException = exception ? true : false;
    // bytesRead and bytesWritten outlive the handle.
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      this._handle.reset(() => this.emit('close', isException));
    } else if (this._closeAfterHandlingError) {
      // Closed after the 'error' handlers (queued as ticks) ran.
      queueMicrotask(() => closeSocketHandle(this, isException));
    } else {
      closeSocketHandle(this, isException);
    }
    if (!this._closeAfterHandlingError) {
      this._handle.onread = noop;
      this._handle = null;
      this._sockname = null;
    }
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function closeSocketHandle(self, isException) {
  if (self._handle) {
    self._handle.close(() => self.emit('close', isException));
  }
}

function emitCloseNT(self) {
  self.emit('close');
}

Socket.prototype.pause = function() {
  return FunctionPrototypeCall(Duplex.prototype.pause, this);
};

Socket.prototype.resume = function() {
  return FunctionPrototypeCall(Duplex.prototype.resume, this);
};

Socket.prototype.read = function(n) {
  return FunctionPrototypeCall(Duplex.prototype.read, this, n);
};

// Writes wait for the connection; then go to the handle.
Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    function onClose() {
      cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    }
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const req = writev ? writevGeneric(this, data, cb) :
    writeGeneric(this, data, encoding, cb);
  if (req.async) this[kLastWriteQueueSize] = req.bytes;
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

// --- connecting ------------------------------------------------------------------

function internalConnect(self, address, port, addressType, localAddress,
                         localPort, flags) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress ||= DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, flags | 0);
    }
    err = checkBindError(err, localPort, self._handle);
    if (err) {
      self.destroy(new ExceptionWithHostPort(err, 'bind', localAddress,
                                             localPort));
      return;
    }
  }
  const req = new ConnectWrap();
  req.oncomplete = afterConnect;
  req.address = address;
  if (addressType === 6 || addressType === 4) {
    req.port = port;
    req.localAddress = localAddress;
    req.localPort = localPort;
    req.addressType = addressType;
    err = addressType === 4 ? self._handle.connect(req, address, port) :
      self._handle.connect6(req, address, port);
  } else {
    err = self._handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname) details = `${sockname.address}:${sockname.port}`;
    self.destroy(new ExceptionWithHostPort(err, 'connect', address, port,
                                           details));
  }
}

// req.oncomplete(status, handle, req, readable, writable).
function afterConnect(status, handle, req, readable, writable) {
  const self = handle[owner_symbol];
  if (self === undefined || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) {
      self._handle.setNoDelay(true);
    }
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    // Starts reading, or gets an immediate end of file.
    if (readable && !self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) {
      details = `${req.localAddress}:${req.localPort}`;
    }
    const ex = new ExceptionWithHostPort(status, 'connect', req.address,
                                         req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    if (self._connectAttempts !== undefined) {
      connectNextAddress(self, ex);
      return;
    }
    self.destroy(ex);
  }
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamily } = options;
  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'],
                                     port);
    }
    validatePort(port);
  }
  port |= 0;
  if (autoSelectFamily != null) {
    validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  } else {
    autoSelectFamily = autoSelectFamilyDefault;
  }
  if (options.autoSelectFamilyAttemptTimeout != null) {
    validateInt32(options.autoSelectFamilyAttemptTimeout,
                  'options.autoSelectFamilyAttemptTimeout', 1);
  }

  // A numeric host needs no lookup.
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) {
        internalConnect(self, host, port, addressType, localAddress,
                        localPort);
      }
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsopts = {
    family: socketToDnsFamily(options.family),
    hints: options.hints || 0,
  };
  self._host = host;
  const lookup = options.lookup || getDefaultLookup();
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress &&
      autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port,
                             localAddress, localPort);
    return;
  }
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      err.host = options.host;
      err.port = options.port;
      err.message = `${err.message} ${options.host}:${options.port}`;
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_ADDRESS_FAMILY(
        addressType, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

// All addresses of the host, families alternating from the first one's; each
// is tried in turn until one connects.
// TODO(net): start the next attempt after autoSelectFamilyAttemptTimeout
// while the previous one is still pending, as node's happy eyeballs does.
function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port,
                                  localAddress, localPort) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      err.host = options.host;
      err.port = options.port;
      err.message = `${err.message} ${options.host}:${options.port}`;
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    const valid = [[], []];
    const seen = [[], []];
    let order;
    for (let i = 0; i < addresses.length; i++) {
      const { address: ip, family } = addresses[i];
      self.emit('lookup', err, ip, family, host);
      if (!self.connecting) return;
      if (isIP(ip) && (family === 4 || family === 6)) {
        order ||= family === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const slot = order[family];
        if (!ArrayPrototypeIncludes(seen[slot], ip)) {
          ArrayPrototypePush(valid[slot], addresses[i]);
          ArrayPrototypePush(seen[slot], ip);
        }
      }
    }
    if (!valid[0].length && !valid[1].length) {
      const { address: firstIp, family: firstFamily } = addresses[0] || {};
      const error = !isIP(firstIp) ? new ERR_INVALID_IP_ADDRESS(firstIp) :
        new ERR_INVALID_ADDRESS_FAMILY(firstFamily, options.host,
                                       options.port);
      process.nextTick(connectErrorNT, self, error);
      return;
    }
    const toAttempt = [];
    for (let i = 0; i < MathMax(valid[0].length, valid[1].length); i++) {
      if (i in valid[0]) ArrayPrototypePush(toAttempt, valid[0][i]);
      if (i in valid[1]) ArrayPrototypePush(toAttempt, valid[1][i]);
    }
    self._unrefTimer();
    if (toAttempt.length === 1) {
      const { address: ip, family } = toAttempt[0];
      internalConnect(self, ip, port, family, localAddress, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    self._connectAttempts = { toAttempt, index: 0, port, errors: [],
                              localAddress, localPort };
    connectNextAddress(self, null);
  });
}

function connectNextAddress(self, error) {
  const attempts = self._connectAttempts;
  if (error !== null) ArrayPrototypePush(attempts.errors, error);
  if (attempts.index >= attempts.toAttempt.length) {
    self._connectAttempts = undefined;
    self.destroy(new NodeAggregateError(attempts.errors));
    return;
  }
  const { address, family } = attempts.toAttempt[attempts.index++];
  ArrayPrototypePush(self.autoSelectFamilyAttemptedAddresses,
                     `${address}:${attempts.port}`);
  if (error !== null) {
    // A failed attempt leaves its handle unusable: start on a fresh one.
    self._handle.close();
    self._handle = new TCP(TCPConstants.SOCKET);
    initSocketHandle(self);
  }
  if (attempts.index === attempts.toAttempt.length) {
    self._connectAttempts = undefined;
  }
  internalConnect(self, address, attempts.port, family, attempts.localAddress,
                  attempts.localPort);
}

Socket.prototype.connect = function(...args) {
  let normalized;
  if (ArrayIsArray(args[0]) && args[0][normalizedArgsSymbol]) {
    normalized = args[0];
  } else {
    normalized = normalizeArgs(args);
  }
  const options = normalized[0];
  const cb = normalized[1];
  if (cb !== null) this.once('connect', cb);
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = !!path;
  if (!this._handle) {
    this._handle = pipe ? new Pipe(PipeConstants.SOCKET) :
      new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

module.exports = {
  _createServerHandle: undefined,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts() {},
  get BlockList() {
    return require('internal/blocklist').BlockList;
  },
  get SocketAddress() {
    return require('internal/socketaddress').SocketAddress;
  },
  connect,
  createConnection: connect,
  createServer: undefined,
  isIP,
  isIPv4,
  isIPv6,
  Server: undefined,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};

const server = require('internal/net/server');
module.exports._createServerHandle = server.createServerHandle;
module.exports.createServer = server.createServer;
module.exports.Server = server.Server;
