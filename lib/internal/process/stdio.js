'use strict';

// process.stdout and process.stderr until the stream module provides full
// streams: synchronous writers on fds 1 and 2 (node writes synchronously to
// files and TTYs, and to pipes on Linux), with the TTY properties.

const {
  ObjectDefineProperty,
} = primordials;

const EventEmitter = require('events');
const stdio = internalBinding('stdio');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_DESTROYED },
} = require('internal/errors');

class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = stdio.guessHandleType(fd);
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this.isTTY = this._type === 'TTY' ? true : undefined;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.destroyed) {
      const err = new ERR_STREAM_DESTROYED('write');
      if (typeof callback === 'function') process.nextTick(callback, err);
      return false;
    }
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
        const { Buffer } = require('buffer');
        stdio.writeBytes(this.fd, Buffer.from(chunk, encoding));
      } else {
        stdio.writeString(this.fd, chunk);
      }
    } else if (ArrayBufferIsView(chunk)) {
      stdio.writeBytes(this.fd, chunk);
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return this;
  }

  destroy() {
    // stdout and stderr are never closed by the process itself.
    this.destroyed = true;
    return this;
  }

  get columns() {
    return this.isTTY ? stdio.getWindowSize(this.fd)?.[0] : undefined;
  }

  get rows() {
    return this.isTTY ? stdio.getWindowSize(this.fd)?.[1] : undefined;
  }

  getWindowSize() {
    return stdio.getWindowSize(this.fd) ?? [0, 0];
  }

  getColorDepth(env = process.env) {
    return require('internal/tty').getColorDepth(env);
  }

  hasColors(count, env) {
    return require('internal/tty').hasColors(count, env);
  }
}

function ArrayBufferIsView(value) {
  return primordials.ArrayBufferIsView(value);
}

function defineStream(process, name, fd) {
  let stream;
  ObjectDefineProperty(process, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      stream ??= new StdioWriter(fd);
      return stream;
    },
  });
}

function setupStdio(process) {
  defineStream(process, 'stdout', 1);
  defineStream(process, 'stderr', 2);
}

module.exports = { setupStdio, StdioWriter };
