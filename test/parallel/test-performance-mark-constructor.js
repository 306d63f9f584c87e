'use strict';
// new PerformanceMark() is not added to the timeline, but measure() can
// refer to its name, as in node.
require('../common');
const assert = require('assert');
const { PerformanceMark } = require('perf_hooks');

const mark = new PerformanceMark('m', { startTime: 3, detail: [1] });
assert.strictEqual(mark.name, 'm');
assert.strictEqual(mark.startTime, 3);
assert.deepStrictEqual(mark.detail, [1]);
assert.strictEqual(PerformanceMark.length, 1);
assert.deepStrictEqual(performance.getEntries(), []);

const measure = performance.measure('x', 'm', 'm');
assert.strictEqual(measure.startTime, 3);
assert.strictEqual(measure.duration, 0);
