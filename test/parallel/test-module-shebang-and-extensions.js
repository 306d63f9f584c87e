'use strict';
// A shebang line is ignored and keeps line numbers; .cjs files load as
// CommonJS.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');

const { line } = require(fixtures.path('modules', 'shebang.js'));
assert.match(line, /shebang\.js:2:/);
assert.strictEqual(require(fixtures.path('modules', 'file.cjs')),
                   'cjs extension');
// .cjs is not one of the extensions tried for an extensionless request.
assert.throws(() => require(fixtures.path('modules', 'file')),
              { code: 'MODULE_NOT_FOUND' });
