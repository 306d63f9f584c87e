'use strict';
// destroy(err, cb) calls cb with the error _destroy reports; a custom
// _destroy can finish later, and the error it reports is the one emitted
// (errored keeps the first).
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const events = [];
const r = new Readable({
  read() {},
  destroy: common.mustCall((err, cb) => {
    assert.strictEqual(err.message, 'first');
    events.push('_destroy');
    setImmediate(() => cb(new Error('replaced')));
  }),
});
r.on('error', common.mustCall((err) => {
  events.push(`error:${err.message}`);
}));
r.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events,
                         ['_destroy', 'cb:replaced', 'error:replaced', 'close']);
  assert.strictEqual(r.errored.message, 'first');
}));
r.destroy(new Error('first'), common.mustCall((err) => {
  events.push(`cb:${err.message}`);
}));
assert.strictEqual(r.closed, false);

// Destroying without an error: cb gets null, no 'error' event.
const r2 = new Readable({ read() {} });
r2.on('error', common.mustNotCall());
r2.destroy(null, common.mustCall((err) => assert.strictEqual(err, null)));
