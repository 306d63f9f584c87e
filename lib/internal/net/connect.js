'use strict';

// How a net.Socket connects: host lookup (dns.lookup), the connect request
// on its TCP or Pipe handle and its completion, trying each address of a
// host in turn (autoSelectFamily), and the handle set-up every socket shares.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  MathMax,
} = primordials;

const {
  ExceptionWithHostPort,
  NodeAggregateError,
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_IP_ADDRESS,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
} = require('internal/validators');
const {
  checkBindError,
  DEFAULT_IPV4_ADDR,
  DEFAULT_IPV6_ADDR,
  getDefaultLookup,
  isIP,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kSetNoDelay,
} = require('internal/net');
const {
  kBuffer,
  kBufferGen,
  onStreamRead,
  owner_symbol,
} = require('internal/stream_base_commons');
const { isUint8Array } = require('internal/util/types');
const { ConnectWrap } = internalBinding('stream_wrap');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { UV_ETIMEDOUT } = internalBinding('uv');
const { clearTimeout, setTimeout } = require('timers');

// --[no-]network-family-autoselection and
// --network-family-autoselection-attempt-timeout set the defaults.
let autoSelectFamilyDefault;
let autoSelectFamilyAttemptTimeoutDefault;
{
  const options = internalBinding('options').getOptions();
  autoSelectFamilyDefault = options.networkFamilyAutoselection;
  autoSelectFamilyAttemptTimeoutDefault =
    options.networkFamilyAutoselectionAttemptTimeout;
}

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[owner_symbol] = self;
    self._handle.onread = onStreamRead;
    self._handle.bytesRead ??= 0;
    self._handle.bytesWritten ??= 0;
    // onread with a buffer generator: the first buffer is made now.
    if (self[kBuffer] && self[kBufferGen] !== null && self[kBuffer] === true) {
      const userBuf = self[kBufferGen]();
      if (isUint8Array(userBuf)) self[kBuffer] = userBuf;
    }
  }
}

const kPerfContext = Symbol('kPerfContext');
let perfObserve;

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
    // perf_hooks 'net' entries time TCP connects (not pipes), as node.
    perfObserve ??= require('internal/perf/observe');
    perfObserve.startPerf(self, kPerfContext, 'net', 'connect',
                          { host: address, port });
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
  return req;
}

// req.oncomplete(status, handle, req, readable, writable).
function afterConnect(status, handle, req, readable, writable) {
  const self = handle[owner_symbol];
  if (self === undefined || self.destroyed) return;
  const attempts = self._connectAttempts;
  if (attempts !== undefined && status === 0) endAttempts(self, attempts);
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
    if (self[kPerfContext] !== undefined) {
      perfObserve.stopPerf(self, kPerfContext);
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
    if (attempts !== undefined) {
      self.emit('connectionAttemptFailed', req.address, req.port,
                req.addressType, ex);
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
  let attemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  if (options.autoSelectFamilyAttemptTimeout != null) {
    validateInt32(options.autoSelectFamilyAttemptTimeout,
                  'options.autoSelectFamilyAttemptTimeout', 1);
    attemptTimeout = MathMax(options.autoSelectFamilyAttemptTimeout, 10);
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
  if (options.lookup != null) {
    validateFunction(options.lookup, 'options.lookup');
  }
  const dnsopts = {
    family: socketToDnsFamily(options.family),
    hints: options.hints || 0,
  };
  // Without a family, only families the machine has an address of.
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = internalBinding('cares_wrap').constants.AI_ADDRCONFIG;
  }
  self._host = host;
  const lookup = options.lookup || getDefaultLookup();
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress &&
      autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port,
                             localAddress, localPort, attemptTimeout);
    return;
  }
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
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

// All addresses of the host, families alternating from the first one's,
// tried one after the other (node's happy eyeballs): an attempt still
// pending after `attemptTimeout` ms is given up (ETIMEDOUT, its handle
// closed) for the next address; the last one may take as long as it takes.
function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port,
                                  localAddress, localPort, attemptTimeout) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
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
                              localAddress, localPort, attemptTimeout,
                              req: undefined, timer: undefined };
    connectNextAddress(self, null);
  });
}

function connectNextAddress(self, error) {
  const attempts = self._connectAttempts;
  clearTimeout(attempts.timer);
  if (error !== null) ArrayPrototypePush(attempts.errors, error);
  if (attempts.index >= attempts.toAttempt.length) {
    endAttempts(self, attempts);
    self.destroy(new NodeAggregateError(attempts.errors));
    return;
  }
  const { address, family } = attempts.toAttempt[attempts.index++];
  const { port } = attempts;
  ArrayPrototypePush(self.autoSelectFamilyAttemptedAddresses,
                     `${address}:${port}`);
  if (attempts.index > 1) {
    // The previous attempt failed or was given up: a fresh handle. Closing
    // the old one cancels a pending connect, which nobody waits for now.
    attempts.req.oncomplete = ignoreCompletion;
    self._handle.close();
    self._handle = new TCP(TCPConstants.SOCKET);
    initSocketHandle(self);
  }
  self.emit('connectionAttempt', address, port, family);
  if (self.destroyed) return;
  attempts.req = internalConnect(self, address, port, family,
                                 attempts.localAddress, attempts.localPort);
  if (!self.destroyed && attempts.index < attempts.toAttempt.length) {
    attempts.timer = setTimeout(attemptTimedOut, attempts.attemptTimeout,
                                self, attempts, address, family);
  }
}

function attemptTimedOut(self, attempts, address, family) {
  if (self.destroyed || self._connectAttempts !== attempts) return;
  const { port } = attempts;
  self.emit('connectionAttemptTimeout', address, port, family);
  if (self.destroyed) return;
  connectNextAddress(self, new ExceptionWithHostPort(UV_ETIMEDOUT, 'connect',
                                                     address, port));
}

function ignoreCompletion() {}

function endAttempts(self, attempts) {
  clearTimeout(attempts.timer);
  self._connectAttempts = undefined;
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
  getDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  initSocketHandle,
  internalConnect,
  lookupAndConnect,
  setDefaultAutoSelectFamily,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
