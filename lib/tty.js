'use strict';

// tty: isatty(fd), and the terminal streams process.stdin/stdout/stderr are
// when attached to one: ReadStream (raw mode) and WriteStream (size,
// 'resize', colour depth, cursor control), both net.Sockets over a TTY
// handle (src/tty_wrap.cc).

const {
  FunctionPrototypeCall,
  NumberIsInteger,
  ObjectSetPrototypeOf,
} = primordials;

const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const {
  ErrnoException,
  uvErrmapGet,
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
} = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

let readline;
function lazyReadline() {
  readline ??= require('readline');
  return readline;
}

function isatty(fd) {
  return NumberIsInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

// A TTY handle on fd, or ERR_TTY_INIT_FAILED with libuv's reason.
function openTTY(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const handle = new TTY(fd, ctx);
  if (ctx.errno !== undefined) {
    const [code, message] = uvErrmapGet(ctx.errno) ?? ['UNKNOWN', 'unknown error'];
    throw new ERR_TTY_INIT_FAILED({
      errno: ctx.errno, code, message, syscall: ctx.syscall,
    });
  }
  return handle;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = openTTY(fd);
  // Keys arrive as typed: nothing is held back for a high-water mark.
  FunctionPrototypeCall(net.Socket, this, {
    readableHighWaterMark: 0,
    handle,
    manualStart: true,
    ...options,
  });
  this.isRaw = false;
  this.isTTY = true;
}
ObjectSetPrototypeOf(ReadStream.prototype, net.Socket.prototype);
ObjectSetPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', new ErrnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = openTTY(fd);
  FunctionPrototypeCall(net.Socket, this, {
    readableHighWaterMark: 0,
    handle,
    manualStart: true,
  });
  // Terminal output is synchronous on POSIX, as in node: nothing
  // interleaves and nothing is lost at exit.
  this._handle.setBlocking(true);
  const size = [0, 0];
  if (this._handle.getWindowSize(size) === 0) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
ObjectSetPrototypeOf(WriteStream.prototype, net.Socket.prototype);
ObjectSetPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// Called on SIGWINCH for process.stdout/stderr: 'resize' when the size
// changed.
WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = [0, 0];
  const err = this._handle.getWindowSize(size);
  if (err) {
    this.emit('error', new ErrnoException(err, 'getWindowSize'));
    return;
  }
  if (this.columns !== size[0] || this.rows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return lazyReadline().cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return lazyReadline().moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return lazyReadline().clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return lazyReadline().clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
