'use strict';
// DOMException: name/message/code, legacy constants, options with cause.
require('../common');
const assert = require('assert');

const e = new DOMException('msg', 'NotFoundError');
assert.strictEqual(e.name, 'NotFoundError');
assert.strictEqual(e.message, 'msg');
assert.strictEqual(e.code, 8);
assert.strictEqual(String(e), 'NotFoundError: msg');
assert.ok(e instanceof Error);
assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');

const plain = new DOMException();
assert.strictEqual(plain.name, 'Error');
assert.strictEqual(plain.message, '');
assert.strictEqual(plain.code, 0);

const withCause = new DOMException('m', { name: 'TimeoutError', cause: 'c' });
assert.strictEqual(withCause.name, 'TimeoutError');
assert.strictEqual(withCause.code, 23);
assert.strictEqual(withCause.cause, 'c');
assert.strictEqual('cause' in new DOMException('m', { name: 'X' }), false);

// Names removed from WebIDL keep their constant but report code 0.
assert.strictEqual(new DOMException('', 'ValidationError').code, 0);
assert.strictEqual(DOMException.VALIDATION_ERR, 16);
assert.strictEqual(DOMException.prototype.DATA_CLONE_ERR, 25);
assert.strictEqual(DOMException.INDEX_SIZE_ERR, 1);
assert.strictEqual(Object.keys(DOMException).length, 25);

assert.throws(() => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of DOMException',
});
