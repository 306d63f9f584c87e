'use strict';
// atob / btoa of the buffer module: forgiving-base64 decoding, latin1-only
// encoding, and node 20's DOMException InvalidCharacterError on bad input.
require('../common');
const assert = require('assert');
const { atob, btoa } = require('buffer');

assert.strictEqual(btoa('hi\u00ff'), 'aGn/');
assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa(123), 'MTIz');
assert.strictEqual(btoa(undefined), 'dW5kZWZpbmVk');

assert.strictEqual(atob('aGn/'), 'hi\u00ff');
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(atob('YQ=='), 'a');
assert.strictEqual(atob(' Y Q = =\n'), 'a');
assert.strictEqual(atob('ab=\t='), 'i');
assert.strictEqual(atob('abc='), 'i\u00b7');
assert.strictEqual(atob(''), '');
assert.strictEqual(atob(null), '\u009e\u00e9e');

const invalid = (input, message = 'Invalid character') => {
  assert.throws(() => atob(input), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'InvalidCharacterError');
    assert.strictEqual(err.code, 5);
    assert.strictEqual(err.message, message);
    return true;
  });
};
invalid('ab=c');
invalid('a===');
invalid('YQ=');
invalid('abcd=');
invalid('====');
invalid('ab-_');
invalid('\u00ff');
invalid('a', 'The string to be decoded is not correctly encoded.');
invalid(undefined, 'The string to be decoded is not correctly encoded.');

assert.throws(() => btoa('\u0100'), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'InvalidCharacterError');
  assert.strictEqual(err.message, 'Invalid character');
  return true;
});
for (const fn of [atob, btoa]) {
  assert.throws(() => fn(), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "input" argument must be specified',
  });
  assert.throws(() => fn(Symbol('s')), TypeError);
}
