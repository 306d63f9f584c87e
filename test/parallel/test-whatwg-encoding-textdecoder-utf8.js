'use strict';
// TextDecoder('utf-8') in one call: replacement characters for malformed
// input, the BOM removed unless ignoreBOM, fatal errors, and the inputs it
// accepts.
require('../common');
const assert = require('assert');
const { TextDecoder } = require('util');

const decoder = new TextDecoder();
const bytes = (...list) => new Uint8Array(list);
assert.strictEqual(decoder.encoding, 'utf-8');
assert.strictEqual(decoder.fatal, false);
assert.strictEqual(decoder.ignoreBOM, false);
assert.strictEqual(decoder.decode(bytes(0x61, 0xe2, 0x82, 0xac)), 'a€');
assert.strictEqual(decoder.decode(), '');
assert.strictEqual(decoder.decode(undefined), '');
assert.strictEqual(
  decoder.decode(bytes(0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80)),
  '\ufffd'.repeat(9));
assert.strictEqual(decoder.decode(bytes(0xf0, 0x9f, 0x98, 0x41)), '\ufffdA');
assert.strictEqual(decoder.decode(bytes(0xef, 0xbb, 0xbf, 0x41)), 'A');
assert.strictEqual(decoder.decode(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf)), '\ufeff');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true })
  .decode(bytes(0xef, 0xbb, 0xbf, 0x41)), '\ufeffA');

// Every kind of buffer source.
assert.strictEqual(decoder.decode(new Uint16Array([0x4241])), 'AB');
assert.strictEqual(decoder.decode(bytes(0x41, 0x42).buffer), 'AB');
assert.strictEqual(decoder.decode(new DataView(bytes(0x41, 0x42).buffer, 1)), 'B');
assert.strictEqual(decoder.decode(new SharedArrayBuffer(1)), '\u0000');
// Options other than `stream` are not read in one-shot decoding.
assert.strictEqual(decoder.decode(bytes(0x41), 5), 'A');

const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.fatal, true);
assert.strictEqual(fatal.decode(bytes(0xc3, 0xa9)), 'é');
assert.throws(() => fatal.decode(bytes(0xff)), (err) => {
  assert.strictEqual(err.constructor, TypeError);
  assert.strictEqual(err.code, 'ERR_ENCODING_INVALID_ENCODED_DATA');
  assert.strictEqual(err.message, 'The encoded data was not valid for encoding utf-8');
  return true;
});

assert.throws(() => decoder.decode('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "list" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.',
});
assert.throws(() => decoder.decode(null), { code: 'ERR_INVALID_ARG_TYPE' });
