'use strict';
// A CPU-bound job (counting primes below 6,000,000) split across 2 workers.
// `node tools/bench/worker-cpu-split.js 1` runs it on one thread instead,
// for the speed-up.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

function countPrimes(from, to) {
  let count = 0;
  for (let n = Math.max(from, 2); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

const LIMIT = 6000000;
if (!isMainThread) {
  parentPort.postMessage(countPrimes(workerData.from, workerData.to));
} else if (process.argv[2] === '1') {
  if (countPrimes(0, LIMIT) !== 412849) throw new Error('wrong count');
} else {
  // Primes thin out: the first half of the range costs less.
  const split = Math.floor(LIMIT * 0.56);
  let total = 0;
  let done = 0;
  for (const range of [{ from: 0, to: split }, { from: split, to: LIMIT }]) {
    const worker = new Worker(__filename, { workerData: range });
    worker.on('message', (count) => {
      total += count;
      if (++done === 2 && total !== 412849) throw new Error('wrong count');
    });
  }
}
