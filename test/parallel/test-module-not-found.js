'use strict';
// A missing module: MODULE_NOT_FOUND with node's message and requireStack;
// a package whose "main" is missing falls back to index.js with DEP0128.
const common = require('../common');
const assert = require('assert');
const { createRequire } = require('module');
const fixtures = require('../common/fixtures');

assert.throws(() => require('./no-such-module'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module './no-such-module'\nRequire stack:\n- ${__filename}`,
  requireStack: [__filename],
});
assert.throws(() => require('no-such-package'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => require(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => require('node:no-such-builtin'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-builtin',
});

const dir = fixtures.path('modules');
common.expectWarning('DeprecationWarning',
                     `Invalid 'main' field in '${dir}/node_modules/bad-main/` +
                     "package.json' of 'missing.js'. Please either fix that " +
                     'or report it to the module author', 'DEP0128');
assert.strictEqual(createRequire(`${dir}/x.js`)('bad-main'), 'bad-main index');
