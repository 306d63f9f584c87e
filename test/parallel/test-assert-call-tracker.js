'use strict';
// assert.CallTracker (deprecated, DEP0173) counts calls of wrapped functions.
const common = require('../common');
const assert = require('assert');

common.expectWarning('DeprecationWarning', 'assert.CallTracker is deprecated.',
                     'DEP0173');
const tracker = new assert.CallTracker();
function add(a, b) { return a + b; }
const tracked = tracker.calls(add, 2);
assert.strictEqual(tracked(1, 2), 3);
assert.deepStrictEqual(tracker.getCalls(tracked), [{ thisArg: undefined, arguments: [1, 2] }]);
const report = tracker.report();
assert.strictEqual(report.length, 1);
assert.strictEqual(report[0].message,
                   'Expected the add function to be executed 2 time(s) but was executed 1 time(s).');
assert.throws(() => tracker.verify(), {
  code: 'ERR_ASSERTION',
  message: 'Expected the add function to be executed 2 time(s) but was executed 1 time(s).',
});
tracked(3, 4);
tracker.verify();
tracker.reset(tracked);
assert.deepStrictEqual(tracker.getCalls(tracked), []);
assert.throws(() => tracker.getCalls(add), {
  code: 'ERR_INVALID_ARG_VALUE',
});
