'use strict';
// end() flushes an incomplete character as one U+FFFD and resets the
// decoder; end(buf) writes buf first.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xf0, 0x9f, 0x98])), '');
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(d.end(), '');
assert.strictEqual(d.write(Buffer.from('ok')), 'ok');

assert.strictEqual(d.end(Buffer.from([0xe2, 0x82])), '\ufffd');
assert.strictEqual(d.end(Buffer.from([0xe2, 0x82, 0xac])), '€');
assert.strictEqual(d.end('passes strings through'), 'passes strings through');
