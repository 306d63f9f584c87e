'use strict';
// finished() calls back once the stream is done: a Readable after 'end', a
// Writable after 'finish', a Duplex after both; `this` is the stream.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex, finished } = require('stream');

const r = new Readable({ read() {} });
finished(r, common.mustCall(function(err) {
  assert.strictEqual(err, undefined);
  assert.strictEqual(this, r);
  assert.strictEqual(r.readableEnded, true);
}));
r.push(null);
r.resume();

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, common.mustCall((err) => {
  assert.strictEqual(err, undefined);
  assert.strictEqual(w.writableFinished, true);
}));
w.end('x');

const events = [];
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, common.mustCall(() => events.push('writable side')));
finished(d, common.mustCall(() => {
  events.push('both');
  assert.deepStrictEqual(events, ['writable side', 'both']);
}));
d.end();
setImmediate(() => {
  d.push(null);
  d.resume();
});

// A stream that is already done calls back on the next tick.
const done = new Readable({ read() {} });
done.push(null);
done.resume();
done.on('end', common.mustCall(() => {
  finished(done, common.mustCall((err) => assert.strictEqual(err, undefined)));
}));
