'use strict';
// util.callbackify(): results and rejections reach the callback on a later
// tick, with `this` bound; name and length are derived from the original.
const common = require('../common');
const assert = require('assert');
const util = require('util');

async function fetchValue(a, b) {
  return a + b;
}
const callbackified = util.callbackify(fetchValue);
assert.strictEqual(callbackified.name, 'fetchValueCallbackified');
assert.strictEqual(callbackified.length, 3);

let sameTick = true;
callbackified(1, 2, common.mustCall(function(err, value) {
  assert.strictEqual(sameTick, false);
  assert.strictEqual(err, null);
  assert.strictEqual(value, 3);
}));
sameTick = false;

const error = new TypeError('rejected');
util.callbackify(async () => { throw error; })(common.mustCall((err, value) => {
  assert.strictEqual(err, error);
  assert.strictEqual(value, undefined);
}));

// `this` is passed to the original and to the callback.
const receiver = {
  value: 'self',
  method: util.callbackify(async function() { return this.value; }),
};
receiver.method(common.mustCall(function(err, value) {
  assert.strictEqual(err, null);
  assert.strictEqual(value, 'self');
  assert.strictEqual(this, receiver);
}));

// Non-async functions returning promises work too.
util.callbackify(() => Promise.resolve('plain'))(common.mustCall((err, value) => {
  assert.strictEqual(value, 'plain');
}));

// Redefined name and length are followed.
const odd = async () => {};
Object.defineProperty(odd, 'name', { value: 42 });
Object.defineProperty(odd, 'length', { value: 'x' });
const oddCallbackified = util.callbackify(odd);
assert.strictEqual(oddCallbackified.name, 42);
assert.strictEqual(oddCallbackified.length, 'x');

assert.throws(() => callbackified(1, 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (2)',
});
assert.throws(() => util.callbackify('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. ' +
    "Received type string ('x')",
});

// Any thenable will do: its own then() is called, and the callback runs
// from the tick queue.
const thenable = util.callbackify(() => ({ then(resolve) { resolve('t'); } }));
thenable(common.mustCall((err, value) => {
  assert.strictEqual(err, null);
  assert.strictEqual(value, 't');
  const frames = new Error().stack.split('\n');
  assert.match(frames.at(-1), /at process\.processTicksAndRejections/);
}));
