'use strict';

// Helpers of net shared with internal/net/server and child_process:
// isIP/isIPv4/isIPv6, argument normalisation, handles for fds, and the
// host-name lookup that net.connect uses. Until the dns module exists,
// names resolve here: numeric addresses as themselves, 'localhost' (and
// names in /etc/hosts) from the hosts file, as getaddrinfo would; once
// lib/dns.js exists its lookup is used instead, with the same
// (host, options, callback) contract.

const {
  ArrayPrototypePush,
  Number,
  RegExp,
  RegExpPrototypeExec,
  SafeMap,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  StringPrototypeTrim,
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


// --- host names --------------------------------------------------------------

let hostsTable;
// name (lower case) -> [{ address, family }] from /etc/hosts, read once.
function readHosts() {
  if (hostsTable !== undefined) return hostsTable;
  hostsTable = new SafeMap();
  let text = '';
  try {
    text = require('fs').readFileSync('/etc/hosts', 'latin1');
  } catch {
    // No hosts file: only numeric addresses and 'localhost' resolve.
  }
  const lines = StringPrototypeSplit(text, '\n');
  for (let i = 0; i < lines.length; i++) {
    const line = StringPrototypeTrim(StringPrototypeSplit(lines[i], '#')[0]);
    if (line === '') continue;
    const fields = StringPrototypeSplit(line, /\s+/);
    const family = isIP(fields[0]);
    if (family === 0) continue;
    for (let j = 1; j < fields.length; j++) {
      const name = StringPrototypeToLowerCase(fields[j]);
      let list = hostsTable.get(name);
      if (list === undefined) hostsTable.set(name, list = []);
      if (!list.some((e) => e.address === fields[0])) {
        ArrayPrototypePush(list, { address: fields[0], family });
      }
    }
  }
  if (!hostsTable.has('localhost')) {
    hostsTable.set('localhost', [{ address: '127.0.0.1', family: 4 }]);
  }
  return hostsTable;
}

// dns.lookup's contract: callback(err, address, family), or with
// options.all callback(err, [{ address, family }]). Always asynchronous.
function lookupWithoutDns(host, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  } else if (typeof options === 'number') {
    options = { family: options };
  }
  const family = options?.family === 'IPv4' ? 4 :
    options?.family === 'IPv6' ? 6 : (options?.family | 0);
  let entries;
  const numeric = isIP(host);
  if (numeric !== 0) {
    entries = [{ address: host, family: numeric }];
  } else {
    entries = readHosts().get(StringPrototypeToLowerCase(`${host}`)) || [];
  }
  if (family === 4 || family === 6) {
    entries = entries.filter((e) => e.family === family);
  }
  process.nextTick(() => {
    if (entries.length === 0) {
      const { dnsException } = require('internal/errors');
      const { UV_EAI_NONAME } = internalBinding('uv');
      callback(dnsException(UV_EAI_NONAME, 'getaddrinfo', host));
    } else if (options?.all) {
      callback(null, entries.map((e) => ({ address: e.address,
                                           family: e.family })));
    } else {
      callback(null, entries[0].address, entries[0].family);
    }
  });
  return {};
}

let defaultLookup;
// The lookup function net uses when options.lookup is not given.
function getDefaultLookup() {
  if (defaultLookup === undefined) {
    const { BuiltinModule } = require('internal/bootstrap/realm');
    defaultLookup = BuiltinModule.exists('dns') ?
      require('dns').lookup : lookupWithoutDns;
  }
  return defaultLookup;
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
  lookupWithoutDns,
  normalizedArgsSymbol,
};
