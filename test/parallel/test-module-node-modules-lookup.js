'use strict';
// Bare requests search node_modules directories from the requiring file up
// to the root: package.json "main", index.js, scoped packages, and the
// nearest package wins.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');

const dir = fixtures.path('modules');
assert.strictEqual(require(`${dir}/node_modules/pkg-main`), 'pkg-main top');
const { createRequire } = require('module');
const req = createRequire(`${dir}/x.js`);
assert.strictEqual(req('pkg-main'), 'pkg-main top');
assert.strictEqual(req('pkg-index'), 'pkg-index');
assert.strictEqual(req('@scope/pkg'), 'scoped');
assert.strictEqual(require(`${dir}/nested/deeper/use.js`), 'pkg-main nested');
assert.strictEqual(req('./dir-main'), 'dir main');
assert.strictEqual(req.resolve('pkg-main'),
                   `${dir}/node_modules/pkg-main/lib/entry.js`);
