'use strict';
// performance.mark() and new PerformanceMark() validate as node 20 does.
require('../common');
const assert = require('assert');
const { PerformanceMark } = require('perf_hooks');

for (const create of [(...args) => performance.mark(...args),
                      (...args) => new PerformanceMark(...args)]) {
  assert.throws(() => create(), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "name" argument must be specified',
  });
  // The names of nodeTiming's milestones are reserved.
  for (const name of ['nodeStart', 'v8Start', 'environment', 'loopStart',
    'loopExit', 'bootstrapComplete']) {
    assert.throws(() => create(name, 1), {
      code: 'ERR_INVALID_ARG_VALUE',
      name: 'TypeError',
      message: `The argument 'name' is invalid. Received '${name}'`,
    });
  }
  assert.throws(() => create(Symbol('s')), TypeError);
  assert.throws(() => create('a', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. ' +
      'Received type number (1)',
  });
  assert.throws(() => create('a', []), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. ' +
      'Received an instance of Array',
  });
  assert.throws(() => create('a', { startTime: '1' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "startTime" argument must be of type number. ' +
      "Received type string ('1')",
  });
  assert.throws(() => create('a', { startTime: 1n }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  assert.throws(() => create('a', { startTime: -1 }), {
    code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
    name: 'TypeError',
    message: '-1 is not a valid timestamp',
  });
  assert.throws(() => create('a', { startTime: -Infinity }), {
    code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
    message: '-Infinity is not a valid timestamp',
  });
  // The startTime is checked before the detail is cloned.
  assert.throws(() => create('a', { startTime: -1, detail: () => {} }), {
    code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
  });
  assert.throws(() => create('a', { detail: () => {} }), {
    name: 'DataCloneError',
    code: 25,
  });
  assert.throws(() => create('a', { detail: Symbol('s') }), {
    name: 'DataCloneError',
  });
}
assert.throws(() => PerformanceMark('a'), TypeError);
assert.deepStrictEqual(performance.getEntries(), []);
