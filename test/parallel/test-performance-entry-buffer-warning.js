'use strict';
// More than a million marks (or measures) in the timeline emit one
// MaxPerformanceEntryBufferExceededWarning per type.
const common = require('../common');
const assert = require('assert');

const warnings = [];
process.on('warning', common.mustCall((warning) => {
  warnings.push(warning);
}, 2));

for (let i = 0; i <= 1e6; i++) performance.mark('a', { startTime: 1 });
performance.clearMarks();
for (let i = 0; i <= 1e6; i++) performance.mark('a', { startTime: 1 });
performance.clearMarks();
for (let i = 0; i <= 1e6; i++) performance.measure('m', { start: 1, end: 2 });
performance.clearMeasures();

process.on('exit', () => {
  assert.deepStrictEqual(warnings.map((w) => [w.name, w.entryType, w.count]), [
    ['MaxPerformanceEntryBufferExceededWarning', 'mark', 1000001],
    ['MaxPerformanceEntryBufferExceededWarning', 'measure', 1000001],
  ]);
  assert.strictEqual(
    warnings[0].message,
    'Possible perf_hooks memory leak detected. 1000001 mark entries added ' +
    'to the global performance entry buffer. Use performance.clearMarks to ' +
    'clear the buffer.');
  assert.match(warnings[1].message, /Use performance\.clearMeasures to clear/);
});
