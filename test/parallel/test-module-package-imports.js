'use strict';
// package.json "imports": '#name' specifiers, conditions, patterns and a
// mapping to another package; an undefined one is
// ERR_PACKAGE_IMPORT_NOT_DEFINED.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');

const dir = fixtures.path('modules', 'imports-pkg');
assert.deepStrictEqual(require(`${dir}/lib/main.js`), {
  dep: 'dep', conditional: 'req', ext: 'req', bare: 'pkg-index',
});
assert.throws(() => require(`${dir}/lib/missing.js`), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  name: 'TypeError',
});
