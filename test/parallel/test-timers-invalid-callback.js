'use strict';
// setTimeout/setInterval/setImmediate/process.nextTick/queueMicrotask reject
// a callback that is not a function with ERR_INVALID_ARG_TYPE.
require('../common');
const assert = require('assert');

for (const bad of [undefined, null, 1, 'f', {}, Symbol('s')]) {
  for (const fn of [setTimeout, setInterval, setImmediate, process.nextTick,
                    queueMicrotask]) {
    assert.throws(() => fn(bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: /^The "callback" argument must be of type function\. Received/,
    });
  }
}
