'use strict';
// A throwing listener does not stop the dispatch: its error is reported as
// an uncaught exception on the next tick.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const err = new Error('listener failed');
target.addEventListener('foo', () => { throw err; });
target.addEventListener('foo', common.mustCall());
process.on('uncaughtException', common.mustCall((caught) => {
  assert.strictEqual(caught, err);
}));
assert.strictEqual(target.dispatchEvent(new Event('foo')), true);
