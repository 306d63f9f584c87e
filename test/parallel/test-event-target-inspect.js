'use strict';
// util.inspect() of EventTarget and Event.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new EventTarget()), 'EventTarget {}');
assert.strictEqual(util.inspect(new EventTarget(), { depth: -1 }), 'EventTarget');
const text = util.inspect(new Event('foo'));
assert.match(text, /^Event {\n  type: 'foo',\n  defaultPrevented: false,\n  cancelable: false,\n  timeStamp: \d+(\.\d+)?\n}$/);
assert.strictEqual(util.inspect({ e: new Event('foo') }, { depth: 0 }), '{ e: Event }');
