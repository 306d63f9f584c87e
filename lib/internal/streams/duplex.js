'use strict';

// Duplex: both Readable (by inheritance) and Writable (its methods and
// accessors are copied over; instanceof Writable holds through
// Writable[Symbol.hasInstance]). readable: false / writable: false start a
// side out finished; with allowHalfOpen: false the end of the readable side
// ends the writable one.

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

// Writable's methods where Readable has none of that name (so pipe and the
// listener methods stay Readable's), then Writable's destroy, which also
// fails queued writes.
{
  const names = ObjectKeys(Writable.prototype);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (!Duplex.prototype[name]) Duplex.prototype[name] = Writable.prototype[name];
  }
}
Duplex.prototype.destroy = Writable.prototype.destroy;

// The implementation functions an options object may carry.
const kImplementations = [
  ['read', '_read'],
  ['write', '_write'],
  ['writev', '_writev'],
  ['destroy', '_destroy'],
  ['final', '_final'],
  ['construct', '_construct'],
];

function disableReadable(state) {
  state.readable = false;
  state.ended = true;
  state.endEmitted = true;
}

function disableWritable(state) {
  state.writable = false;
  state.ending = true;
  state.ended = true;
  state.finished = true;
}

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  // Both sides' events, in a fixed shape (EventEmitter's shape mode).
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

  if (!options) {
    this.allowHalfOpen = true;
  } else {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) disableReadable(this._readableState);
    if (options.writable === false) disableWritable(this._writableState);
    for (let i = 0; i < kImplementations.length; i++) {
      const { 0: option, 1: method } = kImplementations[i];
      if (typeof options[option] === 'function') this[method] = options[option];
    }
    if (options.signal) {
      require('internal/streams/add-abort-signal')
        .addAbortSignal(options.signal, this);
    }
  }

  FunctionPrototypeCall(Stream, this, options);

  // One _construct for both sides; the writable side resumes first.
  destroyImpl.construct(this, () => {
    this._writableState[kOnConstructed](this);
    this._readableState[kOnConstructed](this);
  });
}

// Writable's accessors, on top of Readable's of the same names.
function writableAccessor(name) {
  return {
    __proto__: null,
    ...ObjectGetOwnPropertyDescriptor(Writable.prototype, name),
  };
}

ObjectDefineProperties(Duplex.prototype, {
  writable: writableAccessor('writable'),
  writableHighWaterMark: writableAccessor('writableHighWaterMark'),
  writableObjectMode: writableAccessor('writableObjectMode'),
  writableBuffer: writableAccessor('writableBuffer'),
  writableLength: writableAccessor('writableLength'),
  writableFinished: writableAccessor('writableFinished'),
  writableCorked: writableAccessor('writableCorked'),
  writableEnded: writableAccessor('writableEnded'),
  writableNeedDrain: writableAccessor('writableNeedDrain'),

  // Destroyed only once both sides are.
  destroyed: {
    __proto__: null,
    get() {
      const r = this._readableState;
      const w = this._writableState;
      if (r === undefined || w === undefined) return false;
      return r.destroyed && w.destroyed;
    },
    set(value) {
      const r = this._readableState;
      const w = this._writableState;
      if (r && w) {
        r.destroyed = value;
        w.destroyed = value;
      }
    },
  },
});

let duplexify;

// Duplex.from(body): see duplexify.js.
Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

let webAdapters;
function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}

// Duplex.fromWeb/toWeb: the bridges of internal/webstreams/adapters.js.
Duplex.fromWeb = function(pair, options) {
  return lazyWebAdapters().newStreamDuplexFromReadableWritablePair(pair,
                                                                   options);
};

Duplex.toWeb = function(duplex) {
  return lazyWebAdapters().newReadableWritablePairFromDuplex(duplex);
};
