'use strict';
// util.inspect of a large nested object, 300 times.
const util = require('util');

function build(depth, width) {
  if (depth === 0) return { s: 'leaf', n: 42, b: true, a: [1, 2, 3] };
  const node = { name: `level-${depth}`, list: [], map: new Map(), set: new Set() };
  for (let i = 0; i < width; i++) {
    node.list.push(build(depth - 1, width));
    node.map.set(`k${i}`, i);
    node.set.add(i * depth);
  }
  return node;
}

const value = build(4, 6);
let length = 0;
for (let i = 0; i < 300; i++) {
  length += util.inspect(value, { depth: Infinity }).length;
}
if (length === 0) throw new Error('empty');
