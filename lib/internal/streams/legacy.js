'use strict';

// The legacy Stream base class (an EventEmitter with the old, simple pipe()
// that streams1-style code and Readable/Writable inherit from), and
// prependListener for emitters that may lack it.

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

// Streams set up `_events` with fixed keys whose value may be undefined;
// only names that have listeners are reported.
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  for (const key of ReflectOwnKeys(events)) {
    const listeners = events[key];
    if (typeof listeners === 'function' ||
        (ArrayIsArray(listeners) && listeners.length > 0)) {
      ArrayPrototypePush(names, key);
    }
  }
  return names;
};

// The streams1 pipe: writes each 'data' chunk, pauses the source when the
// destination is full and resumes it on 'drain', and ends the destination on
// the source's 'end' (or destroys it on 'close').
Stream.prototype.pipe = function(dest, options) {
  const source = this;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) {
      source.pause();
    }
  }
  source.on('data', ondata);

  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);

  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }

  let didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }

  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  // An error on either side stops the piping; it is rethrown (emitted
  // again) when nobody else listens for it.
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);

  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);

  return dest;
};

// Adds `fn` in front of the other listeners of `event`, also on emitters
// that predate prependListener (it pokes at `_events` as they store it).
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    return emitter.prependListener(event, fn);
  }
  const events = emitter._events;
  if (!events || !events[event]) {
    emitter.on(event, fn);
  } else if (ArrayIsArray(events[event])) {
    ArrayPrototypeUnshift(events[event], fn);
  } else {
    events[event] = [fn, events[event]];
  }
}

module.exports = { Stream, prependListener };
