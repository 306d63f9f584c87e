'use strict';
// util.inspect() options as console.log() shows their result: depth,
// compact, breakLength, sorted, showHidden, maxArrayLength, maxStringLength,
// numericSeparator, getters and colours.
require('../common');
const util = require('util');

const sample = {
  b: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  a: { deep: { deeper: { deepest: { bottom: true } } } },
  text: 'a string that is rather long',
  get computed() { return 42; },
  big: 1234567.891,
  map: new Map([['k', { v: [1, 2] }]]),
};
for (const options of [
  { depth: 0 },
  { depth: null },
  { compact: false },
  { compact: true },
  { compact: 1, breakLength: 60 },
  { breakLength: Infinity },
  { sorted: true },
  { showHidden: true, depth: 0 },
  { maxArrayLength: 3, maxStringLength: 8 },
  { numericSeparator: true },
  { getters: true },
  { colors: true },
]) {
  console.log(JSON.stringify(options));
  console.log(util.inspect(sample, options));
}
console.log(util.inspect(new Array(5).fill({ name: 'same' }), { colors: true, compact: 3 }));
