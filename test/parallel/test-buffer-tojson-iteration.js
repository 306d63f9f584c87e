'use strict';
// toJSON / JSON.stringify of Buffers, and iteration with keys, values and
// entries (inherited from Uint8Array).
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from([1, 2, 255]);
assert.deepStrictEqual(buf.toJSON(), { type: 'Buffer', data: [1, 2, 255] });
assert.strictEqual(JSON.stringify(buf), '{"type":"Buffer","data":[1,2,255]}');
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');
const revived = JSON.parse(JSON.stringify(buf),
                           (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v) : v));
assert.ok(revived.equals(buf));

assert.deepStrictEqual([...buf], [1, 2, 255]);
assert.deepStrictEqual([...buf.keys()], [0, 1, 2]);
assert.deepStrictEqual([...buf.values()], [1, 2, 255]);
assert.deepStrictEqual([...buf.entries()], [[0, 1], [1, 2], [2, 255]]);
let sum = 0;
for (const byte of buf) sum += byte;
assert.strictEqual(sum, 258);
