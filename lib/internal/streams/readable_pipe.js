'use strict';

// Readable.prototype.pipe and unpipe. Every 'data' chunk is written to each
// destination; one whose write() returns false pauses the source until it
// emits 'drain' (with several destinations: until all that asked have
// drained). The source's 'end' ends the destinations (unless { end: false },
// and never stdout/stderr); a destination that errors, closes or finishes
// is unpiped.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  SafeSet,
} = primordials;

const Readable = require('internal/streams/readable');
const { kState } = require('internal/streams/state');
const { kDataListening } = require('internal/streams/readable_state');
const { prependListener } = require('internal/streams/legacy');
const { errorOrDestroy } = require('internal/streams/destroy');

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  // From the second destination on, the writers to wait for are a Set.
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    const waiting = state.awaitDrainWriters;
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new SafeSet(waiting ? [waiting] : []);
  }
  ArrayPrototypePush(state.pipes, dest);

  const endsDest = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;

  let ondrain;
  let cleanedUp = false;

  function unpipe() {
    src.unpipe(dest);
  }

  function onend() {
    dest.end();
  }

  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // Waits for dest's 'drain' (a dest that was unpiped meanwhile no longer
  // holds the source back).
  function pause() {
    if (!cleanedUp) {
      const pipes = state.pipes;
      if (pipes.length === 1 && pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (pipes.length > 1 && ArrayPrototypeIncludes(pipes, dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = drainHandler(src, dest);
      dest.on('drain', ondrain);
    }
  }

  // An error on dest unpipes it; when nothing else listens, dest is
  // destroyed with it (or it is emitted again).
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') !== 0) return;
    const s = dest._writableState || dest._readableState;
    if (s && !s.errorEmitted) {
      errorOrDestroy(dest, er);
    } else {
      dest.emit('error', er);
    }
  }

  // Whichever of 'close' and 'finish' comes first unpipes.
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }

  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }

  // 'unpipe' for this source (once per unpipe call) undoes the wiring.
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo?.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;

    // Stop waiting for this dest: the others (or a new consumer) go on.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  // The order of these registrations is observable: keep it.
  const onSourceEnd = endsDest ? onend : unpipe;
  if (state.endEmitted) {
    process.nextTick(onSourceEnd);
  } else {
    src.once('end', onSourceEnd);
  }
  dest.on('unpipe', onunpipe);
  src.on('data', ondata);
  // Ahead of the user's listeners, so that the pipe is undone first.
  prependListener(dest, 'error', onerror);
  dest.once('close', onclose);
  dest.once('finish', onfinish);

  dest.emit('pipe', src);

  // A dest that is already full starts the pipe paused.
  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }
  return dest;
};

// The 'drain' listener: dest no longer holds the source back; the source
// resumes when no destination does and someone listens for 'data'.
function drainHandler(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    const nobodyWaiting = !state.awaitDrainWriters ||
      state.awaitDrainWriters.size === 0;
    if (nobodyWaiting && (state[kState] & kDataListening) !== 0) src.resume();
  };
}

// unpipe(dest) stops piping to dest; unpipe() to every destination. The
// source pauses when none is left.
Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const all = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < all.length; i++) {
      all[i].emit('unpipe', this, { hasUnpiped: false });
    }
    return this;
  }

  const index = ArrayPrototypeIndexOf(state.pipes, dest);
  if (index === -1) return this;
  ArrayPrototypeSplice(state.pipes, index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};
