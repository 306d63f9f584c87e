'use strict';
// The warning names a symbol event with String(symbol) and a subclass by
// its class name.
const common = require('../common');
const EventEmitter = require('events');

class Custom extends EventEmitter {}
const ee = new Custom();
ee.setMaxListeners(1);
common.expectWarning('MaxListenersExceededWarning',
                     'Possible EventEmitter memory leak detected. 2 ' +
                     'Symbol(sym) listeners added to [Custom]. MaxListeners ' +
                     'is 1. Use emitter.setMaxListeners() to increase limit');
const sym = Symbol('sym');
ee.on(sym, () => {});
ee.on(sym, () => {});
