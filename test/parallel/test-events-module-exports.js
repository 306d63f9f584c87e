'use strict';
// The shape of require('events').
require('../common');
const assert = require('assert');
const events = require('events');

assert.strictEqual(typeof events, 'function');
assert.strictEqual(events.EventEmitter, events);
assert.strictEqual(require('node:events'), events);
assert.deepStrictEqual(Object.keys(events), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners',
  'EventEmitter', 'usingDomains', 'captureRejectionSymbol',
  'captureRejections', 'EventEmitterAsyncResource', 'errorMonitor',
  'defaultMaxListeners', 'setMaxListeners', 'init', 'listenerCount',
]);
assert.strictEqual(events.usingDomains, false);
assert.strictEqual(events.defaultMaxListeners, 10);
assert.strictEqual(typeof events.kMaxEventTargetListeners, 'symbol');
assert.strictEqual(events.once.constructor.name, 'AsyncFunction');
assert.strictEqual(events.name, 'EventEmitter');
assert.strictEqual(events.length, 1);
