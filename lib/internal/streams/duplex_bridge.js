'use strict';

// What Duplex.from() and compose() share: a Duplex whose writes are passed
// on to one stream and whose reads are taken from another. A Bridge holds
// the callbacks the Duplex is waiting on: a write waiting for 'drain', the
// final callback waiting for the end, a read waiting for 'readable', and
// the destroy callback waiting for the inner streams to close.

// Calls the pending callback in `bridge[slot]`, if any, once.
function release(bridge, slot) {
  const cb = bridge[slot];
  if (cb) {
    bridge[slot] = null;
    cb();
  }
}

function createBridge() {
  return {
    ondrain: null,
    onfinish: null,
    onreadable: null,
    // undefined: open; a function: destroy() waits for the inner streams;
    // null: the inner streams are done.
    onclose: undefined,
  };
}

// Passes d's writes to `target` (which must be a node stream), holding the
// write callback while `target` is full; d's final callback is held until
// bridge.onfinish is released by the caller.
function forwardWrites(d, target, bridge) {
  d._write = function(chunk, encoding, callback) {
    if (target.write(chunk, encoding)) {
      callback();
    } else {
      bridge.ondrain = callback;
    }
  };

  d._final = function(callback) {
    target.end();
    bridge.onfinish = callback;
  };

  target.on('drain', function() {
    release(bridge, 'ondrain');
  });
}

// Feeds d from `source` (a node stream): reads while d wants more, waits
// for 'readable' when `source` is empty, ends d with it.
function forwardReads(d, source, bridge) {
  source.on('readable', function() {
    release(bridge, 'onreadable');
  });

  source.on('end', function() {
    d.push(null);
  });

  d._read = function() {
    for (;;) {
      const chunk = source.read();
      if (chunk === null) {
        bridge.onreadable = d._read;
        return;
      }
      if (!d.push(chunk)) return;
    }
  };
}

// The inner streams are done (with `err` if they failed): complete a
// pending destroy, or destroy d for the error.
function innerClosed(d, bridge, err) {
  const cb = bridge.onclose;
  bridge.onclose = null;
  if (cb) {
    cb(err);
    return true;
  }
  if (err) {
    d.destroy(err);
    return true;
  }
  return false;
}

// Forget the callbacks d was waiting on (it is being destroyed).
function dropWaiters(bridge) {
  bridge.onreadable = null;
  bridge.ondrain = null;
  bridge.onfinish = null;
}

module.exports = {
  createBridge,
  dropWaiters,
  forwardReads,
  forwardWrites,
  innerClosed,
  release,
};
