'use strict';
// An unref'ed interval does not keep the process alive; a ref'ed timeout
// does, until it fires.
const common = require('../common');
const assert = require('assert');

let ticks = 0;
const interval = setInterval(() => ticks++, 1);
interval.unref();
assert.strictEqual(interval.hasRef(), false);

setTimeout(common.mustCall(), 20);

process.on('exit', () => {
  assert.ok(ticks > 0, 'the interval ran while the timeout held the loop');
});
