'use strict';
// An EventTarget warns once when a type gets more listeners than allowed.
const common = require('../common');
const { setMaxListeners } = require('events');

const target = new EventTarget();
setMaxListeners(2, target);
common.expectWarning('MaxListenersExceededWarning',
                     'Possible EventTarget memory leak detected. 3 foo ' +
                     'listeners added to EventTarget. MaxListeners is 2. ' +
                     'Use events.setMaxListeners() to increase limit');
for (let i = 0; i < 5; i++) target.addEventListener('foo', () => {});
