'use strict';
// Buffers at the limits (about 4.5 GiB of memory): a string longer than
// kStringMaxLength throws ERR_STRING_TOO_LONG, a kMaxLength buffer works,
// and search results past 2 GiB are truncated to int32 as in node.
require('../common');
const assert = require('assert');
const { Buffer, constants } = require('buffer');

const tooLong = Buffer.alloc(constants.MAX_STRING_LENGTH + 1, 0x61);
for (const encoding of ['utf8', 'latin1', 'ascii', 'hex', 'base64']) {
  assert.throws(() => tooLong.toString(encoding), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.code, 'ERR_STRING_TOO_LONG');
    assert.strictEqual(err.message,
                       'Cannot create a string longer than 0x1fffffe8 characters');
    return true;
  }, encoding);
}
assert.strictEqual(tooLong.toString('latin1', 1).length, constants.MAX_STRING_LENGTH);

const max = Buffer.alloc(constants.MAX_LENGTH);
assert.strictEqual(max.length, 2 ** 32);
max[2 ** 32 - 1] = 7;
max[2 ** 31] = 8;
assert.strictEqual(max.readUInt8(2 ** 32 - 1), 7);
assert.strictEqual(max.subarray(2 ** 32 - 3).toString('hex'), '000007');
assert.strictEqual(max.indexOf(7), -1);
assert.strictEqual(max.indexOf(8), -(2 ** 31));
assert.strictEqual(max.indexOf(Buffer.from([8])), -(2 ** 31));
assert.throws(() => Buffer.alloc(constants.MAX_LENGTH + 1), { code: 'ERR_OUT_OF_RANGE' });
