'use strict';

// Readable.from(iterable): a Readable (or a Duplex, for Duplex.from) that
// pulls values from a sync or async iterable on demand. A string or a
// Buffer is pushed whole, as one chunk. Destroying the stream closes the
// iterator (throw(err), then return()).

const {
  FunctionPrototypeCall,
  PromisePrototypeThen,
  SymbolAsyncIterator,
  SymbolIterator,
} = primordials;

const { Buffer } = require('buffer');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_STREAM_NULL_VALUES,
} = require('internal/errors').codes;

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  const { iterator, isAsync } = iteratorOf(iterable);

  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    ...opts,
  });

  // True while a pull loop runs: _read calls meanwhile are ignored.
  let reading = false;
  // Set once a sync iterator yielded a promise: its values are awaited
  // from then on.
  let awaitValues = false;

  readable._read = function() {
    if (reading) return;
    reading = true;
    if (isAsync) {
      pullAsync();
    } else if (awaitValues) {
      pullSyncAwaiting();
    } else {
      pullSync();
    }
  };

  readable._destroy = function(error, cb) {
    PromisePrototypeThen(
      closeIterator(iterator, error),
      // On the next tick, so that a throwing cb does not reject here.
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error),
    );
  };

  // Pushes one value; true when the loop may pull the next one.
  function deliver(value) {
    if (value === null) {
      reading = false;
      throw new ERR_STREAM_NULL_VALUES();
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  // Sync values are pushed without awaiting anything.
  function pullSync() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          awaitFirstValue(value);
          return;
        }
        if (!deliver(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function awaitFirstValue(promise) {
    awaitValues = true;
    try {
      if (deliver(await promise)) pullSyncAwaiting();
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullSyncAwaiting() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const resolved = value && typeof value.then === 'function' ?
          await value : value;
        if (!deliver(resolved)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullAsync() {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (!deliver(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

// The iterator to pull from; async iterables are preferred.
function iteratorOf(iterable) {
  if (iterable) {
    const asyncFactory = iterable[SymbolAsyncIterator];
    if (asyncFactory) {
      return { iterator: FunctionPrototypeCall(asyncFactory, iterable), isAsync: true };
    }
    const syncFactory = iterable[SymbolIterator];
    if (syncFactory) {
      return { iterator: FunctionPrototypeCall(syncFactory, iterable), isAsync: false };
    }
  }
  throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
}

// Lets the iterator clean up: throw(error) first when destroyed with an
// error (a generator may catch it and finish), then return().
async function closeIterator(iterator, error) {
  const hadError = error !== undefined && error !== null;
  if (hadError && typeof iterator.throw === 'function') {
    const { value, done } = await iterator.throw(error);
    await value;
    if (done) return;
  }
  if (typeof iterator.return === 'function') {
    const { value } = await iterator.return();
    await value;
  }
}

module.exports = from;
