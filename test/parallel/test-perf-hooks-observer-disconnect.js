'use strict';
// A disconnected observer gets nothing more, and its pending entries are
// dropped; it can observe again afterwards.
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

const dropped = new PerformanceObserver(common.mustNotCall());
dropped.observe({ type: 'mark' });
performance.mark('a');
dropped.disconnect();
assert.deepStrictEqual(dropped.takeRecords(), []);
performance.mark('b');

const again = new PerformanceObserver(common.mustCall((list) => {
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['d']);
  again.disconnect();
  // Entries after disconnecting inside the callback are not delivered.
  performance.measure('e');
}));
again.observe({ type: 'mark' });
again.disconnect();
again.observe({ type: 'measure' });
performance.mark('c');
performance.measure('d');
