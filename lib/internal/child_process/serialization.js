'use strict';

// The two wire formats of the IPC channel, as node speaks them:
// 'json' — one JSON text per line; 'advanced' — a 4-byte big-endian length
// and V8's serialisation (typed arrays and Buffers as node's host objects,
// made by internalBinding('serdes')).

const {
  JSONParse,
  JSONStringify,
  StringPrototypeSplit,
  Symbol,
  TypedArrayPrototypeSubarray,
} = primordials;

const { serializeMessage, deserializeMessage } = internalBinding('serdes');

// Loaded on first use: a child speaking JSON never needs Buffer.
let BufferModule;
const lazyBuffer = () => (BufferModule ??= require('buffer').Buffer);

const kMessageBuffer = Symbol('kMessageBuffer');
const kMessageBufferSize = Symbol('kMessageBufferSize');
const kJSONBuffer = Symbol('kJSONBuffer');
const kStringDecoder = Symbol('kStringDecoder');

module.exports = {
  advanced: {
    initMessageChannel(channel) {
      channel[kMessageBuffer] = [];
      channel[kMessageBufferSize] = 0;
      channel.buffering = false;
    },

    *parseChannelMessages(channel, readData) {
      if (readData.length === 0) return;
      channel[kMessageBuffer].push(readData);
      channel[kMessageBufferSize] += readData.length;
      while (channel[kMessageBufferSize] >= 4) {
        let head = channel[kMessageBuffer][0];
        if (head.length < 4) {
          head = lazyBuffer().concat(channel[kMessageBuffer]);
          channel[kMessageBuffer] = [head];
        }
        const size = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) |
          head[3]) >>> 0;
        const fullMessageSize = size + 4;
        if (channel[kMessageBufferSize] < fullMessageSize) break;
        const all = channel[kMessageBuffer].length === 1 ? head :
          lazyBuffer().concat(channel[kMessageBuffer]);
        const message = deserializeMessage(
          TypedArrayPrototypeSubarray(all, 4, fullMessageSize),
          lazyBuffer().prototype);
        const rest = TypedArrayPrototypeSubarray(all, fullMessageSize);
        channel[kMessageBuffer] = rest.length > 0 ? [rest] : [];
        channel[kMessageBufferSize] = rest.length;
        yield message;
      }
      channel.buffering = channel[kMessageBufferSize] > 0;
    },

    // Returns what the handle's write returned (bytes or a negative errno).
    writeChannelMessage(channel, req, message, handle) {
      const buffer = serializeMessage(message, lazyBuffer().prototype);
      req.buffer = buffer;
      return handle ? channel.writeBufferWithHandle(req, buffer, handle) :
        channel.writeBuffer(req, buffer);
    },
  },

  json: {
    initMessageChannel(channel) {
      channel[kJSONBuffer] = '';
      channel[kStringDecoder] = undefined;
    },

    *parseChannelMessages(channel, readData) {
      if (readData.length === 0) return;
      channel[kStringDecoder] ??= new (require('string_decoder').StringDecoder)(
        'utf8');
      const chunks =
        StringPrototypeSplit(channel[kStringDecoder].write(readData), '\n');
      const numCompleteChunks = chunks.length - 1;
      // The last piece has no newline yet.
      const incompleteChunk = chunks[numCompleteChunks];
      if (numCompleteChunks === 0) {
        channel[kJSONBuffer] += incompleteChunk;
        channel.buffering = channel[kJSONBuffer].length !== 0;
        return;
      }
      chunks[0] = channel[kJSONBuffer] + chunks[0];
      channel[kJSONBuffer] = incompleteChunk;
      channel.buffering = incompleteChunk.length !== 0;
      for (let i = 0; i < numCompleteChunks; i++) yield JSONParse(chunks[i]);
    },

    writeChannelMessage(channel, req, message, handle) {
      const string = `${JSONStringify(message)}\n`;
      return handle ? channel.writeUtf8StringWithHandle(req, string, handle) :
        channel.writeUtf8String(req, string);
    },
  },
};
