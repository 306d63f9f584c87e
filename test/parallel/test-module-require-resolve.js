'use strict';
// require.resolve with the `paths` option, and require.resolve.paths.
require('../common');
const assert = require('assert');
const path = require('path');
const fixtures = require('../common/fixtures');

const dir = fixtures.path('modules');
assert.strictEqual(require.resolve('pkg-index', { paths: [dir] }),
                   `${dir}/node_modules/pkg-index/index.js`);
assert.strictEqual(require.resolve('./data.json', { paths: [dir] }),
                   `${dir}/data.json`);
assert.throws(() => require.resolve('pkg-index', { paths: 'x' }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => require.resolve(1), { code: 'ERR_INVALID_ARG_TYPE' });

const lookup = require.resolve.paths('some-package');
assert.strictEqual(lookup[0], path.join(__dirname, 'node_modules'));
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
