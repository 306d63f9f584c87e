'use strict';
// Performance's methods (node 19+) must be called on `performance`;
// eventLoopUtilization, timerify and markResourceTiming need no receiver.
require('../common');
const assert = require('assert');
const { Performance } = require('perf_hooks');

const proto = Performance.prototype;
const calls = {
  now: [],
  mark: ['a'],
  measure: ['a'],
  clearMarks: [],
  clearMeasures: [],
  clearResourceTimings: [],
  getEntries: [],
  getEntriesByName: ['a'],
  getEntriesByType: ['mark'],
  setResourceTimingBufferSize: [1],
  toJSON: [],
};
for (const [name, args] of Object.entries(calls)) {
  assert.throws(() => proto[name].apply({}, args), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "this" argument must be an instance of Performance. ' +
      'Received an instance of Object',
  }, name);
}
assert.throws(() => performance.now.call(undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of Performance. ' +
    'Received undefined',
});
const timeOrigin = Object.getOwnPropertyDescriptor(proto, 'timeOrigin').get;
assert.throws(() => timeOrigin.call({}), { code: 'ERR_INVALID_ARG_TYPE' });

const { eventLoopUtilization, timerify } = performance;
assert.deepStrictEqual(Object.keys(eventLoopUtilization()),
                       ['idle', 'active', 'utilization']);
assert.strictEqual(typeof timerify(() => {}), 'function');
