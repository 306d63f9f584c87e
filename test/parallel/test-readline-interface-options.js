'use strict';
// Interface defaults and the two call forms: the options object and
// (input, output, completer, terminal); terminal defaults to output.isTTY;
// readline.Interface works without `new`.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const tty = new PassThrough();
tty.isTTY = true;
tty.columns = 40;

{
  const rl = readline.createInterface({ input: new PassThrough() });
  assert.ok(rl instanceof readline.Interface);
  assert.ok(rl instanceof EventEmitter);
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.cursor, undefined);
  assert.strictEqual(rl.output, undefined);
  assert.strictEqual(rl.getPrompt(), '> ');
  assert.strictEqual(rl.crlfDelay, 100);
  assert.strictEqual(rl.historySize, 30);
  assert.deepStrictEqual(rl.history, []);
  assert.strictEqual(rl.removeHistoryDuplicates, false);
  assert.strictEqual(rl.escapeCodeTimeout, 500);
  assert.strictEqual(rl.tabSize, 8);
  assert.strictEqual(rl.isCompletionEnabled, true);
  assert.strictEqual(rl.columns, Infinity);
  rl.close();
}
{
  const rl = readline.createInterface({
    input: new PassThrough(), output: tty,
  });
  assert.strictEqual(rl.terminal, true);
  assert.strictEqual(rl.cursor, 0);
  assert.strictEqual(rl.historyIndex, -1);
  assert.strictEqual(rl.columns, 40);
  rl.close();
}
{
  const rl = readline.createInterface({
    input: new PassThrough(), output: tty, terminal: false,
  });
  assert.strictEqual(rl.terminal, false);
  rl.close();
}
{
  const completer = (line) => [[], line];
  const input = new PassThrough();
  const rl = readline.Interface(input, tty, completer, true);
  assert.ok(rl instanceof readline.Interface);
  assert.strictEqual(rl.input, input);
  assert.strictEqual(rl.output, tty);
  assert.strictEqual(rl.terminal, true);
  // One-argument completers are wrapped into (line, callback) ones.
  assert.strictEqual(typeof rl.completer, 'function');
  assert.strictEqual(rl.completer.length, 2);
  rl.close();
}
{
  // The promises API keeps the completer as given.
  const completer = (line) => [[], line];
  const rl = readlinePromises.createInterface({
    input: new PassThrough(), completer,
  });
  assert.strictEqual(rl.completer, completer);
  assert.ok(!(rl instanceof readline.Interface));
  rl.close();
}
{
  const history = ['b', 'a'];
  const rl = readline.createInterface({
    input: new PassThrough(), output: tty, history, historySize: 1,
    removeHistoryDuplicates: 1, prompt: 'in: ',
  });
  // The given array is used as it is.
  assert.strictEqual(rl.history, history);
  assert.strictEqual(rl.removeHistoryDuplicates, true);
  rl.setPrompt('other: ');
  assert.strictEqual(rl.getPrompt(), 'other: ');
  rl.close();
}
