'use strict';
// Timeout objects: ref/unref/hasRef, refresh, close, [Symbol.dispose] (on
// immediates too), and the numeric id from Symbol.toPrimitive that
// clearTimeout accepts.
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustNotCall(), 10);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref(), t);
assert.strictEqual(t.hasRef(), true);
const id = +t;
assert.strictEqual(typeof id, 'number');
assert.strictEqual(`${t}`, `${id}`);
clearTimeout(id);

const closed = setTimeout(common.mustNotCall(), 1);
assert.strictEqual(closed.close(), closed);

// [Symbol.dispose]() clears timeouts, intervals and immediates.
const disposed = [
  setTimeout(common.mustNotCall(), 1),
  setInterval(common.mustNotCall(), 1),
  setImmediate(common.mustNotCall()),
];
for (const timer of disposed) {
  assert.strictEqual(timer[Symbol.dispose](), undefined);
  assert.strictEqual(timer._destroyed, true);
}

const byString = setInterval(common.mustNotCall(), 1);
clearInterval(String(+byString));

// refresh() restarts the countdown: the timer fires once, later.
let fired = 0;
const refreshed = setTimeout(common.mustCall(() => fired++), 30);
setTimeout(() => refreshed.refresh(), 15);
setTimeout(common.mustCall(() => assert.strictEqual(fired, 0)), 35);
setTimeout(common.mustCall(() => assert.strictEqual(fired, 1)), 80);

// Arguments are passed on.
setTimeout(common.mustCall((a, b, c) => {
  assert.deepStrictEqual([a, b, c], [1, 'two', 3]);
}), 1, 1, 'two', 3);
setImmediate(common.mustCall((a, b) => {
  assert.deepStrictEqual([a, b], ['x', 'y']);
}), 'x', 'y');

// clear* ignore what is not a timer.
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearImmediate(undefined);
clearInterval(42);
