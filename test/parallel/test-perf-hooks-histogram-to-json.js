'use strict';
// A histogram's toJSON(): counters, statistics and percentiles as an object.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const h = createHistogram();
assert.strictEqual(JSON.stringify(h),
                   '{"count":0,"min":9223372036854776000,"max":0,' +
                   '"mean":null,"exceeds":0,"stddev":null,' +
                   '"percentiles":{"100":0}}');
h.record(3);
h.record(4);
assert.deepStrictEqual(h.toJSON(), {
  count: 2,
  min: 3,
  max: 4,
  mean: 3.5,
  exceeds: 0,
  stddev: 0.5,
  percentiles: { 0: 3, 50: 3, 75: 4, 100: 4 },
});
assert.deepStrictEqual(Object.keys(h.toJSON()),
                       ['count', 'min', 'max', 'mean', 'exceeds', 'stddev',
                        'percentiles']);
