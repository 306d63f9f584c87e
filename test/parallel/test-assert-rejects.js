'use strict';
// assert.rejects() with a promise or a promise-returning function.
const common = require('../common');
const assert = require('assert');

(async () => {
  await assert.rejects(Promise.reject(new TypeError('t')), TypeError);
  await assert.rejects(async () => { throw new Error('x'); }, { message: 'x' });
  await assert.rejects(assert.rejects(Promise.resolve(1)), {
    code: 'ERR_ASSERTION',
    operator: 'rejects',
    message: 'Missing expected rejection.',
  });
  await assert.rejects(assert.rejects(async () => {}, TypeError, 'msg'), {
    message: 'Missing expected rejection (TypeError): msg',
  });
  // A function that throws synchronously rejects the returned promise.
  await assert.rejects(assert.rejects(() => { throw new Error('sync'); }), {
    message: 'sync',
  });
  // A thenable with then and catch counts as a promise.
  await assert.rejects({ then(_, reject) { reject(new Error('t')); }, catch() {} },
                       /t/);
})().then(common.mustCall());
