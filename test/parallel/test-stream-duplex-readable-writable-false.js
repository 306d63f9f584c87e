'use strict';
// readable: false / writable: false make one side start out finished.
const common = require('../common');
const assert = require('assert');
const { Duplex } = require('stream');

const w = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
assert.strictEqual(w.readable, false);
assert.strictEqual(w.readableEnded, true);
assert.strictEqual(w.writable, true);
w.on('end', common.mustNotCall());
w.on('close', common.mustCall());
w.end('x');

const r = new Duplex({ writable: false, read() { this.push(null); } });
assert.strictEqual(r.writable, false);
assert.strictEqual(r.writableFinished, true);
assert.strictEqual(r.writableEnded, true);
assert.strictEqual(r.readable, true);
r.on('finish', common.mustNotCall());
r.on('close', common.mustCall());
r.resume();
