'use strict';
// A package requires itself by its own name, through its "exports".
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');

const entry = require(fixtures.path('modules', 'self-ref', 'src', 'entry.js'));
assert.deepStrictEqual(entry, { util: 'self util' });
