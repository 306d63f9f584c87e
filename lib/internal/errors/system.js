'use strict';

// System errors: a libuv errno turned into node's message and properties
// (`ENOENT: no such file or directory, open 'x'` with errno, code, syscall,
// path, dest), the host:port and DNS variants, and the SystemError base of
// ERR_SYSTEM_ERROR and friends. internal/errors exports all of them.

const {
  Error,
  MapPrototypeGet,
  NumberIsSafeInteger,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectKeys,
  SymbolFor,
} = primordials;

const {
  addCodeToStackHeader,
  codes,
  constructWithoutFrames,
  defineHideStackFramesVariant,
  getMessage,
  kIsNodeError,
} = require('internal/errors');

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));
let bufferModule;
const lazyBuffer = () => (bufferModule ??= require('buffer').Buffer);

let uvBinding;
const lazyUv = () => (uvBinding ??= internalBinding('uv'));
let uvErrorMap;
const uvUnmappedError = ['UNKNOWN', 'unknown error'];

// [name, message] for a libuv errno, or undefined.
function uvErrmapGet(errno) {
  uvErrorMap ??= lazyUv().getErrorMap();
  return MapPrototypeGet(uvErrorMap, errno);
}

function getSystemErrorName(errno) {
  const entry = uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

function getSystemErrorMap() {
  return lazyUv().getErrorMap();
}

// util.getSystemErrorName(): validates like the public API.
function checkedSystemErrorName(errno) {
  if (typeof errno !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', errno);
  }
  if (errno >= 0 || !NumberIsSafeInteger(errno)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', errno);
  }
  return getSystemErrorName(errno);
}

// `ENOENT: no such file or directory, open 'x'` with errno, code, syscall,
// path and dest as own enumerable properties, in node's order.
// ctx: { errno, syscall, path?, dest?, message? } (+ any other fields).
class UVException extends Error {
  constructor(ctx) {
    const { 0: code, 1: uvmsg } = uvErrmapGet(ctx.errno) || uvUnmappedError;
    let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
    let path;
    let dest;
    if (ctx.path) {
      path = ctx.path.toString();
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = ctx.dest.toString();
      message += ` -> '${dest}'`;
    }
    super(message);
    this.errno = ctx.errno;
    this.code = code;
    this.syscall = ctx.syscall;
    const keys = ObjectKeys(ctx);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'message' || key === 'path' || key === 'dest' ||
          key === 'errno' || key === 'code' || key === 'syscall') {
        continue;
      }
      this[key] = ctx[key];
    }
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }

  get ['constructor']() { return Error; }
}

// Makes a UVException whose stack starts at the caller.
function uvException(ctx) {
  return constructWithoutFrames(UVException, [ctx], uvException);
}

// `connect ECONNREFUSED 127.0.0.1:80`, from a libuv errno.
class UVExceptionWithHostPort extends Error {
  constructor(errno, syscall, address, port) {
    const { 0: code, 1: uvmsg } = uvErrmapGet(errno) || uvUnmappedError;
    super(`${syscall} ${code}: ${uvmsg}${hostPortDetails(address, port)}`);
    this.code = code;
    this.errno = errno;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() { return Error; }
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  if (address) return ` ${address}`;
  return '';
}

function uvExceptionWithHostPort(errno, syscall, address, port) {
  return constructWithoutFrames(UVExceptionWithHostPort,
                                [errno, syscall, address, port],
                                uvExceptionWithHostPort);
}

// `write EPIPE` (formerly util._errnoException).
class ErrnoException extends Error {
  constructor(errno, syscall, original) {
    const code = checkedSystemErrorName(errno);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
  }

  get ['constructor']() { return Error; }
}

function errnoException(errno, syscall, original) {
  return constructWithoutFrames(ErrnoException, [errno, syscall, original],
                                errnoException);
}

// `connect ECONNREFUSED 127.0.0.1:80 - Local (0.0.0.0:1234)`.
class ExceptionWithHostPort extends Error {
  constructor(errno, syscall, address, port, additional) {
    const code = checkedSystemErrorName(errno);
    let details = hostPortDetails(address, port);
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() { return Error; }
}

function exceptionWithHostPort(errno, syscall, address, port, additional) {
  return constructWithoutFrames(ExceptionWithHostPort,
                                [errno, syscall, address, port, additional],
                                exceptionWithHostPort);
}

// `getaddrinfo ENOTFOUND host`: `code` is a libuv errno or a c-ares code.
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      const uv = lazyUv();
      // Not a POSIX name, but what node has always reported for these two.
      if (code === uv.UV_EAI_NODATA || code === uv.UV_EAI_NONAME) {
        code = 'ENOTFOUND';
      } else {
        code = getSystemErrorName(code);
      }
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }

  get ['constructor']() { return Error; }
}

function dnsException(code, syscall, hostname) {
  return constructWithoutFrames(DNSException, [code, syscall, hostname],
                                dnsException);
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
  }

  get ['constructor']() { return Error; }
}

function connResetException(msg) {
  return constructWithoutFrames(ConnResetException, [msg], connResetException);
}

// ERR_SYSTEM_ERROR and friends: `<prefix>: <syscall> returned <code>
// (<message>) <path> => <dest>`, with the libuv context kept in `info`.
class SystemError extends Error {
  constructor(key, context) {
    super();
    let message = `${getMessage(key, [], this)}: ${context.syscall} returned ` +
      `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;
    const hidden = (value) => ({
      __proto__: null, value, enumerable: false, writable: true, configurable: true,
    });
    const contextField = (field) => ({
      __proto__: null,
      get() { return context[field]; },
      set: (value) => { context[field] = value; },
      enumerable: true, configurable: true,
    });
    ObjectDefineProperties(this, {
      [kIsNodeError]: { ...hidden(true), writable: false },
      name: hidden('SystemError'),
      message: hidden(message),
      info: {
        __proto__: null, value: context, enumerable: true, configurable: true,
        writable: false,
      },
      errno: contextField('errno'),
      syscall: contextField('syscall'),
    });
    // path and dest read as strings; setting one stores a Buffer, as node does.
    for (const field of ['path', 'dest']) {
      if (context[field] === undefined) continue;
      ObjectDefineProperty(this, field, {
        __proto__: null,
        get() {
          return context[field] != null ? context[field].toString() : context[field];
        },
        set: (value) => {
          context[field] = value ? lazyBuffer().from(value.toString()) : undefined;
        },
        enumerable: true, configurable: true,
      });
    }
    addCodeToStackHeader(this);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [customInspectSymbol](recurseTimes, ctx) {
    return lazyInspect().inspect(this, {
      ...ctx, getters: true, customInspect: false,
    });
  }
}

function makeSystemErrorClass(key) {
  const NodeError = class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
  defineHideStackFramesVariant(NodeError, SystemError);
  return NodeError;
}

module.exports = {
  ConnResetException,
  connResetException,
  DNSException,
  dnsException,
  ErrnoException,
  errnoException,
  ExceptionWithHostPort,
  exceptionWithHostPort,
  getSystemErrorMap,
  getSystemErrorName,
  makeSystemErrorClass,
  SystemError,
  uvErrmapGet,
  UVException,
  uvException,
  UVExceptionWithHostPort,
  uvExceptionWithHostPort,
};
