'use strict';

// The `assert/strict` module: assert in strict mode (equal is strictEqual,
// deepEqual is deepStrictEqual, ...).

module.exports = require('assert').strict;
