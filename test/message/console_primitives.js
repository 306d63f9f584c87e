'use strict';
// console.log() of primitives and strings: how each is written on its own
// (strings raw) and inside an array (quoted, escaped).
require('../common');

const values = [
  0, -0, 1.5, -42, NaN, Infinity, -Infinity, 1e21, 5e-7, 2 ** 53,
  10n, -123456789012345678901234567890n,
  true, false, null, undefined,
  Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('registered'),
  '', 'plain', "it's", 'say "hi"', 'both \' and "', "all ' \" `",
  'tab\there', 'new\nline', 'nul\u0000byte', 'esc\u001b[0m', 'del\u007f',
  'unicode: héllo 日本語 😀', 'lone \ud800 surrogate', 'back\\slash',
];
for (const value of values) {
  console.log(value);
}
console.log(values);
console.log('a'.repeat(100));
console.log(['a'.repeat(100)]);
console.log(['first line\nsecond line that is long enough to wrap the array output\nthird']);
console.log({ long: 'x'.repeat(90) });
console.log('%s|%d|%i|%f|%j|%%|%c|', 'str', 42.5, 42.5, '1.5', { j: 1 }, 'css');
console.log();
console.log('');
console.log(undefined, null, 'two', 3);
