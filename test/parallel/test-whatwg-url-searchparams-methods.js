'use strict';
// URLSearchParams append/delete/get/getAll/has/set/size, with the optional
// value argument of delete() and has().
require('../common');
const assert = require('assert');

const p = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.strictEqual(p.has('a'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '4'), false);
p.delete('a', '3');
assert.strictEqual(p.toString(), 'a=1&b=2');
p.append('b', 4);
p.set('b', 'x');
assert.strictEqual(p.toString(), 'a=1&b=x');
p.delete('a');
assert.strictEqual(p.toString(), 'b=x');
p.set('c', 'y z');
assert.strictEqual(p.toString(), 'b=x&c=y+z');
assert.strictEqual(p.size, 2);
// Serialisation of every ASCII char.
let all = '';
for (let c = 32; c < 127; c++) all += String.fromCharCode(c);
assert.strictEqual(new URLSearchParams({ k: all }).toString(),
                   'k=+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40' +
                   'ABCDEFGHIJKLMNOPQRSTUVWXYZ%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D%7E');
