'use strict';
// setInterval repeats until cleared, also from inside its own callback.
const common = require('../common');
const assert = require('assert');

let count = 0;
const interval = setInterval(common.mustCall(() => {
  count++;
  if (count === 3) clearInterval(interval);
}, 3), 1);

process.on('exit', () => assert.strictEqual(count, 3));
