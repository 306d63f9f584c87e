'use strict';
// Cyclic structures compare without looping.
require('../common');
const assert = require('assert');

const a = { name: 'a' };
a.self = a;
const b = { name: 'a' };
b.self = b;
assert.deepStrictEqual(a, b);
const c = { x: { y: {} } };
c.x.y.z = c;
const d = { x: { y: {} } };
d.x.y.z = d;
assert.deepStrictEqual(c, d);
const list1 = [1];
list1.push(list1);
const list2 = [1];
list2.push(list2);
assert.deepStrictEqual(list1, list2);
const e = { name: 'a' };
e.self = { name: 'b' };
assert.notDeepStrictEqual(a, e);
const m1 = new Map();
m1.set('me', m1);
const m2 = new Map();
m2.set('me', m2);
assert.deepStrictEqual(m1, m2);
