'use strict';
// setEncoding() decodes what is already buffered into one string and
// returns the stream; readableEncoding is the normalized name.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push(Buffer.from([0xe2, 0x82]));
r.push(Buffer.from([0xac, 0x41]));
assert.strictEqual(r.setEncoding('UTF-8'), r);
assert.strictEqual(r.readableEncoding, 'utf8');
assert.deepStrictEqual(r.readableBuffer, ['€A']);
assert.strictEqual(r.readableLength, 2);

const h = new Readable({ read() {} });
h.push('ab');
h.setEncoding('hex');
h.push(Buffer.from('c'));
assert.strictEqual(h.read(), '616263');

assert.throws(() => new Readable().setEncoding('nope'), {
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: nope',
});
