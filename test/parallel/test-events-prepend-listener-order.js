'use strict';
// prependListener/prependOnceListener put listeners first.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const order = [];
ee.on('x', () => order.push('on'));
ee.prependListener('x', () => order.push('prepend'));
ee.prependOnceListener('x', () => order.push('prependOnce'));
ee.on('x', () => order.push('last'));
ee.emit('x');
ee.emit('x');
assert.deepStrictEqual(order, ['prependOnce', 'prepend', 'on', 'last',
                               'prepend', 'on', 'last']);
assert.throws(() => ee.prependOnceListener('x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "listener" argument must be of type function. Received type number (1)',
});
ee.prependListener('y', common.mustCall());
ee.emit('y');
