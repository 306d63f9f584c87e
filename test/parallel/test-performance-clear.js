'use strict';
// clearMarks() and clearMeasures() empty the timeline, or drop one name;
// a cleared mark can no longer start a measure.
require('../common');
const assert = require('assert');

performance.mark('a', { startTime: 1 });
performance.mark('a', { startTime: 2 });
performance.mark('b', { startTime: 3 });
performance.measure('m', 'a', 'b');
performance.measure('n', 'a', 'b');

performance.clearMarks('a');
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name),
                       ['b']);
assert.throws(() => performance.measure('x', 'a'), { name: 'SyntaxError' });
// null is the name 'null', not "all".
performance.clearMarks(null);
assert.strictEqual(performance.getEntriesByType('mark').length, 1);

performance.clearMeasures('m');
assert.deepStrictEqual(
  performance.getEntriesByType('measure').map((e) => e.name), ['n']);
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntriesByType('measure'), []);

performance.clearMarks();
assert.deepStrictEqual(performance.getEntries(), []);
assert.throws(() => performance.measure('x', 'b'), {
  name: 'SyntaxError',
  message: 'The "b" performance mark has not been set',
});

assert.throws(() => performance.clearMarks(Symbol('s')), TypeError);
assert.throws(() => performance.clearMeasures(Symbol('s')), TypeError);
assert.throws(() => performance.clearResourceTimings(Symbol('s')), TypeError);
assert.strictEqual(performance.clearMarks(), undefined);
