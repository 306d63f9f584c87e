'use strict';
// assert.throws(fn, /re/) tests String(error).
require('../common');
const assert = require('assert');

assert.throws(() => { throw new Error('foo bar'); }, /^Error: foo/);
assert.throws(() => { throw 'plain'; }, /plain/);
assert.throws(() => assert.throws(() => { throw new Error('foo'); }, /bar/), {
  code: 'ERR_ASSERTION',
  operator: 'throws',
  message: 'The input did not match the regular expression /bar/. ' +
    "Input:\n\n'Error: foo'\n",
});
