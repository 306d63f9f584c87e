'use strict';

// A Readable as an async iterable (for await, iterator()), Readable.from,
// and adopting an old-style stream that only emits 'data'/'end' (wrap(),
// Readable.wrap).

const {
  FunctionPrototypeBind,
  ObjectKeys,
  Promise,
  SymbolAsyncIterator,
} = primordials;

const Readable = require('internal/streams/readable');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const from = require('internal/streams/from');
const { aggregateTwoErrors } = require('internal/errors');
const { validateObject } = require('internal/validators');

function nop() {}

Readable.prototype[SymbolAsyncIterator] = function() {
  return iterate(this);
};

// iterator({ destroyOnReturn }): destroyOnReturn: false leaves the stream
// open when the loop is left early.
Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return iterate(this, options);
};

function iterate(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iterator = chunksOf(stream, options);
  iterator.stream = stream;
  return iterator;
}

async function* chunksOf(stream, options) {
  // The pending wait, resumed on 'readable' and when the stream is done.
  let resumeWait = nop;
  // Used both as the 'readable' listener (this === stream) and as the
  // executor of the wait's Promise.
  function onReadable(resolve) {
    if (this === stream) {
      resumeWait();
      resumeWait = nop;
    } else {
      resumeWait = resolve;
    }
  }
  stream.on('readable', onReadable);

  // undefined while the stream is open, null once it ended well, else the
  // error it ended with.
  let outcome;
  const stopWatching = eos(stream, { writable: false }, (err) => {
    outcome = err ? aggregateTwoErrors(outcome, err) : null;
    resumeWait();
    resumeWait = nop;
  });

  try {
    for (;;) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (outcome) {
        throw outcome;
      } else if (outcome === null) {
        return;
      } else {
        await new Promise(onReadable);
      }
    }
  } catch (err) {
    outcome = aggregateTwoErrors(outcome, err);
    throw outcome;
  } finally {
    const destroy = (outcome || options?.destroyOnReturn !== false) &&
      (outcome === undefined || stream._readableState.autoDestroy);
    if (destroy) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      stopWatching();
    }
  }
}

Readable.from = function(iterable, opts) {
  return from(Readable, iterable, opts);
};

// wrap(stream): this Readable re-emits what an old-style stream emits,
// pausing it while the buffer is full. Its methods (all but its first own
// key) are bound onto this Readable where it has none of the name.
Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    destroyImpl.errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  const keys = ObjectKeys(stream);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = FunctionPrototypeBind(stream[key], stream);
    }
  }
  return this;
};

// Readable.wrap(src[, options]): an object-mode (unless src says otherwise)
// Readable over src that destroys src with itself.
Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

let webAdapters;
function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}

// Readable.fromWeb/toWeb: the bridges of internal/webstreams/adapters.js.
Readable.fromWeb = function(readableStream, options) {
  return lazyWebAdapters().newStreamReadableFromReadableStream(readableStream,
                                                               options);
};

Readable.toWeb = function(streamReadable, options) {
  return lazyWebAdapters().newReadableStreamFromStreamReadable(streamReadable,
                                                               options);
};
