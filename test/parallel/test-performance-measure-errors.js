'use strict';
// performance.measure() argument errors, as node 20 throws them.
require('../common');
const assert = require('assert');

performance.mark('a', { startTime: 1 });

assert.throws(() => performance.measure(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "name" argument must be specified',
});
assert.throws(() => performance.measure(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. ' +
    'Received type number (1)',
});
assert.throws(() => performance.measure(undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
});

assert.throws(() => performance.measure('m', { start: 'a' }, 'a'), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  name: 'TypeError',
  message: 'endMark must not be specified',
});
assert.throws(() => performance.measure('m', { end: 5 }, 'a'), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'endMark must not be specified',
});
assert.throws(() => performance.measure('m', { start: 1, end: 3, duration: 1 }), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration ' +
    'specified',
});
// null counts as specified.
assert.throws(() => performance.measure('m', { start: 1, end: 3, duration: null }),
              { code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS' });

for (const options of [{ start: -1 }, { end: -1 }, { start: 1, duration: -1 }]) {
  assert.throws(() => performance.measure('m', options), {
    code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
    name: 'TypeError',
    message: '-1 is not a valid timestamp',
  });
}
assert.throws(() => performance.measure('m', 'a', -2), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
  message: '-2 is not a valid timestamp',
});

// Unknown marks are a DOMException SyntaxError; the end is resolved first,
// and non-numbers are looked up by their string.
function unknownMark(name) {
  return {
    name: 'SyntaxError',
    code: 12,
    message: `The "${name}" performance mark has not been set`,
  };
}
assert.throws(() => performance.measure('m', 'nope'), unknownMark('nope'));
assert.throws(() => performance.measure('m', 'nope1', 'nope2'),
              unknownMark('nope2'));
assert.throws(() => performance.measure('m', { start: 'x', end: 'y' }),
              unknownMark('y'));
assert.throws(() => performance.measure('m', { start: true }),
              unknownMark('true'));
assert.throws(() => performance.measure('m', 'a', null), unknownMark('null'));
assert.throws(() => performance.measure('m', { start: 1, duration: 'd' }),
              unknownMark('d'));
assert.throws(() => performance.measure('m', 'idleTime'),
              unknownMark('idleTime'));
assert.throws(() => performance.measure('m', 'nope'), (error) => {
  assert.ok(error instanceof DOMException);
  return true;
});

assert.throws(() => performance.measure('m', { start: 1, detail: () => {} }), {
  name: 'DataCloneError',
});
assert.deepStrictEqual(performance.getEntriesByType('measure'), []);
