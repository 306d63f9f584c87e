'use strict';

// The legacy Stream base class: an EventEmitter with the streams1 pipe()
// (which Readable overrides), and prependListener for emitters that may
// lack it.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeUnshift,
  ObjectSetPrototypeOf,
  ReflectOwnKeys,
} = primordials;

const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
ObjectSetPrototypeOf(Stream.prototype, EE.prototype);
ObjectSetPrototypeOf(Stream, EE);

// Streams keep `_events` in a fixed shape whose slots may be undefined:
// report only the names that have listeners.
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  for (const name of ReflectOwnKeys(events)) {
    const slot = events[name];
    if (typeof slot === 'function' || (ArrayIsArray(slot) && slot.length > 0)) {
      ArrayPrototypePush(names, name);
    }
  }
  return names;
};

// streams1 pipe: every 'data' chunk is written to `dest`; a full `dest`
// pauses the source until 'drain'. The source's 'end' ends `dest` and its
// 'close' destroys it (unless `dest` is stdio or { end: false } was
// given). An 'error' on either side stops the piping, and is thrown again
// if nothing else listens for it.
Stream.prototype.pipe = function(dest, options) {
  const source = this;
  let finishedDest = false;

  const handlers = {
    data(chunk) {
      if (dest.writable && dest.write(chunk) === false && source.pause) {
        source.pause();
      }
    },
    drain() {
      if (source.readable && source.resume) source.resume();
    },
    end() {
      if (finishedDest) return;
      finishedDest = true;
      dest.end();
    },
    close() {
      if (finishedDest) return;
      finishedDest = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    },
    error(er) {
      stopPiping();
      if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
    },
  };

  function stopPiping() {
    source.removeListener('data', handlers.data);
    dest.removeListener('drain', handlers.drain);
    source.removeListener('end', handlers.end);
    source.removeListener('close', handlers.close);
    source.removeListener('error', handlers.error);
    dest.removeListener('error', handlers.error);
    source.removeListener('end', stopPiping);
    source.removeListener('close', stopPiping);
    dest.removeListener('close', stopPiping);
  }

  source.on('data', handlers.data);
  dest.on('drain', handlers.drain);
  const endsDest = !dest._isStdio && (!options || options.end !== false);
  if (endsDest) {
    source.on('end', handlers.end);
    source.on('close', handlers.close);
  }
  prependListener(source, 'error', handlers.error);
  prependListener(dest, 'error', handlers.error);
  source.on('end', stopPiping);
  source.on('close', stopPiping);
  dest.on('close', stopPiping);

  dest.emit('pipe', source);
  return dest;
};

// Adds `fn` before the other listeners of `event`. Emitters that predate
// prependListener get it by editing `_events` the way they store it.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    return emitter.prependListener(event, fn);
  }
  const events = emitter._events;
  const current = events?.[event];
  if (!current) {
    emitter.on(event, fn);
  } else if (ArrayIsArray(current)) {
    ArrayPrototypeUnshift(current, fn);
  } else {
    events[event] = [fn, current];
  }
}

module.exports = { Stream, prependListener };
