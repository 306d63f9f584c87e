'use strict';
// getEntries(), getEntriesByName() and getEntriesByType() return new arrays
// of the buffered marks, measures and resource timings, stably sorted by
// startTime (marks before measures at equal times).
require('../common');
const assert = require('assert');

performance.mark('t1', { startTime: 5 });
performance.measure('t0', { start: 5, end: 6 });
performance.mark('t2', { startTime: 5 });
performance.mark('early', { startTime: 1 });
performance.measure('t1', { start: 2, end: 3 });

const names = (list) => list.map((e) => `${e.entryType}:${e.name}`);
assert.deepStrictEqual(names(performance.getEntries()), [
  'mark:early', 'measure:t1', 'mark:t1', 'mark:t2', 'measure:t0',
]);
assert.notStrictEqual(performance.getEntries(), performance.getEntries());
assert.deepStrictEqual(names(performance.getEntriesByType('mark')),
                       ['mark:early', 'mark:t1', 'mark:t2']);
assert.deepStrictEqual(names(performance.getEntriesByType('measure')),
                       ['measure:t1', 'measure:t0']);
assert.deepStrictEqual(names(performance.getEntriesByName('t1')),
                       ['measure:t1', 'mark:t1']);
assert.deepStrictEqual(names(performance.getEntriesByName('t1', 'mark')),
                       ['mark:t1']);
assert.deepStrictEqual(names(performance.getEntriesByName('t1', undefined)),
                       ['measure:t1', 'mark:t1']);

// Types and names are converted to strings; unknown or unbuffered types
// give nothing.
assert.deepStrictEqual(performance.getEntriesByName('t1', null), []);
assert.strictEqual(performance.getEntriesByType({ toString: () => 'mark' }).length, 3);
assert.strictEqual(performance.getEntriesByName({ toString: () => 't2' }).length, 1);
for (const type of ['bogus', 'function', 'gc', 'node', 'resource']) {
  assert.deepStrictEqual(performance.getEntriesByType(type), []);
}

assert.throws(() => performance.getEntriesByName(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "name" argument must be specified',
});
assert.throws(() => performance.getEntriesByType(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" argument must be specified',
});
assert.throws(() => performance.getEntriesByType(Symbol('s')), TypeError);
