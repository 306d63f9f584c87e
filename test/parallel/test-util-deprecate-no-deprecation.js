'use strict';
// util.deprecate() stays silent while process.noDeprecation is set, and
// warns on the first call after it is cleared.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (warning) => warnings.push(warning.message));

const fn = util.deprecate(() => 'result', 'fn() is deprecated', 'DEP_TEST3');
process.noDeprecation = true;
assert.strictEqual(fn(), 'result');
process.noDeprecation = false;
assert.strictEqual(fn(), 'result');
fn();

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, ['fn() is deprecated']);
}));
