'use strict';
// fork with serialization 'advanced': values JSON cannot carry (Map, Set,
// BigInt, Date, typed arrays, Buffers, undefined in objects, cycles) come
// back intact; with 'json' a Buffer arrives as { type, data }.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    process.send(message);
    process.disconnect();
  });
  return;
}

const cyclic = { name: 'loop' };
cyclic.self = cyclic;
const value = {
  map: new Map([[1, 'one']]),
  set: new Set(['a']),
  big: 2n ** 70n,
  date: new Date(86400000),
  u16: new Uint16Array([1, 65535]),
  f64: new Float64Array([0.5]),
  buf: Buffer.from('bytes'),
  undef: undefined,
  cyclic,
};
const advanced = fork(__filename, ['child'], { serialization: 'advanced' });
advanced.send(value);
advanced.on('message', common.mustCall((back) => {
  assert.deepStrictEqual(back.map, value.map);
  assert.deepStrictEqual(back.set, value.set);
  assert.strictEqual(back.big, value.big);
  assert.strictEqual(back.date.getTime(), 86400000);
  assert.ok(back.u16 instanceof Uint16Array);
  assert.deepStrictEqual([...back.u16], [1, 65535]);
  assert.ok(back.f64 instanceof Float64Array);
  assert.ok(Buffer.isBuffer(back.buf));
  assert.strictEqual(back.buf.toString(), 'bytes');
  assert.ok('undef' in back);
  assert.strictEqual(back.cyclic.self, back.cyclic);
}));

const json = fork(__filename, ['child']);
json.send({ buf: Buffer.from('ab') });
json.on('message', common.mustCall((back) => {
  assert.deepStrictEqual(back, { buf: { type: 'Buffer', data: [97, 98] } });
}));
assert.throws(() => json.send(1n), TypeError);
assert.throws(() => json.send(undefined), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => json.send(() => {}), { code: 'ERR_INVALID_ARG_TYPE' });
