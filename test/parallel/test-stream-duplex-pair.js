'use strict';
// duplexPair() returns two Duplexes joined back to back: what is written to
// one is read from the other, and ending one ends the other's readable side.
const common = require('../common');
const assert = require('assert');
const { duplexPair, Duplex } = require('stream');

const [a, b] = duplexPair();
assert.ok(a instanceof Duplex);
assert.ok(b instanceof Duplex);
b.on('data', common.mustCall((chunk) => assert.strictEqual(chunk.toString(), 'to b')));
a.on('data', common.mustCall((chunk) => assert.strictEqual(chunk.toString(), 'to a')));
a.write('to b');
b.end('to a');
a.on('end', common.mustCall());
b.on('end', common.mustCall());
a.end();
