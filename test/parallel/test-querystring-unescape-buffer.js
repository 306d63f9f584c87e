'use strict';
// querystring.unescapeBuffer decodes escapes to bytes and keeps the low
// byte of every other char.
require('../common');
const assert = require('assert');
const qs = require('querystring');

assert.ok(Buffer.isBuffer(qs.unescapeBuffer('a')));
assert.deepStrictEqual([...qs.unescapeBuffer('%41%e9+x')], [0x41, 0xe9, 0x2b, 0x78]);
assert.deepStrictEqual([...qs.unescapeBuffer('%41+x', true)], [0x41, 0x20, 0x78]);
assert.deepStrictEqual([...qs.unescapeBuffer('%4%zz%')], [0x25, 0x34, 0x25, 0x7a, 0x7a, 0x25]);
assert.deepStrictEqual([...qs.unescapeBuffer('é\u0141')], [0xe9, 0x41]);
