'use strict';

// process.nextTick and queueMicrotask, and the drain C++ runs after every
// macrotask (DESIGN.md §5): all nextTicks, then all microtasks, repeated
// until both are empty, then unhandled-rejection processing.

const {
  FunctionPrototypeCall,
  ReflectApply,
} = primordials;

const {
  tickInfo,
  runMicrotasks,
  setTickCallback,
  enqueueMicrotask,
  constants: { kHasTickScheduled, kHasRejectionToWarn },
} = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');
const { validateFunction } = require('internal/validators');
const {
  async_id_symbol,
  trigger_async_id_symbol,
  newAsyncId,
  getDefaultTriggerAsyncId,
  initResource,
  emitInit,
  emitBefore,
  emitAfter,
  emitDestroy,
  hasDestroyHooks,
} = require('internal/async_hooks');
const {
  processPromiseRejections,
  setHasRejectionToWarn,
  hasRejectionToWarn,
} = require('internal/process/promises');

// A FIFO of tick objects in fixed-size circular chunks: amortised O(1) push
// and shift without the cost of Array.prototype.shift.
const kChunkSize = 2048;
const kChunkMask = kChunkSize - 1;

class Chunk {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(kChunkSize);
    this.next = null;
  }
  isEmpty() { return this.top === this.bottom; }
  isFull() { return ((this.top + 1) & kChunkMask) === this.bottom; }
  push(data) {
    this.list[this.top] = data;
    this.top = (this.top + 1) & kChunkMask;
  }
  shift() {
    const next = this.list[this.bottom];
    if (next === undefined) return null;
    this.list[this.bottom] = undefined;
    this.bottom = (this.bottom + 1) & kChunkMask;
    return next;
  }
}

class TickQueue {
  constructor() {
    this.head = this.tail = new Chunk();
  }
  isEmpty() { return this.head.isEmpty(); }
  push(data) {
    if (this.head.isFull()) this.head = this.head.next = new Chunk();
    this.head.push(data);
  }
  shift() {
    const tail = this.tail;
    const next = tail.shift();
    if (tail.isEmpty() && tail.next !== null) this.tail = tail.next;
    return next;
  }
}

const queue = new TickQueue();

function hasTickScheduled() {
  return tickInfo[kHasTickScheduled] === 1;
}

function setHasTickScheduled(value) {
  tickInfo[kHasTickScheduled] = value ? 1 : 0;
}

// Called by C++ (this = process) when a macrotask ends with ticks queued or
// rejections to report. If a tick throws, the rest stay queued: they run
// after the uncaught-exception handling, at the next drain.
function processTicksAndRejections() {
  let tock;
  do {
    // Each tick runs here, not in a helper, so that its callbacks' stacks
    // end in processTicksAndRejections, as in node.
    while ((tock = queue.shift()) !== null) {
      const { callback, args } = tock;
      const asyncId = tock[async_id_symbol];
      emitBefore(asyncId, tock[trigger_async_id_symbol], tock);
      if (hasDestroyHooks()) emitDestroy(asyncId);
      if (args === undefined) {
        callback();
      } else {
        switch (args.length) {
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          case 3: callback(args[0], args[1], args[2]); break;
          case 4: callback(args[0], args[1], args[2], args[3]); break;
          default: ReflectApply(callback, undefined, args);
        }
      }
      emitAfter(asyncId);
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  setHasTickScheduled(false);
  setHasRejectionToWarn(false);
}

// Between two timers or immediates: the same drain, nested inside the
// phase callback.
function runNextTicks() {
  if (!hasTickScheduled() && !hasRejectionToWarn()) runMicrotasks();
  if (!hasTickScheduled() && !hasRejectionToWarn()) return;
  processTicksAndRejections();
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  if (!hasTickScheduled()) setHasTickScheduled(true);
  const asyncId = newAsyncId();
  const triggerAsyncId = getDefaultTriggerAsyncId();
  const tickObject = {
    [async_id_symbol]: asyncId,
    [trigger_async_id_symbol]: triggerAsyncId,
    callback,
    args: args.length === 0 ? undefined : args,
  };
  emitInit(asyncId, 'TickObject', triggerAsyncId, tickObject);
  queue.push(tickObject);
}

// queueMicrotask's callbacks report their exceptions as uncaught, not as
// rejections.
function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  const resource = {};
  const asyncId = initResource(resource, 'Microtask');
  enqueueMicrotask(() => {
    emitBefore(asyncId, resource[trigger_async_id_symbol], resource);
    try {
      FunctionPrototypeCall(callback, undefined);
    } catch (error) {
      triggerUncaughtException(error, false);
    }
    emitAfter(asyncId);
    if (hasDestroyHooks()) emitDestroy(asyncId);
  });
}

function setupTaskQueue() {
  setTickCallback(processTicksAndRejections);
  return { nextTick, runNextTicks };
}

module.exports = {
  setupTaskQueue,
  nextTick,
  runNextTicks,
  queueMicrotask,
  hasTickScheduled,
};
