'use strict';

// node:test/reporters: the built-in reporters, for run() pipelines and
// custom reporter modules.

const { ObjectDefineProperties } = primordials;

function lazy(id, name) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return require(id)[name];
    },
  };
}

ObjectDefineProperties(module.exports, {
  dot: lazy('internal/test_runner/reporter/dot', 'dot'),
  spec: lazy('internal/test_runner/reporter/spec', 'SpecReporter'),
  tap: lazy('internal/test_runner/reporter/tap', 'tap'),
});
