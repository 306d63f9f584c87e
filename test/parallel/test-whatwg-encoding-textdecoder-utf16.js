'use strict';
// TextDecoder for utf-16le and utf-16be: BOM handling, lone surrogates and
// an odd final byte replaced by U+FFFD (or fatal), and the labels that
// select them.
require('../common');
const assert = require('assert');
const { TextDecoder } = require('util');

const bytes = (...list) => new Uint8Array(list);
const le = new TextDecoder('utf-16le');
assert.strictEqual(le.encoding, 'utf-16le');
assert.strictEqual(le.decode(bytes(0x41, 0x00, 0xac, 0x20)), 'A€');
assert.strictEqual(le.decode(bytes(0xff, 0xfe, 0x41, 0x00)), 'A');
assert.strictEqual(le.decode(bytes(0x41)), '\ufffd');
assert.strictEqual(le.decode(bytes(0x00, 0xd8, 0x41, 0x00)), '\ufffdA');
assert.strictEqual(le.decode(bytes(0x00, 0xdc, 0x00, 0xd8)), '\ufffd\ufffd');
assert.strictEqual(le.decode(bytes(0x00, 0xd8, 0x41)), '\ufffd');
assert.strictEqual(le.decode(new Uint16Array([0xfeff, 0x41])), 'A');
assert.strictEqual(new TextDecoder('utf-16le', { ignoreBOM: true })
  .decode(bytes(0xff, 0xfe, 0x41, 0x00)), '\ufeffA');

const be = new TextDecoder('utf-16be');
assert.strictEqual(be.encoding, 'utf-16be');
assert.strictEqual(be.decode(bytes(0xfe, 0xff, 0x00, 0x41)), 'A');
assert.strictEqual(be.decode(bytes(0xd8, 0x3d, 0xde, 0x00, 0x00)), '😀\ufffd');

for (const label of ['utf-16', 'UTF-16LE', 'unicode', 'ucs-2', 'csunicode']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'utf-16le', label);
}
assert.strictEqual(new TextDecoder('unicodefffe').encoding, 'utf-16be');

const fatal = new TextDecoder('utf-16le', { fatal: true });
const invalid = (err) => {
  assert.strictEqual(err.constructor, TypeError);
  assert.strictEqual(err.code, 'ERR_ENCODING_INVALID_ENCODED_DATA');
  assert.strictEqual(err.message,
                     'The encoded data was not valid for encoding utf-16le');
  return true;
};
assert.throws(() => fatal.decode(bytes(0x00, 0xd8)), invalid);
assert.throws(() => fatal.decode(bytes(0x41)), invalid);
assert.strictEqual(fatal.decode(bytes(0x41, 0x00)), 'A');
assert.throws(() => le.decode('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.',
});
