'use strict';
// A UTF-8 character split across writes is held back until complete and
// emitted whole, whatever the split points.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const text = 'aé€😀z';
const bytes = Buffer.from(text);
for (let i = 0; i <= bytes.length; i++) {
  for (let j = i; j <= bytes.length; j++) {
    const d = new StringDecoder('utf8');
    const out = d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i, j)) +
      d.write(bytes.subarray(j)) + d.end();
    assert.strictEqual(out, text, `split at ${i},${j}`);
  }
}

const d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xe2, 0x82])), '');
assert.strictEqual(d.write(Buffer.from([0xac])), '€');
assert.strictEqual(d.write(Buffer.from([0xf0, 0x9f])), '');
assert.strictEqual(d.write(Buffer.from([0x98])), '');
assert.strictEqual(d.write(Buffer.from([0x80, 0x41])), '😀A');
