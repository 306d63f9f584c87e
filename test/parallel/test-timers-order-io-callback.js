'use strict';
// Inside an I/O callback (here an fs completion), setImmediate always runs
// before setTimeout(0): the check phase comes before the next timers phase.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

let rounds = 0;
function round() {
  fs.stat(__filename, common.mustSucceed(() => {
    const order = [];
    setTimeout(() => {
      order.push('timeout');
      assert.deepStrictEqual(order, ['immediate', 'timeout']);
      if (++rounds < 20) round();
    }, 0);
    setImmediate(() => order.push('immediate'));
  }));
}
round();
process.on('exit', () => assert.strictEqual(rounds, 20));
