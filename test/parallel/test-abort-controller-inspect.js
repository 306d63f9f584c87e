'use strict';
// util.inspect() of AbortController and AbortSignal.
require('../common');
const assert = require('assert');
const util = require('util');

const ac = new AbortController();
assert.strictEqual(util.inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: false }');
ac.abort();
assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: true }');
assert.strictEqual(util.inspect(ac, { depth: 0 }), 'AbortController [Object]');
assert.strictEqual(Object.prototype.toString.call(ac), '[object AbortController]');
assert.deepStrictEqual(Object.keys(AbortController.prototype), ['signal', 'abort']);
assert.deepStrictEqual(Object.keys(AbortSignal.prototype), ['aborted', 'onabort']);
