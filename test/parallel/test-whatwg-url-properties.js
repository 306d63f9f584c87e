'use strict';
// The shape of URL and URLSearchParams: enumerable accessors and methods,
// toStringTag, statics, and brand checks on the receiver.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(Object.keys(URL.prototype), [
  'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
assert.deepStrictEqual(Object.keys(URLSearchParams.prototype), [
  'size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString',
]);
assert.deepStrictEqual(Object.keys(URL), ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
assert.strictEqual(URL.length, 1);
assert.strictEqual(Object.prototype.toString.call(new URL('http://x')), '[object URL]');
assert.strictEqual(Object.prototype.toString.call(new URLSearchParams()), '[object URLSearchParams]');
const desc = Object.getOwnPropertyDescriptor(URL.prototype, 'origin');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, 'searchParams').set, undefined);
assert.throws(() => URL.prototype.toString.call({}), TypeError);
assert.throws(() => desc.get.call({}), TypeError);
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => URL.createObjectURL('x'), { code: 'ERR_INVALID_ARG_TYPE', message: /"obj"/ });
// origin per scheme.
assert.strictEqual(new URL('https://a:443/').origin, 'https://a');
assert.strictEqual(new URL('ws://a:81/').origin, 'ws://a:81');
assert.strictEqual(new URL('file:///x').origin, 'null');
assert.strictEqual(new URL('sc://a/').origin, 'null');
assert.strictEqual(new URL('blob:https://a:1/b').origin, 'https://a:1');
assert.strictEqual(new URL('blob:ftp://a/').origin, 'null');
