'use strict';
// _final runs once after the last write, before 'prefinish' and 'finish';
// 'finish' waits for its callback.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const events = [];
const w = new Writable({
  write(chunk, encoding, cb) {
    events.push('write');
    setImmediate(cb);
  },
  final: common.mustCall((cb) => {
    events.push('final');
    assert.strictEqual(w.writableFinished, false);
    setImmediate(() => {
      events.push('final-done');
      cb();
    });
  }),
});
w.on('prefinish', common.mustCall(() => events.push('prefinish')));
w.on('finish', common.mustCall(() => {
  events.push('finish');
  assert.strictEqual(w.writableFinished, true);
  assert.deepStrictEqual(events,
                         ['write', 'final', 'final-done', 'prefinish', 'finish']);
}));
w.end('data');
assert.strictEqual(w.writableEnded, true);
assert.strictEqual(w.writableFinished, false);
