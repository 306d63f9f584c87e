'use strict';
// mock.fn / mock.method / mock.getter / mock.setter record calls and restore.
require('../common');
const assert = require('assert');
const { mock, test } = require('node:test');

test('mock.fn records calls', () => {
  const sum = mock.fn(function sum(a, b) { return a + b; });
  assert.strictEqual(sum.name, 'sum');
  assert.strictEqual(sum.length, 2);
  assert.strictEqual(sum.call('ctx', 1, 2), 3);
  assert.strictEqual(sum.mock.callCount(), 1);
  const call = sum.mock.calls[0];
  assert.deepStrictEqual(Object.keys(call),
                         ['arguments', 'error', 'result', 'stack', 'target', 'this']);
  assert.deepStrictEqual(call.arguments, [1, 2]);
  assert.strictEqual(call.result, 3);
  assert.strictEqual(call.error, undefined);
  assert.strictEqual(call.this, 'ctx');
  assert.strictEqual(call.target, undefined);
  assert.ok(call.stack instanceof Error);

  const thrower = mock.fn(() => { throw new Error('boom'); });
  assert.throws(() => thrower(), /boom/);
  assert.strictEqual(thrower.mock.calls[0].error.message, 'boom');
  assert.strictEqual(thrower.mock.calls[0].result, undefined);

  sum.mock.resetCalls();
  assert.strictEqual(sum.mock.callCount(), 0);
});

test('implementations', () => {
  const fn = mock.fn(() => 'original', () => 'impl', { times: 2 });
  assert.deepStrictEqual([fn(), fn(), fn()], ['impl', 'impl', 'original']);
  fn.mock.mockImplementation(() => 'new');
  fn.mock.mockImplementationOnce(() => 'once');
  assert.deepStrictEqual([fn(), fn()], ['once', 'new']);
  fn.mock.mockImplementationOnce(() => 'later', fn.mock.callCount() + 1);
  assert.deepStrictEqual([fn(), fn(), fn()], ['new', 'later', 'new']);
  fn.mock.restore();
  assert.strictEqual(fn(), 'original');
});

test('constructors', () => {
  class Point {
    constructor(x) { this.x = x; }
  }
  const P = mock.fn(Point);
  const p = new P(3);
  assert.ok(p instanceof Point);
  assert.strictEqual(P.mock.calls[0].target, Point);
  assert.strictEqual(P.mock.calls[0].this, p);
  assert.strictEqual(P.mock.calls[0].result, p);
});

test('methods, getters and setters', (t) => {
  const obj = {
    value: 1,
    get doubled() { return this.value * 2; },
    set half(v) { this.value = v / 2; },
    add(n) { return this.value + n; },
  };
  const add = t.mock.method(obj, 'add', function(n) { return n * 100; });
  assert.strictEqual(obj.add(2), 200);
  assert.strictEqual(add.mock.calls[0].this, obj);
  const getter = t.mock.getter(obj, 'doubled', () => 42);
  assert.strictEqual(obj.doubled, 42);
  assert.strictEqual(getter.mock.callCount(), 1);
  const setter = t.mock.setter(obj, 'half', function(v) { this.value = v; });
  obj.half = 10;
  assert.strictEqual(obj.value, 10);
  assert.strictEqual(setter.mock.calls[0].arguments[0], 10);
  t.mock.restoreAll();
  assert.strictEqual(obj.add(2), 12);
  assert.strictEqual(obj.doubled, 20);

  // An inherited method is mocked on the object and restored there.
  class Base { static hello() { return 'base'; } }
  class Derived extends Base {}
  t.mock.method(Derived, 'hello', () => 'mocked');
  assert.strictEqual(Derived.hello(), 'mocked');
  assert.strictEqual(Base.hello(), 'base');
  Derived.hello.mock.restore();
  assert.strictEqual(Derived.hello(), 'base');
  assert.ok(Object.getOwnPropertyDescriptor(Derived, 'hello'));
});

test('a test\'s mocks are restored when it ends', async (t) => {
  const obj = { f() { return 'real'; } };
  await t.test('inner', (t) => {
    t.mock.method(obj, 'f', () => 'fake');
    assert.strictEqual(obj.f(), 'fake');
  });
  assert.strictEqual(obj.f(), 'real');
});

test('bad arguments', () => {
  assert.throws(() => mock.fn(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.fn(() => {}, { times: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => mock.method(null, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.method({}, 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.method({ x: 1 }, 'x'), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'methodName' must be a method. Received 1",
  });
  assert.throws(() => mock.method({ f() {} }, 'f', { getter: true, setter: true }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => mock.getter({}, 'x', { getter: false }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  const fn = mock.fn();
  assert.throws(() => fn.mock.mockImplementation(1), { code: 'ERR_INVALID_ARG_TYPE' });
  fn();
  assert.throws(() => fn.mock.mockImplementationOnce(() => {}, 0),
                { code: 'ERR_OUT_OF_RANGE' });
});
