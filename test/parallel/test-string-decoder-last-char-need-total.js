'use strict';
// lastChar, lastNeed and lastTotal describe the incomplete character held
// back: its bytes, how many are missing and its full length.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('utf8');
assert.deepStrictEqual(d.lastChar, Buffer.alloc(4));
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.lastTotal, 0);
d.write(Buffer.from([0x41, 0xe2, 0x82]));
assert.deepStrictEqual(d.lastChar, Buffer.from([0xe2, 0x82, 0, 0]));
assert.ok(Buffer.isBuffer(d.lastChar));
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.lastTotal, 3);
d.write(Buffer.from([0xac]));
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.lastTotal, 0);
assert.deepStrictEqual(Object.keys(d), ['encoding']);
