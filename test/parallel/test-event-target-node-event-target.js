'use strict';
// Objects with a constructor flagged by Symbol.for('nodejs.event_target')
// are EventTargets for events.getMaxListeners/setMaxListeners.
require('../common');
const assert = require('assert');
const { getMaxListeners } = require('events');

class MyTarget extends EventTarget {}
const target = new MyTarget();
assert.strictEqual(EventTarget[Symbol.for('nodejs.event_target')], true);
assert.strictEqual(getMaxListeners(target), 10);
assert.strictEqual(Object.prototype.toString.call(target), '[object EventTarget]');
assert.deepStrictEqual(Object.keys(EventTarget.prototype),
                       ['addEventListener', 'removeEventListener', 'dispatchEvent']);
