'use strict';
// Terminal mode history: submitted lines go first in rl.history (blank
// lines and repeats of the newest are not added, historySize bounds it,
// removeHistoryDuplicates drops older copies), each addition emits
// 'history'; Up/Down (and Ctrl+P/N) walk it, searching for entries that
// start with what was left of the cursor.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function terminal(options) {
  const output = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) { cb(); },
  });
  output.isTTY = true;
  output.columns = 80;
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output, ...options });
  return { input, rl };
}

{
  const { input, rl } = terminal({ history: ['seed'], historySize: 4 });
  const snapshots = [];
  rl.on('history', (history) => snapshots.push(history.slice()));
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  input.write('ls -l\r');
  input.write('   \r'); // blank: a line, not history
  input.write('ls -l\r'); // same as the newest
  input.write('cat file\r');
  input.write('ls -a\r');
  input.write('make\r'); // pushes 'seed' out
  assert.deepStrictEqual(lines, ['ls -l', '   ', 'ls -l', 'cat file',
                                 'ls -a', 'make']);
  assert.deepStrictEqual(rl.history, ['make', 'ls -a', 'cat file', 'ls -l']);
  assert.deepStrictEqual(snapshots, [
    ['ls -l', 'seed'],
    ['ls -l', 'seed'],
    ['cat file', 'ls -l', 'seed'],
    ['ls -a', 'cat file', 'ls -l', 'seed'],
    ['make', 'ls -a', 'cat file', 'ls -l'],
  ]);
  assert.strictEqual(rl.historyIndex, -1);

  input.write('\x1b[A'); // Up
  assert.strictEqual(rl.line, 'make');
  assert.strictEqual(rl.cursor, 4);
  assert.strictEqual(rl.historyIndex, 0);
  input.write('\x1b[A');
  assert.strictEqual(rl.line, 'ls -a');
  input.write('\x1b[B'); // Down
  assert.strictEqual(rl.line, 'make');
  input.write('\x1b[B'); // Down, past the newest: the search text ('')
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.historyIndex, -1);
  input.write('\x10'); // Ctrl+P (no search)
  assert.strictEqual(rl.line, 'make');
  input.write('\x10');
  assert.strictEqual(rl.line, 'ls -a');
  input.write('\x0e'); // Ctrl+N
  assert.strictEqual(rl.line, 'make');
  input.write('\x15'); // Ctrl+U
  rl.historyIndex = -1;

  // Prefix search: 'ls' then Up skips entries not starting with it.
  input.write('ls');
  input.write('\x1b[A');
  assert.strictEqual(rl.line, 'ls -a');
  input.write('\x1b[A');
  assert.strictEqual(rl.line, 'ls -l');
  input.write('\x1b[A'); // no older match: back to the search text
  assert.strictEqual(rl.line, 'ls');
  assert.strictEqual(rl.historyIndex, 4);
  input.write('\x1b[B');
  assert.strictEqual(rl.line, 'ls -l');
  input.write('\r');
  assert.deepStrictEqual(rl.history, ['ls -l', 'make', 'ls -a', 'cat file']);
  rl.close();
}

{
  const { input, rl } = terminal({ removeHistoryDuplicates: true });
  input.write('a\rb\ra\r');
  assert.deepStrictEqual(rl.history, ['a', 'b']);
  rl.close();
}

{
  // historySize 0: nothing is kept and 'history' is not emitted.
  const { input, rl } = terminal({ historySize: 0 });
  rl.on('history', common.mustNotCall());
  input.write('x\r');
  assert.deepStrictEqual(rl.history, []);
  rl.close();
}

{
  // A 'history' listener may remove the entry just added.
  const { input, rl } = terminal();
  rl.on('history', (history) => {
    if (history[0].startsWith('password')) history.shift();
  });
  rl.on('line', common.mustCall((line) => {
    assert.strictEqual(line, 'password 123');
  }));
  input.write('password 123\r');
  assert.deepStrictEqual(rl.history, []);
  rl.close();
}
