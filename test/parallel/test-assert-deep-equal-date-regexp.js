'use strict';
// Dates compare their time; RegExps their source, flags and lastIndex.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(new Date(0), new Date(0));
assert.notDeepStrictEqual(new Date(0), new Date(1));
// Invalid dates have a NaN time, which equals nothing.
assert.notDeepStrictEqual(new Date(NaN), new Date(NaN));
assert.notDeepStrictEqual(new Date(0), {});
assert.deepStrictEqual(/a/g, /a/g);
assert.notDeepStrictEqual(/a/g, /a/i);
assert.notDeepStrictEqual(/a/, /b/);
const re = /a/g;
re.lastIndex = 3;
assert.notDeepStrictEqual(re, /a/g);
const date = new Date(0);
date.extra = 1;
assert.notDeepStrictEqual(date, new Date(0));
