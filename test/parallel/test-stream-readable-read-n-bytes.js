'use strict';
// read(n) returns exactly n bytes (spanning or splitting chunks), null when
// fewer are buffered, and read() everything.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {}, highWaterMark: 100 });
r.push('abcdefgh');
r.push('ijkl');
r.push('mnop');
assert.strictEqual(r.readableLength, 16);

assert.strictEqual(r.read(3).toString(), 'abc');
assert.strictEqual(r.readableLength, 13);
// Spans the rest of the first chunk and part of the second.
assert.strictEqual(r.read(7).toString(), 'defghij');
// More than buffered, stream not ended: nothing.
assert.strictEqual(r.read(10), null);
assert.strictEqual(r.readableLength, 6);
assert.strictEqual(r.read(0), null);
// A numeric string is parsed.
assert.strictEqual(r.read('2').toString(), 'kl');
assert.strictEqual(r.read().toString(), 'mnop');
assert.strictEqual(r.readableLength, 0);
assert.strictEqual(r.read(), null);
