'use strict';
// Timers workload: 200,000 timers of mixed delays (some cleared), a chain of
// 100,000 setImmediate calls, a million nextTicks and a million promise
// reactions.

let fired = 0;
const delays = [1, 2, 3, 5, 8, 13, 21];
const timers = [];
for (let i = 0; i < 200000; i++) {
  timers.push(setTimeout(() => fired++, delays[i % delays.length]));
}
for (let i = 0; i < timers.length; i += 10) clearTimeout(timers[i]);

let immediates = 0;
function nextImmediate() {
  if (++immediates < 100000) setImmediate(nextImmediate);
}
setImmediate(nextImmediate);

let ticks = 0;
function tick() {
  if (++ticks < 1000000) process.nextTick(tick);
}
process.nextTick(tick);

let reactions = 0;
let p = Promise.resolve();
for (let i = 0; i < 1000000; i++) p = p.then(() => reactions++);

process.on('exit', () => {
  if (fired !== 180000 || immediates !== 100000 || ticks !== 1000000 ||
      reactions !== 1000000) {
    throw new Error(`wrong counts ${fired} ${immediates} ${ticks} ${reactions}`);
  }
});
