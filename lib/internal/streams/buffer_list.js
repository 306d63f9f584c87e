'use strict';

// The buffer of a Readable: state.buffer is an array whose unread chunks
// are buffer[state.bufferIndex...] (read slots before it are null, so that
// reading one chunk does not shift the array). fromList takes data from
// its front: one object, or n bytes (or characters, once decoding) joined
// into one chunk.

const {
  ArrayPrototypeJoin,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  StringPrototypeSlice,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSubarray,
} = primordials;

const { Buffer } = require('buffer');

function clearBuffer(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

// Takes n units from the front of the buffer: one object, or n bytes (or
// characters once decoding) joined into one chunk.
function fromList(n, state) {
  if (state.length === 0) return null;

  const buffer = state.buffer;
  let index = state.bufferIndex;
  let ret;
  if (state.objectMode) {
    ret = buffer[index];
    if (index === buffer.length - 1) {
      clearBuffer(state);
    } else {
      buffer[index] = null;
      state.bufferIndex = index + 1;
      compactBuffer(state);
    }
    return ret;
  }

  if (!n || n >= state.length) {
    // Everything.
    if (state.decoder !== null) {
      ret = ArrayPrototypeJoin(index === 0 ? buffer : ArrayPrototypeSlice(buffer, index), '');
    } else if (buffer.length - index === 1) {
      ret = buffer[index];
    } else {
      ret = Buffer.concat(index === 0 ? buffer : ArrayPrototypeSlice(buffer, index),
                          state.length);
    }
    clearBuffer(state);
    return ret;
  }

  const first = buffer[index];
  if (n < first.length) {
    // Part of the first chunk.
    if (typeof first === 'string') {
      ret = StringPrototypeSlice(first, 0, n);
      buffer[index] = StringPrototypeSlice(first, n);
    } else {
      ret = TypedArrayPrototypeSubarray(first, 0, n);
      buffer[index] = TypedArrayPrototypeSubarray(first, n);
    }
    return ret;
  }
  if (n === first.length) {
    buffer[index] = null;
    state.bufferIndex = index + 1;
    compactBuffer(state);
    return first;
  }

  // Spans several chunks.
  if (state.decoder !== null) {
    ret = '';
    while (index < buffer.length) {
      const str = buffer[index];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buffer[index++] = null;
      } else {
        if (n === str.length) {
          ret += str;
          buffer[index++] = null;
        } else {
          ret += StringPrototypeSlice(str, 0, n);
          buffer[index] = StringPrototypeSlice(str, n);
        }
        break;
      }
    }
  } else {
    ret = Buffer.allocUnsafe(n);
    const total = n;
    while (index < buffer.length) {
      const data = buffer[index];
      if (n > data.length) {
        TypedArrayPrototypeSet(ret, data, total - n);
        n -= data.length;
        buffer[index++] = null;
      } else {
        if (n === data.length) {
          TypedArrayPrototypeSet(ret, data, total - n);
          buffer[index++] = null;
        } else {
          TypedArrayPrototypeSet(ret, TypedArrayPrototypeSubarray(data, 0, n), total - n);
          buffer[index] = TypedArrayPrototypeSubarray(data, n);
        }
        break;
      }
    }
  }
  if (index === buffer.length) {
    clearBuffer(state);
  } else {
    state.bufferIndex = index;
    compactBuffer(state);
  }
  return ret;
}

// Drops the consumed slots once there are more than 1024 of them.
function compactBuffer(state) {
  const index = state.bufferIndex;
  if (index > 1024) {
    ArrayPrototypeSplice(state.buffer, 0, index);
    state.bufferIndex = 0;
  }
}


module.exports = {
  clearBuffer,
  fromList,
};
