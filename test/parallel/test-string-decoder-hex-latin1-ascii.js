'use strict';
// hex, latin1 and ascii decode every byte at once; ascii drops the high
// bit, as Buffer's ascii decoding does.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const bytes = Buffer.from([0x41, 0xe9, 0xff]);
assert.strictEqual(new StringDecoder('hex').write(bytes), '41e9ff');
assert.strictEqual(new StringDecoder('latin1').write(bytes), 'Aéÿ');
assert.strictEqual(new StringDecoder('binary').write(bytes), 'Aéÿ');
assert.strictEqual(new StringDecoder('ascii').write(bytes), 'Ai\x7f');
const h = new StringDecoder('hex');
assert.strictEqual(h.end(bytes), '41e9ff');
assert.strictEqual(h.lastNeed, 0);
