'use strict';
// Terminal mode with a fake TTY output: Left/Right, Home/End, Ctrl+A/E/B/F
// and the word moves (Meta+B/F, Ctrl+Left/Right) move rl.cursor, and the
// terminal's cursor by the same columns.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const output = new Writable({
  decodeStrings: false,
  write(chunk, encoding, cb) {
    output.written += chunk;
    cb();
  },
});
output.written = '';
output.isTTY = true;
output.columns = 80;
const take = () => {
  const written = output.written;
  output.written = '';
  return written;
};

const input = new PassThrough();
const rl = readline.createInterface({ input, output, prompt: '> ' });
assert.strictEqual(rl.terminal, true);
assert.strictEqual(rl.cursor, 0);

rl.prompt();
assert.strictEqual(take(), '\x1b[1G\x1b[0J> \x1b[3G');
input.write('foo bar.baz');
assert.strictEqual(take(), 'foo bar.baz');
assert.strictEqual(rl.line, 'foo bar.baz');
assert.strictEqual(rl.cursor, 11);

const steps = [
  ['\x1b[D', 10, '\x1b[1D'], // Left
  ['\x1b[C', 11, '\x1b[1C'], // Right
  ['\x1b[C', 11, ''], // Right at the end
  ['\x1b[H', 0, '\x1b[11D'], // Home
  ['\x1b[F', 11, '\x1b[11C'], // End
  ['\x01', 0, '\x1b[11D'], // Ctrl+A
  ['\x06', 1, '\x1b[1C'], // Ctrl+F
  ['\x05', 11, '\x1b[10C'], // Ctrl+E
  ['\x02', 10, '\x1b[1D'], // Ctrl+B
  ['\x1bb', 8, '\x1b[2D'], // Meta+B: to the start of 'baz'
  ['\x1bb', 7, '\x1b[1D'], // onto '.'
  ['\x1bb', 4, '\x1b[3D'], // 'bar'
  ['\x1b[1;5D', 0, '\x1b[4D'], // Ctrl+Left
  ['\x1bf', 4, '\x1b[4C'], // Meta+F: past 'foo '
  ['\x1b[1;5C', 7, '\x1b[3C'], // Ctrl+Right: past 'bar'
  ['\x1bOH', 0, '\x1b[7D'], // Home (SS3 form)
  ['\x1b[4~', 11, '\x1b[11C'], // End (rxvt form)
];
for (const [key, cursor, written] of steps) {
  input.write(key);
  assert.strictEqual(rl.cursor, cursor, JSON.stringify(key));
  assert.strictEqual(take(), written, JSON.stringify(key));
}
assert.strictEqual(rl.line, 'foo bar.baz');
rl.close();
