'use strict';
// AbortSignal.abort(reason) returns an already aborted signal.
require('../common');
const assert = require('assert');

const signal = AbortSignal.abort();
assert.ok(signal instanceof AbortSignal);
assert.ok(signal instanceof EventTarget);
assert.strictEqual(signal.aborted, true);
assert.strictEqual(signal.reason.name, 'AbortError');
assert.strictEqual(AbortSignal.abort('why').reason, 'why');
assert.strictEqual(Object.prototype.toString.call(signal), '[object AbortSignal]');
