'use strict';
// unshift() puts data back in front of the buffer.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('world');
r.unshift('hello ');
assert.strictEqual(r.readableLength, 11);
assert.strictEqual(r.read().toString(), 'hello world');

r.push('abc');
assert.strictEqual(r.read(1).toString(), 'a');
r.unshift('X');
assert.strictEqual(r.read().toString(), 'Xbc');

const o = new Readable({ objectMode: true, read() {} });
o.push(1);
o.push(2);
assert.strictEqual(o.read(), 1);
o.unshift(0);
o.unshift(-1);
assert.strictEqual(o.read(), -1);
assert.strictEqual(o.read(), 0);
assert.strictEqual(o.read(), 2);

// With an encoding, unshifted strings are converted to it.
const e = new Readable({ read() {}, encoding: 'hex' });
e.push('q');
e.unshift('z', 'latin1');
assert.strictEqual(e.read(), '7a71');
