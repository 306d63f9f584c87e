'use strict';
// Writes and end() before _construct calls back are queued, then written in
// order.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const events = [];
const w = new Writable({
  construct(cb) {
    events.push('construct');
    setImmediate(() => {
      events.push('constructed');
      cb();
    });
  },
  write(chunk, encoding, cb) {
    events.push(`write:${chunk}`);
    cb();
  },
  final(cb) {
    events.push('final');
    cb();
  },
});
w.write('a');
w.end('b');
assert.strictEqual(w.writableLength, 2);
w.on('finish', common.mustCall(() => {
  assert.deepStrictEqual(events,
                         ['construct', 'constructed', 'write:a', 'write:b', 'final']);
}));
