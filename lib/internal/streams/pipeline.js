'use strict';

// pipeline(...stages, callback): connects each stage to the next — node
// streams through pipe(), iterables and async generator functions (as
// source, transform or sink) through for await — destroys every stage when
// one fails, and calls back once with the first error, or with none (and
// the value a sink function resolved to) when all are done.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  FunctionPrototypeCall,
  Promise,
  PromisePrototypeThen,
  SymbolAsyncIterator,
} = primordials;

const eos = require('internal/streams/end-of-stream');
const { once, SymbolDispose } = require('internal/util');
const destroyImpl = require('internal/streams/destroy');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateAbortSignal,
} = require('internal/validators');
const {
  isIterable,
  isNodeStream,
  isReadable,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isTransformStream,
  isWebStream,
} = require('internal/streams/utils');

let PassThrough;
let Readable;
let Duplex;
let AbortController;
let addAbortListener;

const kStreamTypes = ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream',
                      'TransformStream'];

function nop() {}

function pipeline(...streams) {
  // The callback comes last; this also rejects pipeline() without one.
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  const callback = streams.pop();
  return pipelineImpl(streams, once(callback));
}

// The bookkeeping of one pipeline run.
function createRun(callback, outerSignal) {
  AbortController ??= require('internal/abort_controller').AbortController;
  const controller = new AbortController();
  const run = {
    // Passed to function stages; aborted when the run is over.
    signal: controller.signal,
    error: undefined,
    value: undefined,
    // Stage completions still expected.
    pending: 0,
    // Destroys each stage that has not finished, in pipeline order.
    destroys: [],
    // Listeners to take off a readable last stage that the caller may go
    // on using after success.
    lastStreamCleanup: [],
    disposeOuterSignal: nop,
    // Called once per expected completion.
    finish(err) {
      settle(err, --run.pending === 0);
    },
    abort() {
      settle(new AbortError(undefined, { cause: outerSignal?.reason }));
    },
  };

  // The first real error wins (over a premature close it caused). On an
  // error, or after the last completion, every stage is destroyed.
  function settle(err, last) {
    if (err && (!run.error || run.error.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
      run.error = err;
    }
    if (!run.error && !last) return;

    while (run.destroys.length) ArrayPrototypeShift(run.destroys)(run.error);
    run.disposeOuterSignal();
    controller.abort();

    if (last) {
      if (!run.error) {
        for (let i = 0; i < run.lastStreamCleanup.length; i++) {
          run.lastStreamCleanup[i]();
        }
      }
      process.nextTick(callback, run.error, run.value);
    }
  }

  if (outerSignal) {
    addAbortListener ??= require('internal/events/abort_listener').addAbortListener;
    const listener = addAbortListener(outerSignal, run.abort);
    run.disposeOuterSignal = () => listener[SymbolDispose]();
  }
  return run;
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && ArrayIsArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');

  const outerSignal = opts?.signal;
  validateAbortSignal(outerSignal, 'options.signal');
  const run = createRun(callback, outerSignal);

  let previous;
  const count = streams.length;
  for (let i = 0; i < count; i++) {
    const stage = {
      stream: streams[i],
      index: i,
      reading: i < count - 1,
      writing: i > 0,
      last: i === count - 1,
    };
    // Only the last stage may be left open ({ end: false }).
    stage.end = stage.reading || opts?.end !== false;

    if (isNodeStream(stage.stream)) watchStage(run, stage);

    if (i === 0) {
      previous = openSource(run, stage.stream);
    } else if (typeof stage.stream === 'function') {
      previous = runFunctionStage(run, stage, previous);
    } else if (isNodeStream(stage.stream)) {
      feedNodeStream(run, stage, previous);
      previous = stage.stream;
    } else if (isWebStream(stage.stream)) {
      feedWebStream(run, stage, previous);
      previous = stage.stream;
    } else {
      Duplex ??= require('internal/streams/duplex');
      previous = Duplex.from(stage.stream);
    }
  }

  if (run.signal.aborted || outerSignal?.aborted) process.nextTick(run.abort);
  return previous;
}

// Makes a node stream stage destroyable by the run, and lets its late
// errors (not aborts or premature closes, which its neighbours report)
// fail the run.
function watchStage(run, stage) {
  const { stream } = stage;
  const keepOpenAfter = isReadable(stream) && stage.last;

  if (stage.end) {
    const { destroy, cleanup } = stageDestroyer(stream, stage.reading,
                                                stage.writing);
    ArrayPrototypePush(run.destroys, destroy);
    if (keepOpenAfter) ArrayPrototypePush(run.lastStreamCleanup, cleanup);
  }

  const onError = (err) => {
    if (err && err.name !== 'AbortError' &&
        err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      run.finish(err);
    }
  };
  stream.on('error', onError);
  if (keepOpenAfter) {
    ArrayPrototypePush(run.lastStreamCleanup,
                       () => stream.removeListener('error', onError));
  }
}

// destroy(err) destroys the stream unless it already finished or closed.
function stageDestroyer(stream, reading, writing) {
  let done = false;
  stream.on('close', () => {
    done = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing },
                      (err) => {
                        done = !err;
                      });
  const destroy = (err) => {
    if (done) return;
    done = true;
    destroyImpl.destroyer(stream, err || new ERR_STREAM_DESTROYED('pipe'));
  };
  return { destroy, cleanup };
}

function openSource(run, source) {
  if (typeof source === 'function') {
    const produced = source({ signal: run.signal });
    if (!isIterable(produced)) {
      throw new ERR_INVALID_RETURN_VALUE(
        'Iterable, AsyncIterable or Stream', 'source', produced);
    }
    return produced;
  }
  if (isIterable(source) || isReadableNodeStream(source) ||
      isTransformStream(source)) {
    return source;
  }
  Duplex ??= require('internal/streams/duplex');
  return Duplex.from(source);
}

// A function stage gets an async iterable of what came before. In the
// middle it must give back an async iterable; as the sink, a promise or an
// async iterable, read into a PassThrough that stands for it.
function runFunctionStage(run, stage, previous) {
  const input = makeAsyncIterable(isTransformStream(previous) ?
    previous?.readable : previous);
  const output = stage.stream(input, { signal: run.signal });

  if (stage.reading) {
    if (!isIterable(output, true)) {
      throw new ERR_INVALID_RETURN_VALUE(
        'AsyncIterable', `transform[${stage.index - 1}]`, output);
    }
    return output;
  }

  PassThrough ??= require('internal/streams/passthrough');
  const sink = new PassThrough({ objectMode: true });
  const then = output?.then;
  if (typeof then === 'function') {
    run.pending++;
    FunctionPrototypeCall(then, output, (val) => {
      run.value = val;
      if (val != null) sink.write(val);
      if (stage.end) sink.end();
      process.nextTick(run.finish);
    }, (err) => {
      sink.destroy(err);
      process.nextTick(run.finish, err);
    });
  } else if (isIterable(output, true)) {
    run.pending++;
    pumpToNode(output, sink, run.finish, stage.end);
  } else if (isReadableStream(output) || isTransformStream(output)) {
    run.pending++;
    pumpToNode(output.readable || output, sink, run.finish, stage.end);
  } else {
    throw new ERR_INVALID_RETURN_VALUE(
      'AsyncIterable or Promise', 'destination', output);
  }

  const { destroy, cleanup } = stageDestroyer(sink, false, true);
  ArrayPrototypePush(run.destroys, destroy);
  if (stage.last) ArrayPrototypePush(run.lastStreamCleanup, cleanup);
  return sink;
}

function feedNodeStream(run, stage, previous) {
  const { stream } = stage;
  if (isReadableNodeStream(previous)) {
    run.pending += 2;
    const cleanup = pipeStreams(previous, stream, run.finish, stage.end);
    if (isReadable(stream) && stage.last) {
      ArrayPrototypePush(run.lastStreamCleanup, cleanup);
    }
  } else if (isTransformStream(previous) || isReadableStream(previous)) {
    run.pending++;
    pumpToNode(previous.readable || previous, stream, run.finish, stage.end);
  } else if (isIterable(previous)) {
    run.pending++;
    pumpToNode(previous, stream, run.finish, stage.end);
  } else {
    throw new ERR_INVALID_ARG_TYPE('val', kStreamTypes, previous);
  }
}

function feedWebStream(run, stage, previous) {
  const { stream } = stage;
  let source;
  if (isReadableNodeStream(previous)) {
    source = makeAsyncIterable(previous);
  } else if (isReadableStream(previous) || isIterable(previous)) {
    source = previous;
  } else if (isTransformStream(previous)) {
    source = previous.readable;
  } else {
    throw new ERR_INVALID_ARG_TYPE('val', kStreamTypes, previous);
  }
  run.pending++;
  pumpToWeb(source, stream, run.finish, stage.end);
}

// Pipes node stream `src` into `dst`. `finish` is due twice: once for the
// source (ended, or right away when `dst` is to stay open) and once for
// the destination. Returns the destination's eos cleanup.
function pipeStreams(src, dst, finish, end) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(new ERR_STREAM_PREMATURE_CLOSE());
  });

  // The end is handled here, not by pipe().
  src.pipe(dst, { end: false });

  if (end) {
    const endDestination = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) {
      process.nextTick(endDestination);
    } else {
      src.once('end', endDestination);
    }
  } else {
    finish();
  }

  eos(src, { readable: true, writable: false }, (err) => {
    const rState = src._readableState;
    const endPending = err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
      rState?.ended && !rState.errored && !rState.errorEmitted;
    if (endPending) {
      // Closed before emitting the 'end' it still owes (the pipe drains it).
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });

  return eos(dst, { readable: false, writable: true }, finish);
}

// What a function stage receives: an async iterable over the previous stage.
function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return iterateReadable(val);
  throw new ERR_INVALID_ARG_TYPE(
    'val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* iterateReadable(val) {
  Readable ??= require('internal/streams/readable');
  yield* FunctionPrototypeCall(Readable.prototype[SymbolAsyncIterator], val);
}

// Writes an (async) iterable into a node stream, waiting for 'drain' when
// it is full, then ends it if asked; `finish` gets the outcome.
async function pumpToNode(iterable, writable, finish, end) {
  let failure;
  let wake = null;
  const onEvent = (err) => {
    if (err) failure = err;
    if (wake !== null) {
      const resume = wake;
      wake = null;
      resume();
    }
  };
  const waitForEvent = () => new Promise((resolve, reject) => {
    if (failure) {
      reject(failure);
      return;
    }
    wake = () => (failure ? reject(failure) : resolve());
  });

  writable.on('drain', onEvent);
  const stopWatching = eos(writable, { readable: false }, onEvent);
  try {
    if (writable.writableNeedDrain) await waitForEvent();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await waitForEvent();
    }
    if (end) {
      writable.end();
      await waitForEvent();
    }
    finish();
  } catch (err) {
    finish(failure !== err ? aggregateTwoErrors(failure, err) : err);
  } finally {
    stopWatching();
    writable.off('drain', onEvent);
  }
}

async function pumpToWeb(readable, writable, finish, end) {
  if (isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    for await (const chunk of readable) {
      await writer.ready;
      PromisePrototypeThen(writer.write(chunk), undefined, nop);
    }
    await writer.ready;
    if (end) await writer.close();
    finish();
  } catch (err) {
    try {
      await writer.abort(err);
      finish(err);
    } catch (abortError) {
      finish(abortError);
    }
  }
}

module.exports = { pipelineImpl, pipeline };
