'use strict';

// node:test (only reachable with the `node:` prefix): test/it, describe/suite,
// the hooks, the top-level mock tracker and run().

const { ObjectDefineProperty } = primordials;
const { testRunner, hook } = require('internal/test_runner/harness');
const { Suite, Test } = require('internal/test_runner/test');

const test = testRunner(Test);
const suite = testRunner(Suite);

module.exports = test;
module.exports.test = test;
module.exports.it = test;
module.exports.suite = suite;
module.exports.describe = suite;
module.exports.before = hook('before');
module.exports.after = hook('after');
module.exports.beforeEach = hook('beforeEach');
module.exports.afterEach = hook('afterEach');
module.exports.run = function run(options) {
  return require('internal/test_runner/runner').run(options);
};

let mock;
ObjectDefineProperty(module.exports, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      mock = new MockTracker();
    }
    return mock;
  },
});
