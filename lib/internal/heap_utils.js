'use strict';

// Heap snapshots and queryObjects() for lib/v8.js and worker.getHeapSnapshot():
// option checks, node's default file name, and the Readable a snapshot's
// JSON text is read from.

const {
  ArrayPrototypeMap,
  DatePrototypeGetDate,
  DatePrototypeGetFullYear,
  DatePrototypeGetHours,
  DatePrototypeGetMinutes,
  DatePrototypeGetMonth,
  DatePrototypeGetSeconds,
  StringPrototypePadStart,
} = primordials;

const { Readable } = require('stream');
const { FastBuffer } = require('internal/buffer');
const { kEmptyObject, emitExperimentalWarning } = require('internal/util');
const {
  validateBoolean,
  validateFunction,
  validateObject,
} = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const binding = internalBinding('heap_utils');

// { exposeInternals, exposeNumericValues } checked; V8 10.2 has no
// "expose internals" mode, so only the second changes the snapshot.
function getHeapSnapshotOptions(options = kEmptyObject) {
  validateObject(options, 'options');
  const { exposeInternals = false, exposeNumericValues = false } = options;
  validateBoolean(exposeInternals, 'options.exposeInternals');
  validateBoolean(exposeNumericValues, 'options.exposeNumericValues');
  return { exposeInternals, exposeNumericValues };
}

// A Readable of the snapshot's JSON text, given as its chunks.
class HeapSnapshotStream extends Readable {
  #chunks;

  constructor(chunks) {
    super({ autoDestroy: true });
    this.#chunks = chunks;
  }

  _read() {
    const chunks = this.#chunks;
    if (chunks === null) return;
    this.#chunks = null;
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      this.push(new FastBuffer(chunk.buffer, chunk.byteOffset,
                               chunk.byteLength));
    }
    this.push(null);
  }

  _destroy(err, callback) {
    this.#chunks = null;
    callback(err);
  }
}

// The chunks of a snapshot of this thread's heap.
function heapSnapshotChunks(options) {
  return binding.heapSnapshotChunks(options.exposeNumericValues);
}

let snapshotSequence = 0;

function pad(value, length) {
  return StringPrototypePadStart(`${value}`, length, '0');
}

// Heap.<yyyymmdd>.<hhmmss>.<pid>.<threadId>.<seq>.heapsnapshot, as node.
function defaultSnapshotName() {
  const now = new Date();
  const date = `${DatePrototypeGetFullYear(now)}` +
    pad(DatePrototypeGetMonth(now) + 1, 2) + pad(DatePrototypeGetDate(now), 2);
  const time = pad(DatePrototypeGetHours(now), 2) +
    pad(DatePrototypeGetMinutes(now), 2) + pad(DatePrototypeGetSeconds(now), 2);
  const { threadId } = internalBinding('worker');
  return `Heap.${date}.${time}.${process.pid}.${threadId}.` +
    `${pad(++snapshotSequence, 3)}.heapsnapshot`;
}

// Writes a snapshot to `path` (or node's default name in the working
// directory) and returns the name.
function writeHeapSnapshotFile(path, options) {
  if (path === undefined) path = defaultSnapshotName();
  binding.writeHeapSnapshot(path, options.exposeNumericValues);
  return path;
}

const summaryOptions = { __proto__: null, depth: 0 };

function queryObjects(ctor, options = kEmptyObject) {
  validateFunction(ctor, 'constructor');
  if (options !== kEmptyObject) validateObject(options, 'options');
  const format = options.format || 'count';
  if (format !== 'count' && format !== 'summary') {
    throw new ERR_INVALID_ARG_VALUE('options.format', format);
  }
  emitExperimentalWarning('v8.queryObjects()');
  // As the DevTools console does: the objects whose prototype chain holds
  // ctor.prototype.
  const prototype = ctor.prototype;
  if (prototype === null || (typeof prototype !== 'object' &&
                             typeof prototype !== 'function')) {
    return format === 'count' ? 0 : [];
  }
  const objects = binding.queryObjects(prototype);
  if (format === 'count') return objects.length;
  const { inspect } = require('internal/util/inspect');
  return ArrayPrototypeMap(objects, (object) => inspect(object, summaryOptions));
}

module.exports = {
  HeapSnapshotStream,
  getHeapSnapshotOptions,
  heapSnapshotChunks,
  queryObjects,
  writeHeapSnapshotFile,
};
