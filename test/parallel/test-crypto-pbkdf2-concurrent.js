'use strict';
// Async pbkdf2 calls run side by side on the thread pool: a cheap call
// started after an expensive one finishes first (one-by-one execution would
// finish them in order), and the loop keeps turning meanwhile.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const order = [];
let immediateRan = false;
crypto.pbkdf2('password', 'salt', 2000000, 32, 'sha256', common.mustSucceed((key) => {
  order.push('slow');
  assert.strictEqual(key.length, 32);
  assert.ok(immediateRan);
}));
for (let i = 0; i < 2; i++) {
  crypto.pbkdf2('password', 'salt', 1, 32, 'sha256', common.mustSucceed(() => {
    order.push('fast');
  }));
}
setImmediate(() => { immediateRan = true; });
process.on('exit', () => {
  assert.deepStrictEqual(order, ['fast', 'fast', 'slow']);
});
