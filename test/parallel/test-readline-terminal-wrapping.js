'use strict';
// Terminal mode on a narrow output: getCursorPos() counts the rows the
// prompt and line take (wide characters are two columns and never split
// over a row's end, tabs stop every tabSize columns, '\n' in the prompt
// starts a row), and redrawing moves up to the first row first.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function terminal(options, columns) {
  const output = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      output.written += chunk;
      cb();
    },
  });
  output.written = '';
  output.isTTY = true;
  output.columns = columns;
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output, ...options });
  return { input, output, rl };
}

{
  const { input, output, rl } = terminal({ prompt: '> ' }, 10);
  rl.prompt();
  input.write('abcdefg');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 9 });
  output.written = '';
  input.write('h'); // reaches the edge: redrawn, with a blank to wrap
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 0 });
  assert.strictEqual(output.written, '\x1b[1G\x1b[0J> abcdefgh \x1b[1G');
  input.write('ijk');
  output.written = '';
  input.write('\x01'); // Ctrl+A: to another row, so redrawn from the top
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 2 });
  assert.strictEqual(output.written,
                     '\x1b[1A\x1b[1G\x1b[0J> abcdefghijk\x1b[3G\x1b[1A');
  rl.close();
}
{
  const { input, rl } = terminal({ prompt: '' }, 5);
  input.write('ab中中'); // the second wide character does not fit in row 0
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 2 });
  rl.close();
}
{
  const { input, rl } = terminal({ prompt: 'x\tab\n> ', tabSize: 4 }, 20);
  input.write('\t1');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 5 });
  rl.close();
}
{
  // ANSI colours in the prompt take no columns.
  const { input, rl } = terminal({ prompt: '\x1b[32m>\x1b[39m ' }, 80);
  input.write('abc');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 5 });
  rl.close();
}
