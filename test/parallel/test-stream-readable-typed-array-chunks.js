'use strict';
// Uint8Arrays, other typed arrays and DataViews pushed to a byte stream are
// read back as Buffers over the same bytes.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push(new Uint8Array([1, 2]));
r.push(new Uint16Array([0x0403]));
r.push(new DataView(new Uint8Array([5]).buffer));
assert.strictEqual(r.readableLength, 5);
for (const chunk of r.readableBuffer) assert.ok(Buffer.isBuffer(chunk));
assert.deepStrictEqual([...r.read()], [1, 2, 3, 4, 5]);
