'use strict';

// compose(...stages): one Duplex made of a pipeline of stages — what is
// written goes into the first, what is read comes out of the last, an
// error anywhere destroys the whole, and destroying it tears the pipeline
// down. Function stages at either end are made Duplexes (Duplex.from).

const {
  PromisePrototypeThen,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const {
  isNodeStream,
  isReadable,
  isReadableStream,
  isTransformStream,
  isWebStream,
  isWritable,
  isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const {
  createBridge,
  dropWaiters,
  forwardReads,
  forwardWrites,
  innerClosed,
  release,
} = require('internal/streams/duplex_bridge');

const canBeRead = (s) => isReadable(s) || isReadableStream(s) ||
  isTransformStream(s);
const canBeWritten = (s) => isWritable(s) || isWritableStream(s) ||
  isTransformStream(s);

// Every stream but the last must be readable, every one but the first
// writable. (Functions in between are left for pipeline to check.)
function checkStages(streams, given) {
  const lastIndex = streams.length - 1;
  for (let n = 0; n <= lastIndex; n++) {
    const stream = streams[n];
    if (!isNodeStream(stream) && !isWebStream(stream)) continue;
    if (n < lastIndex && !canBeRead(stream)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be readable');
    }
    if (n > 0 && !canBeWritten(stream)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be writable');
    }
  }
}

// Passes d's writes to a WritableStream: a write is done once the stream is
// ready for the next one; the final callback waits for the tail's end.
function forwardWebWrites(d, writable, bridge) {
  const writer = writable.getWriter();
  d._write = function(chunk, encoding, callback) {
    PromisePrototypeThen(writer.ready, () => {
      PromisePrototypeThen(writer.write(chunk), undefined, nop);
      callback();
    }, callback);
  };
  d._final = function(callback) {
    PromisePrototypeThen(writer.ready, () => {
      PromisePrototypeThen(writer.close(), undefined, nop);
      bridge.onfinish = callback;
    }, callback);
  };
}

// Feeds d from a ReadableStream while d wants more.
function forwardWebReads(d, readable) {
  const reader = readable.getReader();
  const onChunk = ({ value, done }) => {
    if (done) {
      d.push(null);
    } else if (d.push(value)) {
      d._read();
    }
  };
  d._read = function() {
    PromisePrototypeThen(reader.read(), onChunk, nop);
  };
}

function nop() {}

module.exports = function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const given = [...streams];
  const lastIndex = streams.length - 1;
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[lastIndex] === 'function') {
    streams[lastIndex] = Duplex.from(streams[lastIndex]);
  }
  checkStages(streams, given);

  const bridge = createBridge();
  const head = streams[0];
  let d;
  let writable;
  let readable;

  // The pipeline is done: a success closes d once neither side is left.
  const tail = pipeline(streams, (err) => {
    if (!innerClosed(d, bridge, err) && !readable && !writable) d.destroy();
  });

  writable = !!canBeWritten(head);
  readable = !!canBeRead(tail);

  d = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });

  if (writable) {
    if (isNodeStream(head)) {
      forwardWrites(d, head, bridge);
    } else {
      forwardWebWrites(d, isTransformStream(head) ? head.writable : head,
                       bridge);
    }
    // All written data went through once the tail is done.
    eos(isTransformStream(tail) ? tail.readable : tail, () => {
      release(bridge, 'onfinish');
    });
  }

  if (readable) {
    if (isNodeStream(tail)) {
      forwardReads(d, tail, bridge);
    } else {
      forwardWebReads(d, isTransformStream(tail) ? tail.readable : tail);
    }
  }

  d._destroy = function(err, callback) {
    if (!err && bridge.onclose !== null) err = new AbortError();
    dropWaiters(bridge);
    if (isNodeStream(tail)) destroyer(tail, err);
    if (bridge.onclose === null) {
      callback(err);
    } else {
      bridge.onclose = callback;
    }
  };

  return d;
};
