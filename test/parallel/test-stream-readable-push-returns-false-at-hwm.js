'use strict';
// push() returns true while the buffer is below highWaterMark, false once it
// reaches it, and _read is not called while the buffer is full.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ highWaterMark: 5, read: common.mustNotCall() });
assert.strictEqual(r.push('ab'), true);
assert.strictEqual(r.push('cd'), true);
assert.strictEqual(r.push('e'), false);
assert.strictEqual(r.push('fgh'), false);
assert.strictEqual(r.readableLength, 8);
// An empty chunk adds nothing.
assert.strictEqual(r.push(''), false);
assert.strictEqual(r.readableLength, 8);

const o = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
assert.strictEqual(o.push({}), true);
assert.strictEqual(o.push({}), false);
assert.strictEqual(o.readableLength, 2);
