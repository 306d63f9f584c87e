'use strict';

// process.stdin, process.stdout and process.stderr, each made on first use
// from what its fd is, as node does:
// - a terminal: tty.ReadStream / tty.WriteStream (writes synchronous);
// - a file: fs.ReadStream / SyncWriteStream (writes synchronous);
// - a pipe or socket: net.Socket (writes asynchronous, as node on POSIX;
//   whatever is still queued when the process exits is written out first);
// - anything else: a stream that ends at once / drops what it is given.
// stdout and stderr survive destroy(); no fd 0-2 is ever closed (libuv
// leaves them open too).

const {
  FunctionPrototypeCall,
  ObjectDefineProperty,
} = primordials;

const { guessHandleType } = internalBinding('tty_wrap');
const { drainAtExit } = internalBinding('stdio');

let stdin;
let stdout;
let stderr;

// The _destroy of stdout and stderr: the stream reports itself destroyed
// and closed, and is usable again right after.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => this.emit('close'));
  }
}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const { SyncWriteStream } = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ fd, readable: false, writable: true });
      stream._type = 'pipe';
      drainAtExit(stream._handle);
      break;
    }
    default: {
      const { Writable } = require('stream');
      stream = new Writable({
        write(chunk, encoding, cb) {
          cb();
        },
      });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

// SIGWINCH tells a terminal's streams to re-read their size.
function refreshOnResize(stream) {
  if (stream.isTTY) process.on('SIGWINCH', () => stream._refreshSize());
}

function getStdout() {
  if (stdout === undefined) {
    stdout = createWritableStdioStream(1);
    refreshOnResize(stdout);
  }
  return stdout;
}

function getStderr() {
  if (stderr === undefined) {
    stderr = createWritableStdioStream(2);
    refreshOnResize(stderr);
  }
  return stderr;
}

// After pause(), reading stops for real one tick later (when the stream
// has stopped flowing), so that an idle stdin lets the process exit.
function stopReadingIfPaused(stream) {
  const handle = stream._handle;
  if (handle && handle.reading && !stream.readableFlowing) {
    stream._readableState.reading = false;
    handle.reading = false;
    handle.readStop();
  }
}

function getStdin() {
  if (stdin !== undefined) return stdin;
  const fd = 0;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      // The IPC channel of a forked child may sit on fd 0: it owns that
      // pipe (opening it again fails with EEXIST), so stdin reads nothing.
      if (process.channel && process.channel.fd === fd) {
        const { Readable } = require('stream');
        stdin = new Readable({ read() { this.push(null); } });
        stdin.fd = fd;
        break;
      }
      const net = require('net');
      stdin = new net.Socket({
        fd, readable: true, writable: false, manualStart: true,
      });
      stdin.readable = true;
      break;
    }
    default: {
      const { Readable } = require('stream');
      stdin = new Readable({
        read() {
          this.push(null);
        },
      });
    }
  }
  stdin.fd = fd;
  // Nothing is read (and the process is not kept alive) until the program
  // asks for data.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  stdin.on('pause', () => process.nextTick(stopReadingIfPaused, stdin));
  return stdin;
}

function defineStream(process, name, get) {
  ObjectDefineProperty(process, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get,
  });
}

function setupStdio(process) {
  defineStream(process, 'stdin', getStdin);
  defineStream(process, 'stdout', getStdout);
  defineStream(process, 'stderr', getStderr);
  // Undocumented but present in node (old code calls it).
  process.openStdin = function() {
    process.stdin.resume();
    return process.stdin;
  };
}

// Before the process goes away (process.exit(), the end of the loop, an
// uncaught error): chunks that wait in a pipe's Writable buffer behind a
// write in progress go to the handle now, so that the drain at teardown
// writes them out too.
let flushedAtExit = false;
function flushStdioAtExit() {
  if (flushedAtExit) return;
  flushedAtExit = true;
  handOverBufferedWrites(stdout);
  handOverBufferedWrites(stderr);
}

function noop() {}

function handOverBufferedWrites(stream) {
  if (stream === undefined || stream._type !== 'pipe') return;
  const handle = stream._handle;
  if (!handle || stream.destroyed || stream.writableLength === 0) return;
  const chunks = stream.writableBuffer;
  if (chunks.length === 0) return;
  const { WriteWrap } = internalBinding('stream_wrap');
  const { Buffer } = require('buffer');
  for (let i = 0; i < chunks.length; i++) {
    const { chunk, encoding } = chunks[i];
    const req = new WriteWrap();
    req.handle = handle;
    req.oncomplete = noop;
    req.async = false;
    // The request keeps the bytes alive until libuv is done with them.
    req.buffer = typeof chunk === 'string' ?
      FunctionPrototypeCall(Buffer.from, Buffer, chunk, encoding) : chunk;
    if (handle.writeBuffer(req, req.buffer) < 0) return;
  }
}

module.exports = { setupStdio, flushStdioAtExit };
