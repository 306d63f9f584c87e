'use strict';

// postMessageToThread(threadId, value[, transferList][, timeout]) and
// process' 'workerMessage' event. Every thread that can be addressed has a
// mailbox port (internalBinding('messaging').openThreadMailbox): a worker's
// is made by its parent at `new Worker()` and travels with LOAD_SCRIPT; the
// main thread's is made with its first Worker. A message carries its source
// thread, the value and the sending end of a reply channel; the receiving
// thread emits 'workerMessage' and answers how that went. A reply port
// that closes without an answer (the thread ended first) is a failure.

const {
  ArrayPrototypePush,
  NumberIsSafeInteger,
  Promise,
} = primordials;

const messaging = internalBinding('messaging');
const { threadId: currentThreadId } = internalBinding('worker');
const {
  codes: {
    ERR_WORKER_MESSAGING_ERRORED,
    ERR_WORKER_MESSAGING_FAILED,
    ERR_WORKER_MESSAGING_SAME_THREAD,
    ERR_WORKER_MESSAGING_TIMEOUT,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');
const { checkTransferables, toDOMException } =
  require('internal/structured_clone');

// The receiver's answers.
const kDelivered = 0;
const kNoListeners = 1;
const kListenerError = 2;
// The sender's own outcome: no answer in time.
const kTimedOut = 3;

let mailbox;

// Called by C++ for this thread's mailbox port when a message arrives.
function onMail({ source, value, reply }) {
  let result = kNoListeners;
  try {
    if (process.emit('workerMessage', value, source)) result = kDelivered;
  } catch {
    result = kListenerError;
  }
  reply.postMessage(result);
  reply.close();
}

// This thread starts receiving from `port` (its mailbox). The port never
// keeps the thread alive.
function receiveThreadMessages(port) {
  if (mailbox !== undefined || port === undefined) return;
  mailbox = port;
  mailbox.on('message', onMail);
  mailbox.unref();
}

// The parent's side of `new Worker()`: the new thread's mailbox, to hand
// over with LOAD_SCRIPT. The main thread opens its own with its first
// worker (only then can a thread send to it).
function openWorkerMailbox(threadId) {
  if (mailbox === undefined && currentThreadId === 0) {
    receiveThreadMessages(messaging.openThreadMailbox(0));
  }
  return messaging.openThreadMailbox(threadId);
}

async function postMessageToThread(threadId, value, transferList, timeout) {
  if (typeof transferList === 'number' && timeout === undefined) {
    timeout = transferList;
    transferList = undefined;
  }
  if (timeout !== undefined) validateNumber(timeout, 'timeout', 0);
  if (threadId === currentThreadId) {
    throw new ERR_WORKER_MESSAGING_SAME_THREAD();
  }
  const { MessageChannel, transferListOf } = require('internal/worker/io');
  // An array or { transfer }, as port.postMessage() takes.
  const list = transferListOf(transferList);
  checkTransferables(list);
  const { port1, port2 } = new MessageChannel();
  let sent = false;
  if (typeof threadId === 'number' && NumberIsSafeInteger(threadId) &&
      threadId >= 0) {
    ArrayPrototypePush(list, port2);
    try {
      sent = messaging.postMessageToThread(
        threadId, { source: currentThreadId, value, reply: port2 }, list);
    } catch (err) {
      port1.close();
      port2.close();
      throw toDOMException(err);
    }
  }
  // As in node, a zero timeout has always run out by the time it is read.
  if (timeout === 0) {
    port1.close();
    throw new ERR_WORKER_MESSAGING_TIMEOUT();
  }
  if (!sent) {
    port1.close();
    port2.close();
    throw new ERR_WORKER_MESSAGING_FAILED();
  }
  // Pending, the reply port keeps this thread alive (a 'message' listener).
  const result = await new Promise((resolve) => {
    let timer;
    const settle = (outcome) => {
      if (timer !== undefined) clearTimeout(timer);
      port1.off('message', settle);
      port1.off('close', onClose);
      port1.close();
      resolve(outcome);
    };
    const onClose = () => settle(kNoListeners);
    port1.on('message', settle);
    port1.on('close', onClose);
    if (timeout !== undefined && timeout !== Infinity) {
      timer = setTimeout(settle, timeout, kTimedOut);
    }
  });
  if (result === kTimedOut) throw new ERR_WORKER_MESSAGING_TIMEOUT();
  if (result === kListenerError) throw new ERR_WORKER_MESSAGING_ERRORED();
  if (result !== kDelivered) throw new ERR_WORKER_MESSAGING_FAILED();
}

module.exports = {
  openWorkerMailbox,
  postMessageToThread,
  receiveThreadMessages,
};
