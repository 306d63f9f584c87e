'use strict';
// record() takes integers from 1 to Number.MAX_SAFE_INTEGER (or BigInts);
// the histogram methods check their receiver.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const h = createHistogram();
assert.throws(() => h.record(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "val" argument must be of type number. Received undefined',
});
assert.throws(() => h.record('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.record(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "val" is out of range. It must be >= 1 && <= ' +
    '9007199254740991. Received 0',
});
for (const value of [1.5, NaN, Infinity]) {
  assert.throws(() => h.record(value), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "val" is out of range. It must be an integer. ' +
      `Received ${value}`,
  });
}
assert.throws(() => h.record(2 ** 53), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(h.count, 0);

const Histogram = Object.getPrototypeOf(h.constructor);
assert.throws(() => new Histogram(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new h.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

assert.throws(() => h.record.call({}, 1), {
  code: 'ERR_INVALID_THIS',
  name: 'TypeError',
  message: 'Value of "this" must be of type RecordableHistogram',
});
assert.throws(() => h.recordDelta.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => h.add.call({}, h), { code: 'ERR_INVALID_THIS' });
const count = Object.getOwnPropertyDescriptor(Histogram.prototype, 'count').get;
assert.throws(() => count.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Histogram',
});
assert.throws(() => Histogram.prototype.reset.call({}), {
  code: 'ERR_INVALID_THIS',
});
assert.throws(() => Histogram.prototype.percentile.call({}, 50), {
  code: 'ERR_INVALID_THIS',
});
