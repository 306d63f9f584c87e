'use strict';
// Bad input to URL: ERR_INVALID_URL with `input` (and `base` when given),
// ERR_MISSING_ARGS without arguments.
require('../common');
const assert = require('assert');

assert.throws(() => new URL('x'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'x');
  assert.strictEqual('base' in err, false);
  // As node's C++ throws it: no [code] in the header, own code and input.
  assert.strictEqual(`${err}`, 'TypeError: Invalid URL');
  assert.match(err.stack, /^TypeError: Invalid URL\n/);
  assert.deepStrictEqual(Object.keys(err), ['code', 'input']);
  return true;
});
assert.throws(() => new URL('x', 'not a base'), {
  code: 'ERR_INVALID_URL', message: 'Invalid URL', input: 'x', base: 'not a base',
});
assert.throws(() => new URL('http://[::1'), { code: 'ERR_INVALID_URL', input: 'http://[::1' });
assert.throws(() => new URL(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "url" argument must be specified',
});
const url = new URL('http://example.com/');
assert.throws(() => { url.href = 'relative'; }, { code: 'ERR_INVALID_URL', input: 'relative' });
assert.strictEqual(url.href, 'http://example.com/');
// Arguments are converted to strings.
assert.strictEqual(new URL({ toString: () => 'http://obj/' }).href, 'http://obj/');
assert.strictEqual(new URL('/p', new URL('http://base/x')).href, 'http://base/p');
assert.throws(() => new URL(Symbol('s')), TypeError);
