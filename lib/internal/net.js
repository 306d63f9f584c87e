'use strict';

// Helpers of net shared with internal/net/server and child_process:
// isIP/isIPv4/isIPv6, argument normalisation, handles for fds, and the
// host-name lookup that net.connect uses (dns.lookup).

const {
  Number,
  RegExp,
  RegExpPrototypeExec,
  Symbol,
} = primordials;

const {
  codes: { ERR_INVALID_FD_TYPE },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');

const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);

const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) {
  // Coerces like node (isIPv4(123) is false, not a throw).
  return RegExpPrototypeExec(IPv4Reg, `${s}`) !== null;
}

function isIPv6(s) {
  return RegExpPrototypeExec(IPv6Reg, `${s}`) !== null;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// Marks an array made by net's normalizeArgs.
const normalizedArgsSymbol = Symbol('normalizedArgs');

const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// A new TCP or Pipe handle for an existing fd (net.Socket({ fd })).
function createHandle(fd, isServer) {
  validateInt32(fd, 'fd', 0);
  const type = internalBinding('tty_wrap').guessHandleType(fd);
  if (type === 'PIPE') {
    return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  }
  if (type === 'TCP') {
    return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  }
  throw new ERR_INVALID_FD_TYPE(type);
}

// (options[, cb]), (path[, cb]) or ([port][, host][, cb]) ->
// [options, cb or null], marked as normalized.
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

// EADDRINUSE may show only at listen() or connect(), and a failed bind()
// leaves the socket to bind a random port then: check that the port is the
// one asked for.
function checkBindError(err, port, handle) {
  if (err === 0 && port > 0 && handle.getsockname) {
    const out = {};
    err = handle.getsockname(out);
    if (err === 0 && port !== out.port) {
      err = internalBinding('uv').UV_EADDRINUSE;
    }
  }
  return err;
}


// The lookup net uses when options.lookup is not given: dns.lookup, read
// at each call (as node does), so that a replaced dns.lookup is honoured.
function getDefaultLookup() {
  return require('dns').lookup;
}

module.exports = {
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
  isIP,
  isIPv4,
  isIPv6,
  normalizedArgsSymbol,
};
