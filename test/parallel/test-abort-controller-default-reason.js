'use strict';
// The default abort reason is a DOMException named AbortError.
require('../common');
const assert = require('assert');

const ac = new AbortController();
ac.abort();
const { reason } = ac.signal;
assert.ok(reason instanceof DOMException);
assert.ok(reason instanceof Error);
assert.strictEqual(reason.name, 'AbortError');
assert.strictEqual(reason.message, 'This operation was aborted');
assert.strictEqual(reason.code, 20);
assert.strictEqual(reason.code, DOMException.ABORT_ERR);
assert.strictEqual(typeof reason.stack, 'string');
