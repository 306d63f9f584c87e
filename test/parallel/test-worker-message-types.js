'use strict';
// Values sent to a worker and echoed back are structured clones: primitives,
// plain objects, arrays, Map, Set, Date, RegExp, Error (with cause), typed
// arrays, Buffer (arrives as Uint8Array), BigInt, nested and circular values.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    if (m === 'end') return parentPort.close();
    parentPort.postMessage(m);
  });
`, { eval: true });

const circular = { name: 'root', list: [] };
circular.self = circular;
circular.list.push(circular, { up: circular });

const errWithCause = new RangeError('outer', { cause: new TypeError('inner') });

const buf = Buffer.from('hello');
const shared = { s: 'x' };
const values = [
  undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -Infinity,
  '', 'string with ünïcödé ✓',
  123n, -(2n ** 100n),
  { a: 1, b: 'two', c: [3], d: { e: null } },
  [1, , 3], // Holes are preserved.
  new Map([[1, 'one'], ['k', { v: [1] }]]),
  new Set([1, 'a', 3n]),
  new Date(1700000000000),
  /ab+c/gi,
  new Uint8Array([1, 2, 255]),
  new Int32Array([-1, 2, -3]),
  new Float64Array([1.5, NaN, -0]),
  new BigInt64Array([-5n, 7n]),
  new DataView(new ArrayBuffer(4)),
  new ArrayBuffer(8),
  { nested: [new Map([['m', new Set([[{ deep: 1 }]])]])] },
  [shared, shared],
  new Number(3), new String('boxed'), new Boolean(false),
];

let i = 0;
w.on('message', common.mustCall((got) => {
  const sent = values[i];
  assert.deepStrictEqual(got, sent, `value #${i}`);
  if (typeof sent === 'object' && sent !== null) {
    assert.notStrictEqual(got, sent);
    assert.strictEqual(Object.getPrototypeOf(got), Object.getPrototypeOf(sent));
  }
  i++;
  if (i === values.length) specials();
}, values.length));

for (const v of values) w.postMessage(v);

function specials() {
  const checks = [];
  const expect = (value, check) => checks.push([value, check]);

  // -0 and NaN (deepStrictEqual already uses Object.is, check explicitly).
  expect(-0, (v) => assert.ok(Object.is(v, -0)));
  // Identity inside one message is kept.
  expect([shared, shared], (v) => assert.strictEqual(v[0], v[1]));
  // Circular references are rebuilt.
  expect(circular, (v) => {
    assert.strictEqual(v.self, v);
    assert.strictEqual(v.list[0], v);
    assert.strictEqual(v.list[1].up, v);
    assert.strictEqual(v.name, 'root');
  });
  // A Buffer arrives as a plain Uint8Array with the same bytes.
  expect(buf, (v) => {
    assert.strictEqual(Object.getPrototypeOf(v), Uint8Array.prototype);
    assert.strictEqual(Buffer.isBuffer(v), false);
    assert.deepStrictEqual([...v], [...buf]);
  });
  // A typed array view on part of a buffer keeps its offset and length.
  expect(new Uint16Array(new ArrayBuffer(16), 4, 3), (v) => {
    assert.strictEqual(v.byteOffset, 4);
    assert.strictEqual(v.length, 3);
    assert.strictEqual(v.buffer.byteLength, 16);
  });
  // Errors keep class, message, stack and cause.
  expect(errWithCause, (v) => {
    assert.ok(v instanceof RangeError);
    assert.strictEqual(v.name, 'RangeError');
    assert.strictEqual(v.message, 'outer');
    assert.strictEqual(v.stack, errWithCause.stack);
    assert.ok(v.cause instanceof TypeError);
    assert.strictEqual(v.cause.message, 'inner');
  });
  // Own properties other than message/stack/cause are not cloned.
  expect(Object.assign(new Error('props'), { code: 'E_X' }), (v) => {
    assert.strictEqual(v.code, undefined);
    assert.strictEqual(v.message, 'props');
  });
  // Class instances become plain objects (own enumerable props only).
  class Point { constructor() { this.x = 1; } get y() { return 2; } }
  expect(new Point(), (v) => {
    assert.strictEqual(Object.getPrototypeOf(v), Object.prototype);
    assert.deepStrictEqual(v, { x: 1 });
  });
  // RegExp flags and lastIndex.
  expect(/x/y, (v) => {
    assert.strictEqual(v.flags, 'y');
    assert.strictEqual(v.source, 'x');
  });
  // Non-index array properties are kept, symbols keys and getters dropped.
  const arr = [1, 2];
  arr.extra = 'e';
  expect(arr, (v) => assert.strictEqual(v.extra, 'e'));
  expect({ [Symbol('s')]: 1, k: 2 }, (v) => assert.deepStrictEqual(v, { k: 2 }));

  let j = 0;
  w.removeAllListeners('message');
  w.on('message', common.mustCall((got) => {
    checks[j][1](got);
    if (++j === checks.length) w.postMessage('end');
  }, checks.length));
  for (const [value] of checks) w.postMessage(value);
}

w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
