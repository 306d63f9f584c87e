'use strict';
// TextDecoder labels: trimming and case, the windows-1252 labels (decoded
// byte for byte, as node 20 does), unsupported labels, the constructor's
// option errors, receiver checks and inspection.
require('../common');
const assert = require('assert');
const util = require('util');
const { TextDecoder } = util;

for (const label of [' UTF8 ', 'unicode-1-1-utf-8', 'Utf-8', '\tutf8\n']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'utf-8', label);
}
for (const label of ['latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'cp1252',
                     'windows-1252', 'l1']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'windows-1252', label);
}
const latin1 = new TextDecoder('latin1');
const high = new Uint8Array([0x41, 0x80, 0x9f, 0xe9, 0xff]);
assert.strictEqual(latin1.decode(high), 'A\u0080\u009f\u00e9\u00ff');
assert.strictEqual(latin1.decode(new Uint8Array([0xef, 0xbb, 0xbf])), '\u00ef\u00bb\u00bf');
assert.throws(() => latin1.decode('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of ArrayBuffer, ' +
    'SharedArrayBuffer, or ArrayBufferView.',
});

assert.throws(() => new TextDecoder('foo'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  name: 'RangeError',
  message: 'The "foo" encoding is not supported',
});
assert.throws(() => new TextDecoder('utf-8', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
const loose = new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' });
assert.strictEqual(loose.fatal, true);
assert.strictEqual(loose.ignoreBOM, true);
assert.strictEqual(new TextDecoder('utf-8', null).fatal, false);

const invalidThis = {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type TextDecoder',
};
assert.throws(() => TextDecoder.prototype.decode.call({}), invalidThis);
assert.throws(
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}),
  invalidThis);

assert.deepStrictEqual(Object.keys(TextDecoder.prototype),
                       ['decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.strictEqual(Object.prototype.toString.call(latin1), '[object TextDecoder]');
assert.strictEqual(util.inspect(new TextDecoder('utf-16le', { fatal: true })),
                   "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }");
assert.strictEqual(util.inspect([latin1], { depth: 0 }), '[ [TextDecoder] ]');
