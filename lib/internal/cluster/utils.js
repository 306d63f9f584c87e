'use strict';

// The cluster's internal messages over the IPC channel: NODE_CLUSTER
// commands with a sequence number, and replies (ack) routed to the
// callback that waits for them.

const {
  ReflectApply,
  SafeMap,
} = primordials;

const callbacks = new SafeMap();
let seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  // NODE_ commands are internal messages (internal/child_process/channel).
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

// An 'internalMessage' listener: replies go to their callbacks, the rest
// to cb.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    ReflectApply(fn, worker, [message, handle]);
  };
}

module.exports = { sendHelper, internal };
