'use strict';
// Past setResourceTimingBufferSize() entries, new resource timings wait
// while 'resourcetimingbufferfull' is dispatched (later, once); those that
// still do not fit are dropped.
const common = require('../common');
const assert = require('assert');

assert.throws(() => performance.setResourceTimingBufferSize(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "maxSize" argument must be specified',
});
performance.setResourceTimingBufferSize(2);

const names = () =>
  performance.getEntriesByType('resource').map((e) => e.name).join();
const listener = common.mustCall((event) => {
  assert.strictEqual(event.type, 'resourcetimingbufferfull');
  assert.ok(event instanceof Event);
  assert.strictEqual(names(), 'r0,r1');
});
performance.addEventListener('resourcetimingbufferfull', listener);
performance.onresourcetimingbufferfull = common.mustCall();

for (let i = 0; i < 5; i++) {
  performance.markResourceTiming({ startTime: i, endTime: i + 1 }, `r${i}`,
                                 'fetch', globalThis, '');
}
assert.strictEqual(names(), 'r0,r1');

setTimeout(common.mustCall(() => {
  assert.strictEqual(names(), 'r0,r1');
}), 5);
