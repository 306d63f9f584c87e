'use strict';
// base64 and base64url encode complete 3-byte groups at once and the rest,
// padded (base64) or not (base64url), at end().
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('base64');
assert.strictEqual(d.write(Buffer.from('ab')), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(Buffer.from('cde')), 'YWJj');
assert.strictEqual(d.end(), 'ZGU=');

const u = new StringDecoder('base64url');
assert.strictEqual(u.write(Buffer.from([0xfb, 0xff])), '');
assert.strictEqual(u.write(Buffer.from([0xbf, 0xfe])), '-_-_');
assert.strictEqual(u.end(), '_g');
