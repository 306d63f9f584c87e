'use strict';
// PerformanceObserverEntryList: sorted entries, filtered by name and type.
const common = require('../common');
const assert = require('assert');
const {
  PerformanceObserver,
  PerformanceObserverEntryList,
} = require('perf_hooks');

assert.throws(() => new PerformanceObserverEntryList(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
});

const observer = new PerformanceObserver(common.mustCall((list) => {
  const names = (entries) => entries.map((e) => `${e.entryType}:${e.name}`);
  assert.deepStrictEqual(names(list.getEntries()),
                         ['mark:x', 'measure:x', 'mark:y']);
  assert.notStrictEqual(list.getEntries(), list.getEntries());
  assert.deepStrictEqual(names(list.getEntriesByName('x')),
                         ['mark:x', 'measure:x']);
  assert.deepStrictEqual(names(list.getEntriesByName('x', 'measure')),
                         ['measure:x']);
  // Here (not in performance.getEntriesByName) a null type means any type,
  // and the type is not converted to a string.
  assert.strictEqual(list.getEntriesByName('x', null).length, 2);
  assert.deepStrictEqual(
    list.getEntriesByName('x', { toString: () => 'mark' }), []);
  assert.deepStrictEqual(list.getEntriesByName('nope'), []);
  assert.deepStrictEqual(names(list.getEntriesByType('mark')),
                         ['mark:x', 'mark:y']);
  assert.deepStrictEqual(list.getEntriesByType('bogus'), []);
  assert.throws(() => list.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => list.getEntriesByType(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "type" argument must be specified',
  });
  assert.throws(() => list.getEntries.call({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "this" argument must be an instance of ' +
      'PerformanceObserverEntryList. Received an instance of Object',
  });
  assert.strictEqual(Object.prototype.toString.call(list),
                     '[object PerformanceObserverEntryList]');
  observer.disconnect();
}));
observer.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('y', { startTime: 9 });
performance.measure('x', { start: 4, end: 5 });
performance.mark('x', { startTime: 1 });
