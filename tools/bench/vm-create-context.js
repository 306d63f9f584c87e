'use strict';
// bench-runs: 3
// createContext 10,000 times, each used once and dropped.
const vm = require('vm');

let sum = 0;
for (let i = 0; i < 10000; i++) {
  const sandbox = { i };
  vm.createContext(sandbox);
  sum += vm.runInContext('i', sandbox);
}
if (sum !== 49995000) throw new Error('wrong sum');
