'use strict';
// A listener's rejected promise is reported as an uncaught exception.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const err = new Error('async listener failed');
target.addEventListener('foo', async () => { throw err; });
process.on('uncaughtException', common.mustCall((caught) => {
  assert.strictEqual(caught, err);
}));
target.dispatchEvent(new Event('foo'));
