'use strict';

// node:v8 — what V8 itself offers a program: heap statistics and snapshots,
// flags, the structured-clone serializer, promise hooks and a GC profiler.
// Natives: internalBinding('v8') (src/v8_module.cc), 'heap_utils'
// (src/heap_utils.cc) and 'serdes' (src/serdes.cc, src/v8_serdes.cc).

const {
  Array,
  Error,
  Float64Array,
  FunctionPrototypeCall,
  JSONParse,
  TypeError,
  Uint8Array,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { isSharedArrayBuffer } = require('internal/util/types');
const { validateString, validateUint32 } = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');
const {
  HeapSnapshotStream,
  getHeapSnapshotOptions,
  heapSnapshotChunks,
  queryObjects,
  writeHeapSnapshotFile,
} = require('internal/heap_utils');
const promiseHooks = require('internal/promise_hooks');
const {
  namespace: startupSnapshot,
} = require('internal/v8/startup_snapshot');

const binding = internalBinding('v8');
const {
  Serializer,
  Deserializer,
  arrayBufferViewTypeIndex,
  newArrayBufferView,
} = internalBinding('serdes');
const heapUtils = internalBinding('heap_utils');

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

// --- Heap statistics -------------------------------------------------------------

const heapStatistics = new Float64Array(14);
const heapCodeStatistics = new Float64Array(4);
const heapSpaces = binding.heapSpaces;
const heapSpaceStatistics = new Float64Array(4 * heapSpaces.length);

function getHeapStatistics() {
  const s = heapStatistics;
  binding.updateHeapStatistics(s);
  return {
    total_heap_size: s[0],
    total_heap_size_executable: s[1],
    total_physical_size: s[2],
    total_available_size: s[3],
    used_heap_size: s[4],
    heap_size_limit: s[5],
    malloced_memory: s[6],
    peak_malloced_memory: s[7],
    does_zap_garbage: s[8],
    number_of_native_contexts: s[9],
    number_of_detached_contexts: s[10],
    total_global_handles_size: s[11],
    used_global_handles_size: s[12],
    external_memory: s[13],
  };
}

function getHeapSpaceStatistics() {
  const s = heapSpaceStatistics;
  binding.updateHeapSpaceStatistics(s);
  const result = new Array(heapSpaces.length);
  for (let i = 0; i < heapSpaces.length; i++) {
    result[i] = {
      space_name: heapSpaces[i],
      space_size: s[4 * i],
      space_used_size: s[4 * i + 1],
      space_available_size: s[4 * i + 2],
      physical_space_size: s[4 * i + 3],
    };
  }
  return result;
}

function getHeapCodeStatistics() {
  const s = heapCodeStatistics;
  binding.updateHeapCodeStatistics(s);
  return {
    code_and_metadata_size: s[0],
    bytecode_and_metadata_size: s[1],
    external_script_source_size: s[2],
    cpu_profiler_metadata_size: s[3],
  };
}

// --- Heap snapshots --------------------------------------------------------------

function getHeapSnapshot(options) {
  const checked = getHeapSnapshotOptions(options);
  return new HeapSnapshotStream(heapSnapshotChunks(checked));
}

function writeHeapSnapshot(filename, options) {
  if (filename !== undefined) filename = getValidatedPath(filename);
  return writeHeapSnapshotFile(filename, getHeapSnapshotOptions(options));
}

let nearHeapLimitSet = false;

function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
  if (nearHeapLimitSet) return;
  nearHeapLimitSet = true;
  heapUtils.setHeapSnapshotNearHeapLimit(limit);
}

// --- Serialization ---------------------------------------------------------------

Serializer.prototype._getDataCloneError = Error;

// The native releaseBuffer gives a Uint8Array over the serializer's own
// memory; node hands out a Buffer.
const nativeReleaseBuffer = Serializer.prototype.releaseBuffer;
Serializer.prototype.releaseBuffer = function releaseBuffer() {
  const bytes = FunctionPrototypeCall(nativeReleaseBuffer, this);
  if (bytes === undefined) return bytes;
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
};

// A Buffer over the next `length` bytes of the input (no copy).
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset,
                        length);
};

// Bytes per element of each type index of node's view format (10: Buffer).
const kElementSize = [1, 1, 1, 2, 2, 4, 4, 4, 8, 1, 1, 8, 8];
const kBufferTypeIndex = 10;

// Writes ArrayBufferViews as node does, so that node reads what nodus
// writes and the reverse: type index, byte length, then the bytes (never
// the whole, possibly pooled, ArrayBuffer behind them).
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let index = kBufferTypeIndex;
    if (abView.constructor !== Buffer) {
      index = arrayBufferViewTypeIndex(abView);
      if (index === -1) {
        const { inspect } = require('internal/util/inspect');
        throw new this._getDataCloneError(
          `Unserializable host object: ${inspect(abView)}`);
      }
    }
    this.writeUint32(index);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset,
                                      abView.byteLength));
  }
}

// Reads the views DefaultSerializer wrote; an aligned view shares the
// input's memory, as in node.
class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const byteLength = this.readUint32();
    const elementSize = kElementSize[index];
    if (elementSize === undefined) {
      throw new TypeError(`Unknown ArrayBufferView type index ${index}`);
    }
    const start = this._readRawBytes(byteLength);
    let arrayBuffer = this.buffer.buffer;
    let offset = this.buffer.byteOffset + start;
    if (offset % elementSize !== 0 || isSharedArrayBuffer(arrayBuffer)) {
      const copy = new Uint8Array(byteLength);
      copy.set(new Uint8Array(arrayBuffer, offset, byteLength));
      arrayBuffer = copy.buffer;
      offset = 0;
    }
    if (index === kBufferTypeIndex) {
      return new FastBuffer(arrayBuffer, offset, byteLength);
    }
    return newArrayBufferView(index, arrayBuffer, offset, byteLength);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

// --- GC profiler -----------------------------------------------------------------

class GCProfiler {
  #profiler = null;

  start() {
    if (this.#profiler !== null) return;
    this.#profiler = new binding.GCProfiler();
    this.#profiler.start();
  }

  stop() {
    if (this.#profiler === null) return undefined;
    const json = this.#profiler.stop();
    this.#profiler = null;
    return JSONParse(json);
  }
}

// takeCoverage/stopCoverage need the inspector, which nodus does not have:
// they are undefined, as in a node built without it.
module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: undefined,
  stopCoverage: undefined,
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
};
