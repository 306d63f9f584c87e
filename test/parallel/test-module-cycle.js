'use strict';
// A require cycle returns the partial exports of the module still loading.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');

const a = require(fixtures.path('modules', 'cycle', 'a.js'));
assert.deepStrictEqual(a, {
  name: 'a',
  fromB: { name: 'a', done: false },
  done: true,
});
