'use strict';
// By default a Duplex stays open until both sides are done: 'close' comes
// after both 'end' and 'finish'.
const common = require('../common');
const assert = require('assert');
const { Duplex } = require('stream');

const events = [];
const d = new Duplex({
  read() {},
  write(chunk, encoding, cb) { cb(); },
});
assert.strictEqual(d.allowHalfOpen, true);
d.on('end', common.mustCall(() => {
  events.push('end');
  assert.strictEqual(d.destroyed, false);
  setImmediate(() => d.end('w'));
}));
d.on('finish', common.mustCall(() => events.push('finish')));
d.on('close', common.mustCall(() => {
  assert.deepStrictEqual(events, ['end', 'finish']);
}));
d.push(null);
d.resume();
