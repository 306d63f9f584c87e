'use strict';
// Bad encodings are ERR_UNKNOWN_ENCODING, bad input ERR_INVALID_ARG_TYPE,
// a write() on something that is not a decoder ERR_INVALID_THIS.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

for (const [enc, shown] of [['utf9', 'utf9'], ['buffer', 'buffer'],
                             [1, '1'], [{}, '{}']]) {
  assert.throws(() => new StringDecoder(enc), {
    code: 'ERR_UNKNOWN_ENCODING',
    name: 'TypeError',
    message: `Unknown encoding: ${shown}`,
  });
}

const d = new StringDecoder();
for (const [value, received] of [
  [1, 'type number (1)'],
  [null, 'null'],
  [{}, 'an instance of Object'],
  [[1], 'an instance of Array'],
]) {
  assert.throws(() => d.write(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "buf" argument must be an instance of Buffer, TypedArray, ' +
             `or DataView. Received ${received}`,
  });
}
assert.throws(() => d.end(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => StringDecoder.prototype.write.call({}, Buffer.from('a')), {
  code: 'ERR_INVALID_THIS',
  name: 'TypeError',
  message: 'Value of "this" must be of type StringDecoder',
});
// It is a plain function: without new there is no `this`.
assert.throws(() => StringDecoder('utf8'), TypeError);
