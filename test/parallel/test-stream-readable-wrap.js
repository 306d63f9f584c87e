'use strict';
// wrap() adopts an old-style stream: its 'data' is pushed, it is paused
// when the buffer is full and resumed on read, and 'end' ends the Readable.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Readable } = require('stream');

const old = new EventEmitter();
const calls = [];
old.pause = () => calls.push('pause');
old.resume = () => calls.push('resume');
old.extra = function() { return this; };

const r = new Readable({ highWaterMark: 2 }).wrap(old);
assert.strictEqual(r.extra(), old);
old.emit('data', Buffer.from('abc'));
assert.deepStrictEqual(calls, ['pause']);
assert.strictEqual(r.read().toString(), 'abc');
assert.deepStrictEqual(calls, ['pause', 'resume']);
r.on('end', common.mustCall());
r.on('close', common.mustCall());
old.emit('end');
r.resume();

// Readable.wrap() makes an object-mode stream unless told otherwise.
const old2 = new EventEmitter();
const w = Readable.wrap(old2);
assert.strictEqual(w.readableObjectMode, true);
w.on('data', common.mustCall((v) => assert.deepStrictEqual(v, { a: 1 })));
w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'old')));
old2.emit('data', { a: 1 });
old2.emit('error', new Error('old'));
