'use strict';
// The encoding is normalized like Buffer's: aliases and any letter case;
// no encoding means utf8.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

for (const [given, expected] of [
  [undefined, 'utf8'], [null, 'utf8'], ['', 'utf8'], ['utf-8', 'utf8'],
  ['UTF8', 'utf8'], ['ucs2', 'utf16le'], ['UCS-2', 'utf16le'],
  ['utf-16le', 'utf16le'], ['binary', 'latin1'], ['BASE64', 'base64'],
  ['base64url', 'base64url'], ['Hex', 'hex'], ['ascii', 'ascii'],
]) {
  assert.strictEqual(new StringDecoder(given).encoding, expected, String(given));
}
