'use strict';
// Once the stream has ended, read(n) with n above what is left returns the
// rest, and the next read() returns null and leads to 'end'.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('hello');
r.push(null);
assert.strictEqual(r.read(100).toString(), 'hello');
assert.strictEqual(r.read(), null);
r.on('end', common.mustCall(() => {
  assert.strictEqual(r.readableEnded, true);
}));
