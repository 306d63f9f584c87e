'use strict';
// eventNames() lists string and symbol names in registration order.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const s = Symbol('s');
assert.deepStrictEqual(ee.eventNames(), []);
ee.on('b', () => {});
ee.on(s, () => {});
ee.on('a', () => {});
assert.deepStrictEqual(ee.eventNames(), ['b', 'a', s]);
ee.removeAllListeners('b');
assert.deepStrictEqual(ee.eventNames(), ['a', s]);
let got;
ee.on(s, (v) => { got = v; });
ee.emit(s, 5);
assert.strictEqual(got, 5);
