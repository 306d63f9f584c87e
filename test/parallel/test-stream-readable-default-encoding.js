'use strict';
// defaultEncoding applies to strings pushed without an encoding; an
// unknown one throws ERR_UNKNOWN_ENCODING from the constructor.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {}, defaultEncoding: 'hex' });
r.push('4142');
assert.strictEqual(r.read().toString(), 'AB');
assert.strictEqual(r._readableState.defaultEncoding, 'hex');

for (const options of [{ defaultEncoding: 'nope' }, { encoding: 'nope' }]) {
  assert.throws(() => new Readable(options), {
    code: 'ERR_UNKNOWN_ENCODING',
    name: 'TypeError',
    message: 'Unknown encoding: nope',
  });
}
assert.throws(() => new Readable({ read() {} }).push('x', 'nope'), {
  code: 'ERR_UNKNOWN_ENCODING',
});
