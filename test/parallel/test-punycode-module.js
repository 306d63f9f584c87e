'use strict';
// The deprecated punycode module (punycode.js 2.1.0's API); it does not
// warn unless --pending-deprecation is on.
require('../common');
const assert = require('assert');

process.on('warning', () => assert.fail('punycode warned without --pending-deprecation'));
const punycode = require('punycode');
assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(punycode.version, '2.1.0');
assert.strictEqual(punycode.encode('mañana'), 'maana-pta');
assert.strictEqual(punycode.decode('maana-pta'), 'mañana');
assert.strictEqual(punycode.encode('☃-⌘'), '--dqo34k');
assert.strictEqual(punycode.encode('\u{1F4A9}'), 'ls8h');
assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('user@mañana。com'), 'user@xn--maana-pta.com');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.COM'), 'mañana.COM');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
assert.deepStrictEqual(punycode.ucs2.decode('a\u{1F4A9}\ud800'), [0x61, 0x1F4A9, 0xD800]);
assert.strictEqual(punycode.ucs2.encode([0x61, 0x1F4A9]), 'a\u{1F4A9}');
assert.throws(() => punycode.decode('\u0080-'), { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' });
assert.throws(() => punycode.decode('!'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('99999999'), { name: 'RangeError', message: 'Overflow: input needs wider integers to process' });
