'use strict';

// Consuming a Readable as an async iterable (for await, iterator()), the
// reverse (Readable.from), and adopting an old-style stream that only
// emits 'data'/'end' (wrap(), Readable.wrap).

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
  return streamToAsyncIterator(this);
};

// iterator({ destroyOnReturn }): with destroyOnReturn: false, leaving a
// for-await loop early leaves the stream open.
Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  // Resolves the pending wait; called on 'readable' and when the stream is
  // done.
  let wake = nop;

  function next(resolve) {
    if (this === stream) {
      // The 'readable' event.
      wake();
      wake = nop;
    } else {
      // The Promise executor: wait for the next event.
      wake = resolve;
    }
  }

  stream.on('readable', next);

  // undefined while open, null once ended, else the error.
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if (
      (error || options?.destroyOnReturn !== false) &&
      (error === undefined || stream._readableState.autoDestroy)
    ) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

Readable.from = function(iterable, opts) {
  return from(Readable, iterable, opts);
};

// wrap(stream): this Readable re-emits an old-style stream's data, pausing
// it when the buffer is full. The old stream's methods are bound onto this
// one where it has none of that name.
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

  // The first own key is skipped, as node does (it is `_events` for an
  // EventEmitter).
  const streamKeys = ObjectKeys(stream);
  for (let j = 1; j < streamKeys.length; j++) {
    const i = streamKeys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') {
      this[i] = FunctionPrototypeBind(stream[i], stream);
    }
  }

  return this;
};

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
