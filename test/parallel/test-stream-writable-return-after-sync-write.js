'use strict';
// write() measures the room left after _write ran: a write completed
// synchronously returns true even at highWaterMark; one still in progress
// returns false and sets writableNeedDrain.
require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const sync = new Writable({ highWaterMark: 1, write(c, e, cb) { cb(); } });
assert.strictEqual(sync.write('a'), true);
assert.strictEqual(sync.writableNeedDrain, false);

const zero = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
assert.strictEqual(zero.write('a'), true);

const pending = new Writable({ highWaterMark: 1, write(c, e, cb) {} });
assert.strictEqual(pending.write('a'), false);
assert.strictEqual(pending.writableNeedDrain, true);
