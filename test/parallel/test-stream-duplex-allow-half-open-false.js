'use strict';
// With allowHalfOpen: false, the end of the readable side ends the writable
// side; _final runs and the stream closes after both.
const common = require('../common');
const assert = require('assert');
const { Duplex } = require('stream');

const events = [];
const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write: common.mustNotCall(),
  final: common.mustCall((cb) => {
    events.push('final');
    cb();
  }),
});
assert.strictEqual(d.allowHalfOpen, false);
d.on('end', common.mustCall(() => events.push('end')));
d.on('finish', common.mustCall(() => events.push('finish')));
d.on('close', common.mustCall(() => {
  assert.deepStrictEqual(events, ['end', 'final', 'finish']);
}));
d.push(null);
d.resume();
