'use strict';
// `new` on a timerified class constructs the class (new.target is the
// class); calling it without new throws as the class does.
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

class Point {
  constructor(x) { this.x = x; }
}
const TimedPoint = performance.timerify(Point);
assert.strictEqual(TimedPoint.name, 'timerified Point');
assert.strictEqual(TimedPoint.length, 1);

const observer = new PerformanceObserver(common.mustCall((list) => {
  const [entry] = list.getEntries();
  assert.strictEqual(entry.name, 'Point');
  assert.deepStrictEqual(entry.detail, [7]);
  observer.disconnect();
}));
observer.observe({ type: 'function' });

const point = new TimedPoint(7);
assert.ok(point instanceof Point);
assert.strictEqual(Object.getPrototypeOf(point), Point.prototype);
assert.strictEqual(point.x, 7);
assert.throws(() => TimedPoint(1), TypeError);
