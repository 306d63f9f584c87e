'use strict';
// Encoding names: Buffer.isEncoding, case-insensitive aliases accepted by
// toString/write/from, and ERR_UNKNOWN_ENCODING for the rest.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const names = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'hex', 'HEX', 'base64',
               'Base64', 'base64url', 'BASE64URL', 'latin1', 'binary',
               'LATIN1', 'ascii', 'ASCII', 'ucs2', 'ucs-2', 'utf16le',
               'utf-16le', 'UTF-16LE'];
for (const name of names) {
  assert.strictEqual(Buffer.isEncoding(name), true, name);
  assert.strictEqual(typeof Buffer.from('ab', name).toString(name), 'string');
}
for (const name of ['', 'utf16', 'utf-16', 'latin-1', 'base-64', null,
                    undefined, 1, {}]) {
  assert.strictEqual(Buffer.isEncoding(name), false, String(name));
}

const buf = Buffer.from('hi');
assert.strictEqual(buf.toString({ toString() { return 'hex'; } }), '6869');
assert.throws(() => buf.toString('nope'), {
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: nope',
});
assert.throws(() => buf.toString(null), { message: 'Unknown encoding: null' });
assert.throws(() => buf.write('a', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => buf.fill('a', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => buf.indexOf('a', 0, 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => buf.fill('a', 0, 1, 3), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. ' +
    'Received type number (3)',
});
