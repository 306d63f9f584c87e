'use strict';

// Duplex: a stream that is both Readable (it inherits from it) and Writable
// (Writable's methods and accessors are copied onto it, and instanceof
// Writable holds through Writable[Symbol.hasInstance]). With allowHalfOpen
// false, the end of the readable side ends the writable side.

const {
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectGetOwnPropertyDescriptor,
  ObjectKeys,
  ObjectSetPrototypeOf,
} = primordials;

module.exports = Duplex;

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { ReadableState } = require('internal/streams/readable_state');
const { WritableState } = require('internal/streams/writable_state');
const { kOnConstructed } = require('internal/streams/state');
const destroyImpl = require('internal/streams/destroy');

ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
ObjectSetPrototypeOf(Duplex, Readable);

// Writable's methods, where Readable has none of the name.
{
  const keys = ObjectKeys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) {
      Duplex.prototype[method] = Writable.prototype[method];
    }
  }
}

// Writable's destroy also fails the queued writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }

    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal')
        .addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }

  FunctionPrototypeCall(Stream, this, options);

  destroyImpl.construct(this, () => {
    this._writableState[kOnConstructed](this);
    this._readableState[kOnConstructed](this);
  });
}

function writableDescriptor(name) {
  return { __proto__: null, ...ObjectGetOwnPropertyDescriptor(Writable.prototype, name) };
}

ObjectDefineProperties(Duplex.prototype, {
  writable: writableDescriptor('writable'),
  writableHighWaterMark: writableDescriptor('writableHighWaterMark'),
  writableObjectMode: writableDescriptor('writableObjectMode'),
  writableBuffer: writableDescriptor('writableBuffer'),
  writableLength: writableDescriptor('writableLength'),
  writableFinished: writableDescriptor('writableFinished'),
  writableCorked: writableDescriptor('writableCorked'),
  writableEnded: writableDescriptor('writableEnded'),
  writableNeedDrain: writableDescriptor('writableNeedDrain'),

  // Destroyed only when both sides are.
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined ||
          this._writableState === undefined) {
        return false;
      }
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

let duplexify;

// Duplex.from(body): a Duplex out of a stream, an async generator function,
// an iterable, a promise or a { readable, writable } pair.
Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};
