'use strict';
// import() of one CommonJS module 10,000 times: after the first, every call
// finds it in the module map.
const path = require('path');
const specifier = path.join(process.env.NODUS_BENCH_FIXTURES, 'esm-graph',
                            'cjs.cjs');
(async () => {
  let sum = 0;
  for (let i = 0; i < 10000; i++) {
    const ns = await import(specifier);
    sum += ns.answer;
  }
  if (sum !== 420000) throw new Error(`sum ${sum}`);
})();
