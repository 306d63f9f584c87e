'use strict';
// umask() reads, umask(mask) sets and returns the old one; masks may be
// octal strings; bad masks are rejected.
require('../common');
const assert = require('assert');

const old = process.umask(0o027);
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask('0022'), 0o027);
assert.strictEqual(process.umask(), 0o022);
process.umask(old);
assert.throws(() => process.umask('abc'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => process.umask({}), { code: 'ERR_INVALID_ARG_TYPE' });
