'use strict';
// A captured rejection goes to emitter[Symbol.for('nodejs.rejection')]
// when that method exists, with the event name and arguments.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
class MyEmitter extends EventEmitter {
  [captureRejectionSymbol](err, event, ...args) {
    assert.strictEqual(err.message, 'rejected');
    assert.strictEqual(event, 'ev');
    assert.deepStrictEqual(args, [1, 2]);
  }
}
MyEmitter.prototype[captureRejectionSymbol] =
  common.mustCall(MyEmitter.prototype[captureRejectionSymbol]);
const ee = new MyEmitter({ captureRejections: true });
ee.on('error', common.mustNotCall());
ee.on('ev', () => Promise.reject(new Error('rejected')));
ee.emit('ev', 1, 2);
