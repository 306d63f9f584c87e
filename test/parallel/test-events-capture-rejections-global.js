'use strict';
// EventEmitter.captureRejections turns capturing on for emitters created
// afterwards; it only accepts booleans.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.captureRejections, false);
assert.throws(() => { EventEmitter.captureRejections = 1; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "EventEmitter.captureRejections" property must be of type ' +
    'boolean. Received type number (1)',
});
assert.throws(() => new EventEmitter({ captureRejections: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type ' +
    "boolean. Received type string ('yes')",
});
EventEmitter.captureRejections = true;
const ee = new EventEmitter();
EventEmitter.captureRejections = false;
ee.on('x', async () => { throw new Error('late'); });
ee.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'late')));
ee.emit('x');
