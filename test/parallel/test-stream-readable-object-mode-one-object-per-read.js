'use strict';
// In object mode read() returns one pushed value at a time, whatever n is;
// falsy values other than null are data.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
const values = [{ a: 1 }, 0, '', false, undefined, 'str'];
for (const v of values) r.push(v);
assert.strictEqual(r.readableLength, 6);
assert.deepStrictEqual(r.read(100), { a: 1 });
assert.strictEqual(r.read(1), 0);
assert.strictEqual(r.read(), '');
assert.strictEqual(r.read(), false);
assert.strictEqual(r.read(), undefined);
assert.strictEqual(r.readableLength, 1);
assert.strictEqual(r.read(), 'str');
assert.strictEqual(r.read(), null);
assert.strictEqual(r.readableObjectMode, true);
