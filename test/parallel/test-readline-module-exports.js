'use strict';
// The shape of require('readline') and require('readline/promises').
require('../common');
const assert = require('assert');
const util = require('util');
const readline = require('readline');
const readlinePromises = require('readline/promises');

assert.deepStrictEqual(Object.keys(readline), [
  'Interface', 'clearLine', 'clearScreenDown', 'createInterface', 'cursorTo',
  'emitKeypressEvents', 'moveCursor', 'promises',
]);
assert.strictEqual(readline.promises, readlinePromises);
assert.strictEqual(require('node:readline'), readline);
assert.strictEqual(require('node:readline/promises'), readlinePromises);
assert.deepStrictEqual(Object.keys(readlinePromises),
                       ['Interface', 'Readline', 'createInterface']);

assert.strictEqual(readline.Interface.length, 4);
assert.strictEqual(readline.createInterface.length, 4);
assert.strictEqual(readline.cursorTo.length, 4);
assert.strictEqual(readline.moveCursor.length, 4);
assert.strictEqual(readline.clearLine.length, 3);
assert.strictEqual(readline.clearScreenDown.length, 2);
assert.strictEqual(readline.emitKeypressEvents.length, 1);
assert.strictEqual(readline.Interface.prototype.question.length, 3);
assert.strictEqual(
  typeof readline.Interface.prototype.question[util.promisify.custom],
  'function');

// Both Interfaces share a base class, itself an EventEmitter.
const base = Object.getPrototypeOf(readline.Interface);
assert.strictEqual(Object.getPrototypeOf(readlinePromises.Interface), base);
assert.strictEqual(base.name, 'Interface');
for (const name of ['setPrompt', 'getPrompt', 'prompt', 'close', 'pause',
                    'resume', 'write', 'getCursorPos', 'clearLine']) {
  assert.strictEqual(typeof base.prototype[name], 'function', name);
}
assert.strictEqual(typeof base.prototype[Symbol.asyncIterator], 'function');
assert.strictEqual(readlinePromises.Interface.prototype.question.length, 1);
assert.strictEqual(readlinePromises.Readline.length, 1);
assert.strictEqual(readlinePromises.createInterface.length, 4);
