'use strict';
// console.table for arrays of objects, arrays of arrays, objects with a
// property filter, Maps, Sets, primitives and wide characters.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ x: { c: 1 }, y: { d: 2 } }, ['c']);
console.table(new Map([['k', { v: 1 }], [{ o: 1 }, [1, 2, 3, 4]]]));
console.table(new Set([1, 'two']));
console.table([1, 'x', null, undefined]);
console.table(5);
console.table(null);
console.table([{ name: '日本', n: { deep: { deeper: 1 }, a: 1, b: 2 } }]);
console.table([]);
// Map iterators: entries() as key/value pairs, keys() and values() as
// single values; the iterator is not consumed.
const iterator = new Map([['k', 1], ['l', 2]]).values();
console.table(new Map([['k', 1]]).entries());
console.table(new Map([['k', 1]]).keys());
console.table(iterator);
console.log([...iterator]);
