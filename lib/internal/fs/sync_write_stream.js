'use strict';

// SyncWriteStream: a Writable that writes each chunk to an fd at once with
// fs.writeSync — process.stdout/stderr when they are files (node writes
// files synchronously, so nothing is lost at exit).

const {
  FunctionPrototypeCall,
  ObjectSetPrototypeOf,
} = primordials;

const { Writable } = require('stream');
const { closeSync, writeSync } = require('fs');

function SyncWriteStream(fd, options) {
  FunctionPrototypeCall(Writable, this, {
    autoDestroy: true,
    decodeStrings: false,
  });
  this.fd = fd;
  this.readable = false;
  this.autoClose = options?.autoClose === undefined ? true : options.autoClose;
}
ObjectSetPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
ObjectSetPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function(chunk, encoding, cb) {
  try {
    if (typeof chunk === 'string') {
      writeSync(this.fd, chunk, null, encoding);
    } else {
      writeSync(this.fd, chunk);
    }
  } catch (err) {
    cb(err);
    return;
  }
  cb();
};

SyncWriteStream.prototype._destroy = function(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) closeSync(this.fd);
  this.fd = null;
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = { SyncWriteStream };
