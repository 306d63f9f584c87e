'use strict';
// TestContext and SuiteContext: names, signals, diagnostics, plans,
// concurrency, and option validation.
const common = require('../common');
const assert = require('assert');
const { test, describe, it } = require('node:test');

for (const timeout of [-1, NaN, 2 ** 33]) {
  assert.throws(() => test({ timeout }), { code: 'ERR_OUT_OF_RANGE' });
}
for (const timeout of ['1', {}, true]) {
  assert.throws(() => test({ timeout }), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const concurrency of [0, -1, 1.5]) {
  assert.throws(() => test({ concurrency }), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => test({ concurrency: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => test({ signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });

let signal;
const promise = test('context', async (t) => {
  assert.strictEqual(t.name, 'context');
  assert.strictEqual(t.fullName, 'context');
  signal = t.signal;
  assert.strictEqual(signal.aborted, false);
  await t.test('child', (t) => {
    assert.strictEqual(t.fullName, 'context > child');
  });
  const value = t.test('not awaited', () => {});
  assert.ok(value instanceof Promise);
});
assert.ok(promise instanceof Promise);
promise.then(common.mustCall((value) => {
  assert.strictEqual(value, undefined);
  assert.strictEqual(signal.aborted, true);
}));

test(function namedFunction(t) {
  assert.strictEqual(t.name, 'namedFunction');
});

test((t) => {
  assert.strictEqual(t.name, '<anonymous>');
});

test('plan counts t.assert calls and subtests', async (t) => {
  t.plan(3);
  t.assert.strictEqual(1, 1);
  t.assert.ok(true);
  await t.test('counted', () => {});
  assert.throws(() => t.plan(1), { code: 'ERR_TEST_FAILURE' });
});

test('concurrency: true runs subtests side by side', { concurrency: true }, async (t) => {
  const order = [];
  const slow = t.test('slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.push('slow');
  });
  const fast = t.test('fast', async () => {
    order.push('fast');
  });
  await Promise.all([slow, fast]);
  assert.deepStrictEqual(order, ['fast', 'slow']);
});

test('concurrency: 1 runs subtests one after another', async (t) => {
  const order = [];
  const slow = t.test('slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push('slow');
  });
  const fast = t.test('fast', () => { order.push('fast'); });
  await Promise.all([slow, fast]);
  assert.deepStrictEqual(order, ['slow', 'fast']);
});

const suiteResult = describe('suite context', (s) => {
  assert.strictEqual(s.name, 'suite context');
  assert.strictEqual(s.fullName, 'suite context');
  assert.strictEqual(s.signal.aborted, false);
  const inner = it('inside', (t) => {
    assert.strictEqual(t.fullName, 'suite context > inside');
  });
  assert.ok(inner instanceof Promise);
});
assert.ok(suiteResult instanceof Promise);
