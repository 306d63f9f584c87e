'use strict';
// Destroying a Duplex destroys both sides and emits one 'error' and one
// 'close'; queued writes fail once the write in progress is done.
const common = require('../common');
const assert = require('assert');
const { Duplex } = require('stream');

let pending;
const d = new Duplex({
  read() {},
  write(chunk, encoding, cb) { pending = cb; },
});
const order = [];
d.write('a', common.mustCall((err) => order.push(`a:${err}`)));
d.write('b', common.mustCall((err) => order.push(`b:${err.message}`)));
d.on('error', common.mustCall((err) => order.push(`error:${err.message}`)));
d.on('close', common.mustCall(() => {
  order.push('close');
  pending();
  assert.deepStrictEqual(order, ['error:dd', 'close', 'a:null', 'b:dd']);
}));
d.destroy(new Error('dd'));
assert.strictEqual(d.destroyed, true);
assert.strictEqual(d._readableState.destroyed, true);
assert.strictEqual(d._writableState.destroyed, true);
assert.strictEqual(d.readableAborted, true);
assert.strictEqual(d.writable, false);
assert.strictEqual(d.readable, false);
