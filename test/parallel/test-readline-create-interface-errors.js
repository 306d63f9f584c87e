'use strict';
// createInterface validates its options with node's error codes.
require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const input = new PassThrough();
for (const { createInterface } of [readline, readlinePromises]) {
  assert.throws(() => createInterface({ input, completer: 'no' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'completer' is invalid. Received 'no'",
  });
  assert.throws(() => createInterface(input, null, 5), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'completer' is invalid. Received 5",
  });
  assert.throws(() => createInterface({ input, history: 'a' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "history" argument must be an instance of Array. ' +
      "Received type string ('a')",
  });
  assert.throws(() => createInterface({ input, historySize: '5' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "historySize" argument must be of type number. ' +
      "Received type string ('5')",
  });
  assert.throws(() => createInterface({ input, historySize: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "historySize" is out of range. It must be >= 0. ' +
      'Received -1',
  });
  assert.throws(() => createInterface({ input, historySize: NaN }), {
    code: 'ERR_OUT_OF_RANGE',
  });
  assert.throws(() => createInterface({ input, tabSize: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "tabSize" is out of range. ' +
      'It must be >= 1 && <= 4294967295. Received 0',
  });
  assert.throws(() => createInterface({ input, tabSize: '4' }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  // node names the default (500) rather than the value given.
  assert.throws(() => createInterface({ input, escapeCodeTimeout: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'input.escapeCodeTimeout' is invalid. " +
      'Received 500',
  });
  assert.throws(() => createInterface({ input, escapeCodeTimeout: Infinity }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => createInterface({ input, signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of ' +
      'AbortSignal. Received an instance of Object',
  });
  // Without an input stream there is nothing to read.
  assert.throws(() => createInterface({}), TypeError);
  assert.throws(() => createInterface(), TypeError);
}

// Accepted values.
const rl = readline.createInterface({
  input, historySize: Infinity, tabSize: 2, escapeCodeTimeout: 0,
  signal: null, prompt: '$ ',
});
assert.strictEqual(rl.historySize, Infinity);
assert.strictEqual(rl.tabSize, 2);
assert.strictEqual(rl.escapeCodeTimeout, 0);
assert.strictEqual(rl.getPrompt(), '$ ');
assert.strictEqual(rl.terminal, false);
assert.strictEqual(rl.completer, undefined);
rl.close();
