'use strict';
// v8.GCProfiler: start() / stop() give node's JSON shape, one entry per GC
// seen between them, in node's field order.
require('../common');
const assert = require('assert');
const v8 = require('v8');
const vm = require('vm');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const profiler = new v8.GCProfiler();
assert.strictEqual(profiler.stop(), undefined);  // Not started.
const startedAt = Date.now();
profiler.start();
profiler.start();  // Twice is one profile.
gc();
gc();
const data = profiler.stop();
assert.strictEqual(profiler.stop(), undefined);

assert.deepStrictEqual(Object.keys(data),
                       ['version', 'startTime', 'statistics', 'endTime']);
assert.strictEqual(data.version, 1);
assert.ok(data.startTime >= startedAt - 1000 && data.startTime <= Date.now());
assert.ok(data.endTime >= data.startTime && data.endTime <= Date.now());
assert.strictEqual(data.statistics.length, 2);
for (const item of data.statistics) {
  assert.deepStrictEqual(Object.keys(item),
                         ['gcType', 'beforeGC', 'cost', 'afterGC']);
  assert.strictEqual(item.gcType, 'MarkSweepCompact');
  assert.ok(item.cost >= 0);
  for (const side of [item.beforeGC, item.afterGC]) {
    assert.deepStrictEqual(Object.keys(side),
                           ['heapStatistics', 'heapSpaceStatistics']);
    assert.deepStrictEqual(Object.keys(side.heapStatistics), [
      'totalHeapSize', 'totalHeapSizeExecutable', 'totalPhysicalSize',
      'totalAvailableSize', 'totalGlobalHandlesSize', 'usedGlobalHandlesSize',
      'usedHeapSize', 'heapSizeLimit', 'mallocedMemory', 'externalMemory',
      'peakMallocedMemory',
    ]);
    for (const value of Object.values(side.heapStatistics)) {
      assert.ok(Number.isInteger(value) && value >= 0);
    }
    assert.deepStrictEqual(
      side.heapSpaceStatistics.map((s) => s.spaceName),
      v8.getHeapSpaceStatistics().map((s) => s.space_name));
    for (const space of side.heapSpaceStatistics) {
      assert.deepStrictEqual(Object.keys(space), [
        'spaceName', 'spaceSize', 'spaceUsedSize', 'spaceAvailableSize',
        'physicalSpaceSize',
      ]);
    }
  }
}

// A stopped profiler sees no more collections; a new start is a new profile.
gc();
profiler.start();
const again = profiler.stop();
assert.deepStrictEqual(again.statistics, []);
