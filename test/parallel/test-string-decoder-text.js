'use strict';
// text(buf, offset) decodes buf from offset on, forgetting any incomplete
// character held from before.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('utf8');
d.write(Buffer.from([0xe2]));
assert.strictEqual(d.text(Buffer.from('xxhello'), 2), 'hello');
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.text(Buffer.from([0x41, 0xe2, 0x82]), 0), 'A');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.end(), '\ufffd');
