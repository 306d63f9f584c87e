'use strict';
// 'uncaughtExceptionMonitor' sees the error first, then
// 'uncaughtException' handles it with the origin; the process goes on.
const common = require('../common');
const assert = require('assert');

const order = [];
process.on('uncaughtExceptionMonitor', common.mustCall((err, origin) => {
  order.push(`monitor ${err.message} ${origin}`);
}, 2));
process.on('uncaughtException', common.mustCall((err, origin) => {
  order.push(`handler ${err.message} ${origin}`);
}, 2));

setTimeout(() => { throw new Error('sync'); }, 1);
setTimeout(() => Promise.reject(new Error('async')), 2);
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(order, [
    'monitor sync uncaughtException', 'handler sync uncaughtException',
    'monitor async unhandledRejection', 'handler async unhandledRejection',
  ]);
}), 30);
