'use strict';
// process.on('SIGUSR2') catches the signal sent with process.kill: the
// listener gets the name and the number, and the process lives on. (The
// signal watcher does not hold the loop: an interval keeps it turning
// until the signal came.)
const common = require('../common');
const assert = require('assert');

const keepAlive = setInterval(() => {}, 1000);
process.on('SIGUSR2', common.mustCall((name, number) => {
  assert.strictEqual(name, 'SIGUSR2');
  assert.strictEqual(number, 12);
  clearInterval(keepAlive);
}));
assert.strictEqual(process.kill(process.pid, 'SIGUSR2'), true);
