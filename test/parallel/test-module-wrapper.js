'use strict';
// The CommonJS wrapper: five arguments, `this` is module.exports,
// __filename/__dirname; Module.wrap and Module.wrapper show it.
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');
const fixtures = require('../common/fixtures');

const file = fixtures.path('modules', 'wrapper-info.js');
assert.deepStrictEqual(require(file), {
  filename: file,
  dirname: path.dirname(file),
  thisIsExports: true,
  args: 5,
});
assert.strictEqual(Module.wrap('x'),
                   '(function (exports, require, module, __filename, ' +
                   '__dirname) { x\n});');
assert.deepStrictEqual(Module.wrapper, [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
]);
