'use strict';
// AsyncLocalStorage: a store set by run() follows the async work started
// inside it — timers, immediates, nextTick, promises, await, queueMicrotask
// — and is gone outside; nested runs and exit() restore the outer store.
const common = require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const seen = new Map();
const record = (what) => seen.set(what, als.getStore()?.id);

als.run({ id: 1 }, () => {
  setTimeout(() => record('timeout'), 1);
  setImmediate(() => record('immediate'));
  process.nextTick(() => record('tick'));
  Promise.resolve().then(() => record('then'));
  queueMicrotask(() => record('microtask'));
  (async () => {
    await null;
    record('await');
  })();
  als.run({ id: 2 }, () => {
    record('nested');
    setTimeout(() => record('nested timeout'), 1);
  });
  record('after nested');
  als.exit(() => record('exit'));
});
record('outside');
assert.strictEqual(als.getStore(), undefined);

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(Object.fromEntries(seen), {
    'nested': 2, 'after nested': 1, 'exit': undefined, 'outside': undefined,
    'tick': 1, 'then': 1, 'microtask': 1, 'await': 1, 'timeout': 1,
    'immediate': 1, 'nested timeout': 2,
  });
}), 20);
