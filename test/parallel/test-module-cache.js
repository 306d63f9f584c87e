'use strict';
// require.cache holds loaded modules; deleting an entry makes the next
// require load the file again.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');

const file = fixtures.path('modules', 'wrapper-info.js');
const first = require(file);
assert.strictEqual(require.cache[file].exports, first);
assert.strictEqual(require(file), first);
delete require.cache[file];
const second = require(file);
assert.notStrictEqual(second, first);
assert.deepStrictEqual(second, first);
