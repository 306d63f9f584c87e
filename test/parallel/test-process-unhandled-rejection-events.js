'use strict';
// 'unhandledRejection' gets the reason and promise after microtasks drain;
// handling it later emits 'rejectionHandled'.
const common = require('../common');
const assert = require('assert');

const reason = new Error('nobody caught me');
let rejected;
process.on('unhandledRejection', common.mustCall((r, promise) => {
  assert.strictEqual(r, reason);
  rejected = promise;
  setTimeout(() => promise.catch(() => {}), 1);
}));
process.on('rejectionHandled', common.mustCall((promise) => {
  assert.strictEqual(promise, rejected);
}));
Promise.reject(reason);
// Caught within the same tick: no event.
Promise.reject(new Error('caught')).catch(() => {});
