'use strict';
// Any ArrayBufferView is decoded by its bytes: Uint8Array, other typed
// arrays (respecting their offset) and DataView.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('utf8');
assert.strictEqual(d.write(new Uint8Array([0x68, 0x69])), 'hi');
const backing = new Uint8Array([0x00, 0xe2, 0x82, 0xac, 0x00]);
assert.strictEqual(d.write(new DataView(backing.buffer, 1, 3)), '€');
assert.strictEqual(d.write(new Uint8Array(backing.buffer, 1, 2)), '');
assert.strictEqual(d.write(new Uint8Array(backing.buffer, 3, 1)), '€');
const hex = new StringDecoder('hex');
assert.strictEqual(hex.write(new Uint16Array([0x0102])), '0201');
