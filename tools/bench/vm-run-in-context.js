'use strict';
// runInContext of a small script 100,000 times in one context (interceptor
// reads and writes of sandbox properties on every run).
const vm = require('vm');

const context = vm.createContext({ count: 0, step: 2 });
const script = new vm.Script('count += step; count');
let last = 0;
for (let i = 0; i < 100000; i++) last = script.runInContext(context);
if (last !== 200000 || context.count !== 200000) throw new Error('wrong count');
