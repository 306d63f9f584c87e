'use strict';
// TextDecoder with { stream: true }: incomplete UTF-8 and UTF-16 sequences
// carried to the next call, completed or replaced when the stream ends, and
// the BOM removed only at the start of each stream.
require('../common');
const assert = require('assert');
const { TextDecoder } = require('util');

const bytes = (...list) => new Uint8Array(list);
const stream = { stream: true };

const utf8 = new TextDecoder();
assert.strictEqual(utf8.decode(bytes(0xe2, 0x82), stream), '');
assert.strictEqual(utf8.decode(bytes(0xac)), '€');
assert.strictEqual(utf8.decode(bytes(0xe2), stream), '');
assert.strictEqual(utf8.decode(), '\ufffd');

const parts = new TextDecoder();
assert.deepStrictEqual([
  parts.decode(bytes(0xf0, 0x9f), stream),
  parts.decode(bytes(0x98), stream),
  parts.decode(bytes(0x80, 0xf0), stream),
  parts.decode(),
], ['', '', '😀', '\ufffd']);

// A sequence that cannot be completed is replaced at once.
const broken = new TextDecoder();
assert.deepStrictEqual([broken.decode(bytes(0xe0, 0x80), stream), broken.decode()],
                       ['\ufffd\ufffd', '']);

const bom = new TextDecoder();
assert.deepStrictEqual([
  bom.decode(bytes(0xef, 0xbb), stream),
  bom.decode(bytes(0xbf, 0x41), stream),
  bom.decode(bytes(0xef, 0xbb, 0xbf), stream),
  bom.decode(),
  bom.decode(bytes(0xef, 0xbb, 0xbf, 0x42)),
], ['', 'A', '\ufeff', '', 'B']);

const utf16 = new TextDecoder('utf-16le');
assert.deepStrictEqual([
  utf16.decode(bytes(0x3d), stream),
  utf16.decode(bytes(0xd8, 0x00), stream),
  utf16.decode(bytes(0xde)),
  utf16.decode(bytes(0x41), stream),
  utf16.decode(),
], ['', '', '😀', '', '\ufffd']);

const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.decode(bytes(0xe2, 0x82), stream), '');
assert.throws(() => fatal.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
assert.strictEqual(fatal.decode(bytes(0x41)), 'A');  // state reset

// Once streamed, options are validated and input errors name "input".
const used = new TextDecoder();
used.decode(bytes(0x41), stream);
assert.throws(() => used.decode(bytes(0x42), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => used.decode('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.',
});
