'use strict';
// performance.toJSON() and the toJSON() of entries and nodeTiming.
require('../common');
const assert = require('assert');

const json = performance.toJSON();
assert.deepStrictEqual(Object.keys(json),
                       ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(json.nodeTiming, performance.nodeTiming);
assert.strictEqual(json.timeOrigin, performance.timeOrigin);
assert.deepStrictEqual(json.eventLoopUtilization,
                       { idle: 0, active: 0, utilization: 0 });

const timing = JSON.parse(JSON.stringify(performance)).nodeTiming;
assert.deepStrictEqual(Object.keys(timing), [
  'name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start',
  'bootstrapComplete', 'environment', 'loopStart', 'loopExit', 'idleTime',
]);
assert.strictEqual(timing.name, 'node');
assert.strictEqual(timing.entryType, 'node');
assert.strictEqual(timing.startTime, 0);
assert.strictEqual(timing.loopStart, -1);

const measure = performance.measure('m', { start: 1, end: 4, detail: [1] });
assert.deepStrictEqual(JSON.parse(JSON.stringify(measure)), {
  name: 'm', entryType: 'measure', startTime: 1, duration: 3, detail: [1],
});
const { PerformanceEntry } = require('perf_hooks');
assert.deepStrictEqual(PerformanceEntry.prototype.toJSON.call(measure), {
  name: 'm', entryType: 'measure', startTime: 1, duration: 3,
});
assert.throws(() => PerformanceEntry.prototype.toJSON.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of PerformanceEntry. ' +
    'Received an instance of Object',
});
