'use strict';
// pause() and resume() emit 'pause' and 'resume' (resume on the next tick,
// once per change) and switch readableFlowing and isPaused().
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const events = [];
r.on('pause', () => events.push('pause'));
r.on('resume', () => events.push('resume'));

assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.isPaused(), false);

r.pause();
assert.strictEqual(r.readableFlowing, false);
assert.strictEqual(r.isPaused(), true);
r.pause();  // Already paused: no second event.

r.resume();
assert.strictEqual(r.readableFlowing, true);
assert.strictEqual(r.isPaused(), false);
r.resume();
assert.deepStrictEqual(events, ['pause']);

process.nextTick(common.mustCall(() => {
  assert.deepStrictEqual(events, ['pause', 'resume']);
}));
