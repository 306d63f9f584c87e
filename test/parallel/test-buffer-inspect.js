'use strict';
// util.inspect of Buffers: `<Buffer 68 69>`, the INSPECT_MAX_BYTES cut-off
// with "... N more bytes", own properties after the bytes, subclasses, and
// the validation of INSPECT_MAX_BYTES.
require('../common');
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');
const { Buffer } = buffer;

assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(Buffer.from('xy').inspect(), '<Buffer 78 79>');
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
assert.strictEqual(util.inspect(Buffer.alloc(51)),
                   `<Buffer ${'00 '.repeat(50)}... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60)),
                   `<Buffer ${'00 '.repeat(50)}... 10 more bytes>`);

const props = Buffer.from('hello');
props.foo = 1;
props[Symbol('s')] = 2;
assert.strictEqual(util.inspect(props),
                   '<Buffer 68 65 6c 6c 6f, foo: 1, [Symbol(s)]: 2>');
const nested = Buffer.alloc(1);
nested.x = { a: { b: { c: {} } } };
assert.strictEqual(util.inspect(nested), '<Buffer 00, x: { a: { b: [Object] } }>');
assert.strictEqual(util.inspect(Object.assign(Buffer.alloc(0), { a: 1 })),
                   '<Buffer a: 1>');

class MyBuffer extends Buffer {}
const sub = Buffer.from('ab');
Object.setPrototypeOf(sub, MyBuffer.prototype);
assert.strictEqual(util.inspect(sub), '<MyBuffer 61 62>');

assert.strictEqual(util.inspect({ a: Buffer.from('ab') }, { depth: -1 }), '[Object]');
assert.strictEqual(util.inspect([Buffer.from('ab')]), '[ <Buffer 61 62> ]');
assert.strictEqual(util.inspect(Buffer.from('ab'), { customInspect: false }),
                   'Buffer(2) [Uint8Array] [ 97, 98 ]');
assert.strictEqual(util.format('%s', Buffer.from('ab')), 'ab');  // its own toString

buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
assert.strictEqual(util.inspect(Buffer.from('ab')), '<Buffer 61 62>');
buffer.INSPECT_MAX_BYTES = 0;
assert.strictEqual(util.inspect(Buffer.from('a')), '<Buffer  ... 1 more byte>');
assert.throws(() => { buffer.INSPECT_MAX_BYTES = 'x'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "INSPECT_MAX_BYTES" argument must be of type number. ' +
    "Received type string ('x')",
});
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. ' +
    'Received -1',
});
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 0);
buffer.INSPECT_MAX_BYTES = 50;
