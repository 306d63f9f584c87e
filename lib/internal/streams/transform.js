'use strict';

// Transform: a Duplex whose output is computed from its input by
// _transform(chunk, encoding, callback). A chunk counts as written only
// when its output has been read below the readable highWaterMark (the
// write callback is held until _read asks for more). end() runs _flush,
// whose output comes last, then the readable side ends.

const {
  FunctionPrototypeCall,
  ObjectSetPrototypeOf,
  Symbol,
} = primordials;

module.exports = Transform;

const {
  ERR_METHOD_NOT_IMPLEMENTED,
} = require('internal/errors').codes;
const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');

ObjectSetPrototypeOf(Transform.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Transform, Duplex);

// The write callback held back while the output waits to be read.
const kCallback = Symbol('kCallback');

// With a readable highWaterMark of 0, the writable one defaults to 0 too:
// nothing is taken in before the output is read.
function adjustOptions(options) {
  if (!options) return options;
  const readableHighWaterMark =
    getHighWaterMark(this, options, 'readableHighWaterMark', true);
  if (readableHighWaterMark !== 0) return options;
  return {
    ...options,
    highWaterMark: null,
    readableHighWaterMark,
    writableHighWaterMark: options.writableHighWaterMark || 0,
  };
}

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  options = FunctionPrototypeCall(adjustOptions, this, options);
  FunctionPrototypeCall(Duplex, this, options);

  // Output is pushed from the write side, outside _read: a 'readable'
  // for it may be emitted right away.
  this._readableState.sync = false;
  this[kCallback] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Subclasses that override _final still get their _flush, at 'prefinish'.
  this.on('prefinish', prefinish);
}

// Runs _flush (unless destroyed), pushes what it gives, and ends the
// readable side; `cb` (absent when called from 'prefinish') gets the error.
function final(cb) {
  const endOutput = (data) => {
    if (data != null) this.push(data);
    this.push(null);
    if (cb) cb();
  };
  if (typeof this._flush !== 'function' || this.destroyed) {
    endOutput(null);
    return;
  }
  this._flush((er, data) => {
    if (!er) {
      endOutput(data);
    } else if (cb) {
      cb(er);
    } else {
      this.destroy(er);
    }
  });
}

function prefinish() {
  if (this._final !== final) FunctionPrototypeCall(final, this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const lengthBefore = rState.length;

  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);

    if (rState.ended) {
      // Nobody will read again: release the write on the next tick.
      process.nextTick(callback);
      return;
    }
    // Done at once when ending, when nothing was pushed, or when there is
    // room; otherwise when the reader asks for more.
    const roomLeft = wState.ended || lengthBefore === rState.length ||
      rState.length < rState.highWaterMark;
    if (roomLeft) {
      callback();
    } else {
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};
