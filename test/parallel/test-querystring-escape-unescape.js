'use strict';
// querystring.escape (UTF-8 percent-encoding, ERR_INVALID_URI on a lone
// surrogate at the end) and unescape (decodeURIComponent, falling back to
// byte decoding).
require('../common');
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(qs.escape("A-z_0.9!~*'() "), "A-z_0.9!~*'()%20");
assert.strictEqual(qs.escape('é😀'), '%C3%A9%F0%9F%98%80');
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({ toString() { return 'a b'; } }), 'a%20b');
assert.throws(() => qs.escape('a\ud800'), {
  code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed',
});
assert.strictEqual(qs.unescape('a%20b'), 'a b');
assert.strictEqual(qs.unescape('a+b'), 'a+b');
assert.strictEqual(qs.unescape('a+b%', true), 'a b%');
assert.strictEqual(qs.unescape('%E9'), '\ufffd');
assert.strictEqual(qs.unescape('%zz%41'), '%zzA');
