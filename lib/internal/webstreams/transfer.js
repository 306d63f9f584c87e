'use strict';

// Transferring web streams (postMessage, structuredClone), as the Streams
// standard does it: the stream stays here and is piped through a message
// port; the other side gets a "cross-realm" stream over the other end.
// Messages are { type, value } with type 'chunk', 'close', 'error' (either
// way) or 'pull' (readable side asks for the next chunk: backpressure).
// A port keeps its thread alive only while user code waits on the other
// side: a read of the received stream waiting for a chunk, a write to it
// waiting for the reader to ask for one (`waitRefs`; never for the pipes
// on the sending side).

const {
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
} = primordials;

const { Deferred, nop } = require('internal/webstreams/util');

let DOMException;
function lazyDOMException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

function newChannel() {
  const { MessageChannel } = require('internal/worker/io');
  return new MessageChannel();
}

function disentangle(port) {
  port.onmessage = undefined;
  port.onmessageerror = undefined;
  port.close();
}

// Posts; what cannot be cloned is sent as an 'error' instead, and thrown.
function postHandlingError(port, type, value) {
  try {
    port.postMessage({ type, value });
  } catch (error) {
    try {
      port.postMessage({ type: 'error', value: error });
    } catch {
      // Nothing more can be said to the other side.
    }
    throw error;
  }
}

// A cancel or abort: the reason goes to the other side, then the port
// closes; the promise rejects with what could not be cloned.
function endWithError(port, reason) {
  try {
    postHandlingError(port, 'error', reason);
  } catch (error) {
    return PromiseReject(error);
  } finally {
    disentangle(port);
  }
  return PromiseResolve();
}

function listen(port, onMessage, onError) {
  port.onmessage = ({ data }) => onMessage(data);
  port.onmessageerror = () => {
    const error = lazyDOMException('Unable to deserialize cloned data.',
                                   'DataCloneError');
    try {
      port.postMessage({ type: 'error', value: error });
    } catch {
      // The other side is gone.
    }
    onError(error);
    disentangle(port);
  };
  port.unref();
}

// The underlying source of a readable stream fed from `port`.
function crossRealmSource(port, waitRefs = false) {
  let controller;
  return {
    start(c) {
      controller = c;
      listen(port, ({ type, value }) => {
        port.unref();
        switch (type) {
          case 'chunk':
            controller.enqueue(value);
            break;
          case 'close':
            controller.close();
            disentangle(port);
            break;
          case 'error':
            controller.error(value);
            disentangle(port);
            break;
        }
      }, (error) => controller.error(error));
    },
    pull() {
      if (waitRefs) port.ref();
      port.postMessage({ type: 'pull', value: undefined });
      return PromiseResolve();
    },
    cancel(reason) {
      return endWithError(port, reason);
    },
  };
}

// The underlying sink of a writable stream that feeds `port`: a chunk goes
// once the other side has asked for one.
function crossRealmSink(port, waitRefs = false) {
  let controller;
  let backpressure = new Deferred();
  return {
    start(c) {
      controller = c;
      listen(port, ({ type, value }) => {
        switch (type) {
          case 'pull':
            port.unref();
            backpressure?.resolve();
            backpressure = undefined;
            break;
          case 'error':
            port.unref();
            controller.error(value);
            backpressure?.resolve();
            backpressure = undefined;
            break;
        }
      }, (error) => controller.error(error));
    },
    write(chunk) {
      if (waitRefs && backpressure !== undefined) port.ref();
      const ready = backpressure?.promise ?? PromiseResolve();
      return PromisePrototypeThen(ready, () => {
        backpressure = new Deferred();
        try {
          postHandlingError(port, 'chunk', chunk);
        } catch (error) {
          disentangle(port);
          throw error;
        }
      });
    },
    close() {
      port.postMessage({ type: 'close', value: undefined });
      disentangle(port);
      return PromiseResolve();
    },
    abort(reason) {
      return endWithError(port, reason);
    },
  };
}

function newCrossRealmReadable(port) {
  const { createReadableStream } = require('internal/webstreams/readablestream');
  return createReadableStream(crossRealmSource(port), 0);
}

function newCrossRealmWritable(port) {
  const { createWritableStream } = require('internal/webstreams/writablestream');
  return createWritableStream(crossRealmSink(port), 1);
}

// The sending side of a transfer: `stream` is piped to (or from) a
// cross-realm stream over port1; port2 goes with the message.
function pipeReadableToPort(stream, port) {
  const { readableStreamPipeTo } = require('internal/webstreams/readablepipe');
  PromisePrototypeThen(
    readableStreamPipeTo(stream, newCrossRealmWritable(port), {}), nop, nop);
}

function pipePortToWritable(stream, port) {
  const { readableStreamPipeTo } = require('internal/webstreams/readablepipe');
  PromisePrototypeThen(
    readableStreamPipeTo(newCrossRealmReadable(port), stream, {}), nop, nop);
}

function lockedError(name) {
  return lazyDOMException(`Cannot transfer a locked ${name}`,
                          'DataCloneError');
}

module.exports = {
  crossRealmSink,
  crossRealmSource,
  lockedError,
  newChannel,
  newCrossRealmReadable,
  newCrossRealmWritable,
  pipePortToWritable,
  pipeReadableToPort,
};
