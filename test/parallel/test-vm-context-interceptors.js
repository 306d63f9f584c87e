'use strict';
// A contextified object and the global of its context, case by case, as
// node behaves: declarations, assignments, deletes, accessors,
// defineProperty, `in`, enumeration, indices, symbols.
require('../common');
const assert = require('assert');
const vm = require('vm');

// Results come from the other context: compare copies made in this one.
function make(sandbox = {}) {
  vm.createContext(sandbox);
  return [sandbox, (code) => {
    const result = vm.runInContext(code, sandbox);
    return typeof result === 'object' && result !== null &&
      !vm.isContext(result) && result !== vm.runInContext('this', sandbox) ?
      structuredClone(result) : result;
  }];
}

{
  // var and function declarations, assignments, `this.x` land on the sandbox.
  const [s, run] = make();
  run('var a = 1; function f() { return 2; } b = 3; this.c = 4;');
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(s, 'a'),
                         { value: 1, writable: true, enumerable: true,
                           configurable: true });
  assert.strictEqual(s.f(), 2);
  assert.strictEqual(Object.getOwnPropertyDescriptor(s, 'f').enumerable, true);
  assert.strictEqual(s.b, 3);
  assert.strictEqual(s.c, 4);
  assert.deepStrictEqual(Object.getOwnPropertyNames(s), ['f', 'a', 'b', 'c']);
  // let/const stay in the script scope.
  assert.strictEqual(run('let l = 1; const k = 2; l + k'), 3);
  assert.strictEqual('l' in s, false);
  assert.throws(() => run('k = 5'), {
    name: 'TypeError', message: 'Assignment to constant variable.',
  });
  // Nothing leaks to the main context.
  assert.strictEqual(typeof globalThis.b, 'undefined');
  // An assignment's value is the completion value.
  assert.strictEqual(run('(u = 4)'), 4);
}

{
  // Sandbox properties are globals, now and later.
  const [s, run] = make({ x: 1 });
  assert.deepStrictEqual(run('[x, typeof x, this.x, globalThis.x]'),
                         [1, 'number', 1, 1]);
  s.later = 5;
  assert.strictEqual(run('later'), 5);
  assert.strictEqual(run('typeof nothere'), 'undefined');
  assert.throws(() => run('nothere'), {
    name: 'ReferenceError', message: 'nothere is not defined',
  });
  // A sandbox value that is the sandbox itself reads as the global.
  s.self = s;
  assert.strictEqual(run('self === this'), true);
}

{
  // Strict mode: undeclared assignment is a ReferenceError; function
  // declarations still work.
  const [s, run] = make();
  assert.throws(() => run('"use strict"; zz = 1'), {
    name: 'ReferenceError', message: 'zz is not defined',
  });
  assert.strictEqual('zz' in s, false);
  run('"use strict"; function g() {}');
  assert.strictEqual(typeof s.g, 'function');
}

{
  // delete
  const [s, run] = make({ d: 1 });
  assert.strictEqual(run('delete d'), true);
  assert.strictEqual('d' in s, false);
  assert.strictEqual(run('typeof d'), 'undefined');
  // A var is also on the real global, where it cannot be deleted.
  run('var dv = 1');
  assert.strictEqual(run('delete dv'), false);
  assert.strictEqual('dv' in s, false);
  assert.strictEqual(run('typeof dv'), 'number');
  // Deleting from outside.
  s.e = 1;
  delete s.e;
  assert.strictEqual(run('typeof e'), 'undefined');
}

{
  // A non-configurable sandbox property refuses delete, silently even in
  // strict code.
  const s = {};
  Object.defineProperty(s, 'nc', { value: 1, configurable: false });
  const [, run] = make(s);
  assert.strictEqual(run('delete nc'), false);
  assert.strictEqual('nc' in s, true);
  assert.strictEqual(run('"use strict"; delete this.nc'), false);
}

{
  // Accessors on the sandbox run, with the sandbox as `this`.
  let reads = 0;
  let written;
  const s = {};
  Object.defineProperty(s, 'g', {
    get() { reads++; return this === s ? 42 : -1; },
    configurable: true,
  });
  Object.defineProperty(s, 'st', {
    set(v) { written = v; },
    configurable: true,
  });
  const [, run] = make(s);
  assert.strictEqual(run('g'), 42);
  assert.strictEqual(reads, 1);
  run('st = 9');
  assert.strictEqual(written, 9);
  // Exceptions from them propagate.
  Object.defineProperty(s, 'boom', { get() { throw new Error('boom'); } });
  assert.throws(() => run('boom'), { message: 'boom' });
  // Inherited accessors see the global.
  const p = { get w() { return this; } };
  const [, run2] = make(Object.create(p));
  assert.strictEqual(run2('w === this'), true);
}

{
  // Read-only sandbox properties: ignored in sloppy code, an error in strict.
  const s = {};
  Object.defineProperty(s, 'ro', { value: 1, writable: false });
  const [, run] = make(s);
  run('ro = 2');
  assert.strictEqual(s.ro, 1);
  assert.strictEqual(run('ro'), 1);
  assert.throws(() => run('"use strict"; ro = 2'), { name: 'TypeError' });
  // A var of the same name does not change it.
  assert.strictEqual(run('var ro = 5; ro'), 1);
}

{
  // Object.defineProperty on the global defines on the sandbox.
  const [s, run] = make();
  run('Object.defineProperty(this, "dp", { value: 7, enumerable: false })');
  const expected = { value: 7, writable: false, enumerable: false,
                     configurable: false };
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(s, 'dp'), expected);
  assert.deepStrictEqual(run('Object.getOwnPropertyDescriptor(this, "dp")'),
                         expected);
  run('Object.defineProperty(this, "ac", { get() { return 8; }, ' +
      'configurable: true })');
  const desc = Object.getOwnPropertyDescriptor(s, 'ac');
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(s.ac, 8);
  assert.strictEqual(run('ac'), 8);
  // Redefining a configurable property from outside, on the global.
  const window = run('this');
  Object.defineProperty(window, 'x', { value: '1', configurable: true });
  Object.defineProperty(window, 'x', { value: '2', configurable: true });
  assert.strictEqual(window.x, '2');
  assert.strictEqual(s.x, '2');
  // Built-ins keep their own descriptors.
  assert.strictEqual(
    run('JSON.stringify(Object.getOwnPropertyDescriptor(this, "Array"))'),
    '{"writable":true,"enumerable":false,"configurable":true}');
  assert.throws(() => run('Object.defineProperty(this, "undefined", ' +
                          '{ value: 1 })'), { name: 'TypeError' });
}

{
  // `in`, hasOwnProperty, enumeration.
  const s = { i: undefined, k1: 1 };
  Object.defineProperty(s, 'hidden', { value: 3, enumerable: false });
  const [, run] = make(s);
  assert.deepStrictEqual(run('["i" in this, "nope" in this, "Array" in this, ' +
                             '"toString" in this]'),
                         [true, false, true, true]);
  assert.deepStrictEqual(run('[this.hasOwnProperty("i"), ' +
                             'Object.hasOwn(this, "Array"), ' +
                             'Object.hasOwn(this, "nope")]'),
                         [true, true, false]);
  run('var v1 = 1; this.t1 = 2');
  const keys = run('Object.keys(this)');
  assert.deepStrictEqual([...keys].sort(), ['i', 'k1', 't1', 'v1']);
  const forIn = run('var names = []; for (var n in this) names.push(n); names');
  assert.deepStrictEqual([...forIn].sort(),
                         ['i', 'k1', 'n', 'names', 't1', 'v1']);
  // Inherited enumerable properties of the sandbox are listed and readable.
  const [, run2] = make(Object.assign(Object.create({ inh: 1 }), { own: 2 }));
  assert.deepStrictEqual(run2('[Object.keys(this), typeof inh, inh]'),
                         [['own', 'inh'], 'number', 1]);
}

{
  // Indexed properties.
  const [s, run] = make();
  run('this[0] = "a"; this[1] = "b"');
  assert.deepStrictEqual([s[0], s[1], Object.keys(s)], ['a', 'b', ['0', '1']]);
  assert.strictEqual(run('this[0]'), 'a');
  assert.deepStrictEqual(
    structuredClone(vm.runInContext('[this[0], this.length, 0 in this]',
                                    vm.createContext(['x']))),
    ['x', 1, true]);
  const [s2, run2] = make({ 0: 'z', 5: 1 });
  assert.deepStrictEqual(run2('[5 in this, 6 in this, this.hasOwnProperty(5)]'),
                         [true, false, true]);
  assert.strictEqual(run2('delete this[0]'), true);
  assert.strictEqual(0 in s2, false);
  run2('Object.defineProperty(this, 3, { value: "t", enumerable: true })');
  assert.strictEqual(s2[3], 't');
}

{
  // Symbols: sandbox symbols read through; new ones stay on the global.
  const sym = Symbol('s');
  const [s, run] = make({ [sym]: 1, sym });
  assert.strictEqual(run('this[sym]'), 1);
  run('this[Symbol.for("q")] = 1');
  assert.strictEqual(s[Symbol.for('q')], undefined);
  assert.strictEqual(run('this[Symbol.for("q")]'), 1);
}

{
  // Built-ins: sandbox properties shadow them; assignments replace them.
  const [s, run] = make({ Array: 1 });
  assert.deepStrictEqual(run('[typeof Array, typeof this.Array]'),
                         ['number', 'number']);
  run('Math = 3');
  assert.strictEqual(s.Math, 3);
  assert.strictEqual(run('Math'), 3);
  const [s2, run2] = make();
  run2('var Array = 1');
  assert.strictEqual(s2.Array, 1);
}

{
  // The contextified global cannot be frozen, sealed or made non-extensible.
  const [, run] = make();
  assert.throws(() => run('Object.freeze(this)'),
                { name: 'TypeError', message: 'Cannot freeze' });
  assert.throws(() => run('Object.seal(this)'),
                { name: 'TypeError', message: 'Cannot seal' });
  assert.throws(() => run('Object.preventExtensions(this)'),
                { name: 'TypeError', message: 'Cannot prevent extensions' });
}

{
  // Sandboxes of any kind: null prototype, frozen, Proxy.
  const nullProto = Object.create(null);
  nullProto.n = 1;
  assert.deepStrictEqual(make(nullProto)[1]('[n, typeof Object]'),
                         [1, 'function']);
  const [, runFrozen] = make(Object.freeze({ a: 1 }));
  assert.strictEqual(runFrozen('b = 1; typeof b'), 'number');
  const log = [];
  const proxy = new Proxy({ a: 1 }, {
    get(t, k, r) { log.push(`get:${String(k)}`); return Reflect.get(t, k, r); },
    has(t, k) { log.push(`has:${String(k)}`); return Reflect.has(t, k); },
  });
  const [, runProxy] = make(proxy);
  assert.strictEqual(runProxy('"a" in this'), true);
  assert.strictEqual(runProxy('a'), 1);
  // `in` goes through the getter, as in node 20.
  assert.deepStrictEqual(log.filter((x) => !x.includes('Symbol')),
                         ['get:a', 'get:a']);
  assert.strictEqual(typeof vm.runInNewContext('String', new Proxy({}, {})),
                     'function');
}

{
  // eval inside the context declares on the sandbox.
  const [s, run] = make();
  assert.deepStrictEqual(run('eval("var ev = 3"); [ev, typeof this.ev]'),
                         [3, 'number']);
  assert.strictEqual(s.ev, 3);
}
