'use strict';

// TextEncoderStream and TextDecoderStream (stream/web): a TransformStream
// around TextEncoder/TextDecoder (lib/internal/encoding.js). The
// transformer is an object of a class, so a chunk costs no closure.

const {
  ObjectDefineProperties,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { TransformStream } = require('internal/webstreams/transformstream');
const {
  defineInspect,
  defineToStringTag,
  kState,
  kType,
} = require('internal/webstreams/util');

const kReplacement = [0xEF, 0xBF, 0xBD];

class EncoderTransformer {
  constructor() {
    this.encoder = new TextEncoder();
    // A lead surrogate that ended the previous chunk.
    this.pendingHigh = '';
  }

  transform(chunk, controller) {
    let text = String(chunk);
    if (this.pendingHigh !== '') {
      text = this.pendingHigh + text;
      this.pendingHigh = '';
    }
    const last = StringPrototypeCharCodeAt(text, text.length - 1);
    if (last >= 0xD800 && last <= 0xDBFF) {
      this.pendingHigh = StringPrototypeSlice(text, -1);
      text = StringPrototypeSlice(text, 0, -1);
    }
    if (text.length > 0) controller.enqueue(this.encoder.encode(text));
  }

  flush(controller) {
    if (this.pendingHigh !== '') {
      controller.enqueue(new Uint8Array(kReplacement));
    }
  }
}

class DecoderTransformer {
  constructor(decoder) {
    this.decoder = decoder;
  }

  transform(chunk, controller) {
    const text = this.decoder.decode(chunk, { stream: true });
    if (text) controller.enqueue(text);
  }

  flush(controller) {
    const text = this.decoder.decode();
    if (text) controller.enqueue(text);
  }
}

class TextEncoderStream {
  constructor() {
    this[kType] = 'TextEncoderStream';
    this[kState] = new TransformStream(new EncoderTransformer());
  }

  get encoding() {
    if (!isEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!isEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].writable;
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      decoder,
      transform: new TransformStream(new DecoderTransformer(decoder)),
    };
  }

  get encoding() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.writable;
  }
}

function isEncoderStream(value) {
  return value?.[kType] === 'TextEncoderStream';
}

function isDecoderStream(value) {
  return value?.[kType] === 'TextDecoderStream';
}

ObjectDefineProperties(TextEncoderStream.prototype, {
  encoding: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});
ObjectDefineProperties(TextDecoderStream.prototype, {
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});
defineToStringTag(TextEncoderStream);
defineToStringTag(TextDecoderStream);
defineInspect(TextEncoderStream, isEncoderStream, (stream) => ({
  encoding: 'utf-8',
  readable: stream[kState].readable,
  writable: stream[kState].writable,
}));
defineInspect(TextDecoderStream, isDecoderStream, (stream) => ({
  encoding: stream[kState].decoder.encoding,
  fatal: stream[kState].decoder.fatal,
  ignoreBOM: stream[kState].decoder.ignoreBOM,
  readable: stream[kState].transform.readable,
  writable: stream[kState].transform.writable,
}));

module.exports = {
  TextEncoderStream,
  TextDecoderStream,
};
