'use strict';
// v8.serialize writes node 20's bytes (V8's wire format 15 plus node's
// format for Buffers and typed arrays), and v8.deserialize reads them. The
// hex strings were made by node 20. When a `node` binary is on PATH, a
// nodus run also hands bytes to node and back.
require('../common');
const assert = require('assert');
const v8 = require('v8');
const { spawnSync } = require('child_process');

const cases = [
  [{ a: 1, b: 'two', c: [3, null, undefined], d: true },
   'ff0f6f2201614902220162220374776f22016341034906305f240003220164547b04'],
  [Buffer.from('hello'), 'ff0f5c0a0568656c6c6f'],
  [new Uint8Array([1, 2, 3]), 'ff0f5c0103010203'],
  [new Int16Array([-1, 2]), 'ff0f5c0304ffff0200'],
  [new Float64Array([1.5, -0]), 'ff0f5c0810000000000000f83f0000000000000080'],
  [new DataView(new Uint8Array([9, 8, 7]).buffer), 'ff0f5c0903090807'],
  [new BigInt64Array([-5n]), 'ff0f5c0b08fbffffffffffffff'],
  [new BigUint64Array([5n]), 'ff0f5c0c080500000000000000'],
  [{ list: [Buffer.from([1]), new Uint32Array([7])] },
   'ff0f6f22046c69737441025c0a01015c0604070000002400027b01'],
  [new Map([['k', new Set([1])]]), 'ff0f3b22016b2749022c013a02'],
  [new Date(0), 'ff0f440000000000000000'],
  [/ab+c/gi, 'ff0f52220461622b6303'],
  [12345678901234567890n, 'ff0f5a10d20a1feb8ca954ab'],
  ['héllo ☃', 'ff0f630e6800e9006c006c006f0020000326'],
];

for (const [value, hex] of cases) {
  assert.strictEqual(v8.serialize(value).toString('hex'), hex);
  assert.deepStrictEqual(v8.deserialize(Buffer.from(hex, 'hex')), value);
}

// A Buffer inside a larger pooled ArrayBuffer: only its own bytes go out.
{
  const pooled = Buffer.from('xy');
  assert.ok(pooled.buffer.byteLength > 2);
  assert.strictEqual(v8.serialize(pooled).toString('hex'), 'ff0f5c0a027879');
}

// An aligned view read back shares the input's memory; an unaligned one is
// copied (node's rules). The elements start 5 bytes into the encoding.
{
  const bytes = Buffer.from('ff0f5c0608070000000800000000', 'hex');
  for (const lead of [3, 0]) {
    const input = Buffer.alloc(bytes.length + lead);
    bytes.copy(input, lead);
    const view = v8.deserialize(input.subarray(lead));
    assert.deepStrictEqual(view, new Uint32Array([7, 8]));
    assert.strictEqual(view.buffer === input.buffer, lead === 3);
    input[lead + 5] = 9;
    assert.strictEqual(view[0], lead === 3 ? 9 : 7);
  }
}

// Live round trip with the other runtime, both directions.
const other = process.versions.nodus !== undefined ? 'node' : process.execPath;
const script = `
  const v8 = require('v8');
  const value = v8.deserialize(Buffer.from(process.argv[1], 'hex'));
  value.seen = Buffer.from('ok');
  process.stdout.write(v8.serialize(value).toString('hex'));
`;
const sent = { buf: Buffer.from([1, 2, 3]), f32: new Float32Array([0.5]),
               nested: { map: new Map([[1, new Int8Array([-1])]]) } };
const child = spawnSync(other, ['-e', script, v8.serialize(sent).toString('hex')],
                        { encoding: 'utf8' });
if (child.error && child.error.code === 'ENOENT') {
  console.log(`1..0 # Skipped: no ${other} for the live round trip`);
} else {
  assert.strictEqual(child.status, 0, child.stderr);
  const back = v8.deserialize(Buffer.from(child.stdout, 'hex'));
  assert.deepStrictEqual(back, { ...sent, seen: Buffer.from('ok') });
}
