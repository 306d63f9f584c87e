'use strict';
// A PerformanceObserver of 'gc' gets one entry per collection: name and
// entryType 'gc', the time relative to timeOrigin, and { kind, flags } as
// detail (entry.kind and entry.flags are deprecated, DEP0152). Watching does
// not keep the loop alive, and nothing comes after disconnect().
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver, constants } = require('perf_hooks');

if (typeof global.gc !== 'function') {
  const child = common.spawnSelf(['--expose-gc', __filename]);
  assert.strictEqual(child.status, 0, child.stderr);
  return;
}

const kinds = [constants.NODE_PERFORMANCE_GC_MAJOR,
               constants.NODE_PERFORMANCE_GC_MINOR,
               constants.NODE_PERFORMANCE_GC_INCREMENTAL,
               constants.NODE_PERFORMANCE_GC_WEAKCB];

common.expectWarning('DeprecationWarning',
                     'Custom PerformanceEntry accessors are deprecated. ' +
                     'Please use the detail property.', 'DEP0152');

const observer = new PerformanceObserver(common.mustCall((list) => {
  const entry = list.getEntries()[0];
  assert.strictEqual(entry.name, 'gc');
  assert.strictEqual(entry.entryType, 'gc');
  assert.ok(kinds.includes(entry.detail.kind));
  assert.strictEqual(entry.detail.flags,
                     constants.NODE_PERFORMANCE_GC_FLAGS_FORCED);
  assert.strictEqual(entry.kind, entry.detail.kind);
  assert.strictEqual(entry.flags, entry.detail.flags);
  assert.ok(entry.startTime > 0 && entry.startTime < 1e5);
  assert.ok(entry.duration >= 0);
  assert.deepStrictEqual(Object.keys(entry.toJSON()),
                         ['name', 'entryType', 'startTime', 'duration',
                          'detail']);
  observer.disconnect();
  // No observer: no more entries.
  global.gc();
}));
observer.observe({ entryTypes: ['gc'] });
global.gc();
// The entry comes a little later: keep the loop busy until then.
const wait = setInterval(() => {}, 1);
setTimeout(() => clearInterval(wait), 200);

// Another observer, never collected for: the process still exits.
new PerformanceObserver(common.mustNotCall()).observe({ type: 'mark' });
