'use strict';
// Every method that takes a listener rejects non-functions.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
for (const method of ['on', 'addListener', 'once', 'prependListener',
                      'prependOnceListener', 'removeListener', 'off']) {
  for (const [bad, received] of [[null, 'Received null'],
                                 [{}, 'Received an instance of Object'],
                                 ['fn', "Received type string ('fn')"]]) {
    assert.throws(() => ee[method]('x', bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "listener" argument must be of type function. ${received}`,
    });
  }
}
assert.strictEqual(ee.eventNames().length, 0);
