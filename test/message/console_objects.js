'use strict';
// console.log() of objects: nesting to depth 2, line breaking at 80
// columns, arrays grouped into columns, classes, null prototypes, Map/Set,
// circular references, getters and symbols.
require('../common');

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get length() { return Math.hypot(this.x, this.y); }
}
class Tagged {
  get [Symbol.toStringTag]() { return 'TaggedThing'; }
}
const circular = { name: 'root', children: [] };
circular.children.push({ parent: circular, name: 'child' });
circular.self = circular;

console.log({});
console.log({ a: 1, b: 'two', c: [3, 4], d: { e: { f: { g: 'deep' } } } });
console.log({ 'needs-quotes': 1, 'with space': 2, valid_name: 3, 42: 4, "it's": 5 });
console.log([]);
console.log([1, 2, 3]);
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => `item-${i}`));
console.log([1, , 3, , , 6]); // eslint-disable-line no-sparse-arrays
console.log([[1, 2, [3, 4, [5, [6]]]], { a: [{ b: { c: {} } }] }]);
console.log(new Point(3, 4));
console.log(new Tagged());
console.log(Object.create(null));
console.log(Object.assign(Object.create(null), { key: 'value' }));
console.log(new Map([['key', 'value'], [{ object: 'key' }, ['array', 'value']]]));
console.log(new Set([1, 'two', [3]]));
console.log(new Map([[1, new Map([[2, new Map([[3, new Map()]])]])]]));
console.log(new Map([[1, 2]]).entries(), new Set([1]).values());
console.log(new WeakMap(), new WeakSet());
console.log(circular);
console.log({ get getter() { return 1; }, set setter(v) {}, get both() { return 2; }, set both(v) {} });
console.log({ [Symbol('symbol key')]: 'symbol value', regular: 'value' });
console.log({
  alpha: 'aaaaaaaaaaaaaaaa',
  beta: 'bbbbbbbbbbbbbbbb',
  gamma: 'cccccccccccccccc',
  delta: 'dddddddddddddddd',
});
console.log({ short: 1, list: [1, 2, 3], nested: { ok: true } });
console.log([{ id: 1, name: 'Ann', tags: ['a', 'b'] }, { id: 2, name: 'Bob', tags: [] }]);
console.log(Promise.resolve({ resolved: true }), new Promise(() => {}));
console.log(new Proxy({ target: true }, {}));
console.log(new Uint8Array([1, 2, 3]), new Float32Array(2), new ArrayBuffer(3));
console.log(new DataView(new ArrayBuffer(2)));
console.log([new Date(0), new Date(NaN), /re+/gi]);
console.log([new Number(1), new String('boxed'), new Boolean(false), Object(Symbol('s')), Object(1n)]);
console.log((function() { return arguments; })(1, 'a'));
