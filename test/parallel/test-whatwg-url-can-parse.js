'use strict';
// URL.canParse and URL.parse (null on failure, never throws for bad URLs).
require('../common');
const assert = require('assert');

assert.strictEqual(URL.canParse('http://x'), true);
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://y/'), true);
assert.strictEqual(URL.canParse('x', 'bad base'), false);
assert.strictEqual(URL.canParse.length, 1);
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });

assert.strictEqual(URL.parse('x'), null);
const parsed = URL.parse('a', 'http://b/c/');
assert.ok(parsed instanceof URL);
assert.strictEqual(parsed.href, 'http://b/c/a');
assert.strictEqual(URL.parse('http://[::1'), null);
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
