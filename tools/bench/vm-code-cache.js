'use strict';
// bench-runs: 3
// Compiling a 1 MB script with and without V8's code cache; prints both
// times and the speed-up (the harness measures the whole run).
const vm = require('vm');

// About 1 MB of distinct functions, eagerly compiled (wrapped in parens).
const parts = [];
for (let i = 0, size = 0; size < 1 << 20; i++) {
  const part = `var f${i} = (function (a, b) { const x = a * ${i} + b; ` +
               `return [x, x % 7, 'item-${i}'].join('-'); });\n`;
  parts.push(part);
  size += part.length;
}
const source = parts.join('');
const cachedData = new vm.Script(source, { filename: 'big.js' })
  .createCachedData();

function time(fn, rounds) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / 1e6 / rounds;
}
const rounds = 10;
// A different filename each round keeps V8's in-isolate compilation cache
// out of the comparison.
const cold = time((i) => new vm.Script(source, { filename: `cold${i}.js` }),
                  rounds);
const warm = time((i) => {
  const script = new vm.Script(source, { filename: `warm${i}.js`, cachedData });
  if (script.cachedDataRejected) throw new Error('cache rejected');
}, rounds);
console.log(`1 MB script: ${cold.toFixed(2)} ms without cache, ` +
            `${warm.toFixed(2)} ms with cache, speed-up ${(cold / warm).toFixed(1)}x`);
