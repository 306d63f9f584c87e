'use strict';
// base64 and base64url in Buffer: padded and unpadded output, both alphabets
// accepted by either decoder, whitespace and other characters skipped,
// decoding stopping at '='.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const b64 = (s) => Buffer.from(s, 'base64').toString('hex');

assert.strictEqual(Buffer.from('hello world').toString('base64'), 'aGVsbG8gd29ybGQ=');
assert.strictEqual(Buffer.from('hello world').toString('base64url'), 'aGVsbG8gd29ybGQ');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.alloc(0).toString('base64'), '');

assert.strictEqual(b64('-_-_'), 'fbffbf');
assert.strictEqual(Buffer.from('+/+/', 'base64url').toString('hex'), 'fbffbf');
assert.strictEqual(b64('YQ'), '61');
assert.strictEqual(b64('YQ=='), '61');
assert.strictEqual(b64('Y Q = ='), '61');
assert.strictEqual(b64('Zm9v\nYmFy\r\n'), '666f6f626172');
assert.strictEqual(b64('Y!Q@Z*A'), '610640');
assert.strictEqual(b64('YQ==YQ=='), '61');
assert.strictEqual(b64('YWJj=ZGVm'), '616263');
assert.strictEqual(b64('Y'), '');
assert.strictEqual(b64('YQ\u0100=='), '61');

assert.strictEqual(Buffer.byteLength('YQ==', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('YQ', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('aGk=', 'BASE64'), 2);
assert.strictEqual(Buffer.byteLength('aGVsbG8', 'base64url'), 5);

// write() stops when the buffer is full.
const buf = Buffer.alloc(4);
assert.strictEqual(buf.write('YWJjZGVm', 'base64'), 4);
assert.strictEqual(buf.toString(), 'abcd');
assert.strictEqual(buf.write('ZZ', 3, 'base64url'), 1);

// Round trips of long data, also with line breaks.
const bytes = Buffer.alloc(100000, 'any bytes \u00ff\u0000');
const text = bytes.toString('base64');
assert.ok(Buffer.from(text, 'base64').equals(bytes));
assert.ok(Buffer.from(text.replace(/(.{76})/g, '$1\n'), 'base64').equals(bytes));
assert.ok(Buffer.from(bytes.toString('base64url'), 'base64url').equals(bytes));
assert.ok(Buffer.from(bytes.toString('base64url'), 'base64').equals(bytes));
