'use strict';
// module.createRequire accepts an absolute path, a file URL string or URL,
// and a directory ending in '/'; anything else is ERR_INVALID_ARG_VALUE.
require('../common');
const assert = require('assert');
const { createRequire } = require('module');
const fixtures = require('../common/fixtures');

const dir = fixtures.path('modules');
assert.strictEqual(createRequire(`${dir}/x.js`)('./file.cjs'), 'cjs extension');
assert.strictEqual(createRequire(`${dir}/`)('./file.cjs'), 'cjs extension');
assert.strictEqual(createRequire(`file://${dir}/x.js`)('./file.cjs'),
                   'cjs extension');
assert.strictEqual(createRequire(new URL(`file://${dir}/x.js`))('./file.cjs'),
                   'cjs extension');
for (const bad of ['relative/path.js', 1, undefined, {}]) {
  assert.throws(() => createRequire(bad), { code: 'ERR_INVALID_ARG_VALUE' });
}
