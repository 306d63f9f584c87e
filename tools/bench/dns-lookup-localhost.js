'use strict';
// bench-runs: 11
// 10,000 dns.lookup('localhost') (getaddrinfo on the thread pool), 100 in
// flight at a time.
const dns = require('dns');

const total = 10000;
const inFlight = 100;
let started = 0;
let done = 0;

function next() {
  if (started === total) return;
  started++;
  dns.lookup('localhost', 4, (err, address) => {
    if (err) throw err;
    if (address !== '127.0.0.1') throw new Error(address);
    done++;
    next();
  });
}
for (let i = 0; i < inFlight; i++) next();
process.on('exit', () => {
  if (done !== total) throw new Error(`${done} lookups done`);
});
