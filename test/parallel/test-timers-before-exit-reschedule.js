'use strict';
// 'beforeExit' fires when the loop runs dry; work it schedules runs, and the
// event fires again once that work is done.
const common = require('../common');
const assert = require('assert');

const events = [];
let rounds = 0;
process.on('beforeExit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  events.push(`beforeExit ${rounds}`);
  if (rounds++ < 2) {
    setTimeout(() => events.push(`timeout ${rounds}`), 1);
  }
}, 3));

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(events, [
    'beforeExit 0', 'timeout 1', 'beforeExit 1', 'timeout 2', 'beforeExit 2',
  ]);
});
