'use strict';
// package.json "exports": the "require"/"node"/"default" conditions,
// subpath patterns, null targets, and ERR_PACKAGE_PATH_NOT_EXPORTED for
// what is not exported.
require('../common');
const assert = require('assert');
const { createRequire } = require('module');
const fixtures = require('../common/fixtures');

const dir = fixtures.path('modules');
const req = createRequire(`${dir}/x.js`);
assert.strictEqual(req('pkg-exports'), 'exports main');
assert.strictEqual(req('pkg-exports/feature'), 'feature for node');
assert.strictEqual(req('pkg-exports/features/a'), 'feature a');
assert.strictEqual(req('pkg-exports/package.json').name, 'pkg-exports');

assert.throws(() => req('pkg-exports/dist/secret.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: "Package subpath './dist/secret.js' is not defined by " +
    `"exports" in ${dir}/node_modules/pkg-exports/package.json`,
});
assert.throws(() => req('pkg-exports/features/private/x'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
});
assert.throws(() => req('pkg-exports/features/missing'), {
  code: 'MODULE_NOT_FOUND',
});
