'use strict';
// performance.timerify(fn) wraps fn: same result, `this` and arguments;
// each call is reported to 'function' observers (never buffered) as a
// PerformanceNodeEntry whose detail is the argument list.
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver, PerformanceEntry } = require('perf_hooks');

function add(a, b) { return a + b; }
const timed = performance.timerify(add);
assert.notStrictEqual(timed, add);
assert.notStrictEqual(performance.timerify(add), timed);
assert.strictEqual(timed.name, 'timerified add');
assert.strictEqual(timed.length, 2);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(timed, 'name'), {
  value: 'timerified add', writable: false, enumerable: true,
  configurable: false,
});
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(timed, 'length'), {
  value: 2, writable: false, enumerable: true, configurable: false,
});
assert.strictEqual(performance.timerify(() => {}).name, 'timerified ');

const receiver = { timed: performance.timerify(function() { return this; }) };
assert.strictEqual(receiver.timed(), receiver);
assert.throws(performance.timerify(() => { throw new Error('inner'); }),
              /^Error: inner$/);

const observer = new PerformanceObserver(common.mustCall((list) => {
  const [entry] = list.getEntries();
  assert.strictEqual(list.getEntries().length, 1);
  assert.ok(entry instanceof PerformanceEntry);
  assert.strictEqual(entry.constructor.name, 'PerformanceNodeEntry');
  assert.strictEqual(entry.name, 'add');
  assert.strictEqual(entry.entryType, 'function');
  assert.ok(entry.startTime >= before);
  assert.ok(entry.duration >= 0);
  assert.ok(entry.startTime + entry.duration <= performance.now());
  assert.deepStrictEqual(entry.detail, [2, 3]);
  // node also puts the arguments on the entry itself.
  assert.deepStrictEqual(Object.keys(entry), ['0', '1']);
  assert.strictEqual(entry[1], 3);
  assert.deepStrictEqual(Object.keys(entry.toJSON()),
                         ['name', 'entryType', 'startTime', 'duration',
                          'detail']);
  observer.disconnect();
}));
observer.observe({ entryTypes: ['function'] });
const before = performance.now();
assert.strictEqual(timed(2, 3), 5);
assert.deepStrictEqual(performance.getEntriesByType('function'), []);
