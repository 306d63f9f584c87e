'use strict';
// Ctrl+C emits 'SIGINT' when there is a listener and otherwise closes the
// interface; Ctrl+Z emits 'SIGTSTP' when there is a listener (instead of
// suspending the process); Ctrl+D closes it on an empty line only; in
// terminal mode the end of the input emits the unfinished line, then
// closes.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function terminal() {
  const output = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) { cb(); },
  });
  output.isTTY = true;
  output.columns = 80;
  const input = new PassThrough();
  return { input, rl: readline.createInterface({ input, output }) };
}

{
  const { input, rl } = terminal();
  rl.on('SIGINT', common.mustCall(2));
  rl.on('close', common.mustNotCall());
  input.write('abc\x03');
  assert.strictEqual(rl.line, 'abc');
  input.write('\x03');
  rl.removeAllListeners('close');
  rl.close();
}
{
  const { input, rl } = terminal();
  rl.on('close', common.mustCall());
  input.write('abc\x03');
  assert.strictEqual(rl.closed, true);
}
{
  const { input, rl } = terminal();
  rl.on('SIGTSTP', common.mustCall());
  input.write('ab\x1a');
  assert.strictEqual(rl.line, 'ab');
  rl.close();
}
{
  const { input, rl } = terminal();
  rl.on('close', common.mustCall());
  input.write('x\x04');
  assert.strictEqual(rl.closed, undefined);
  input.write('\x7f\x04');
  assert.strictEqual(rl.closed, true);
}
{
  const { input, rl } = terminal();
  const events = [];
  rl.on('line', (line) => events.push(line));
  rl.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['done', 'unfinished', 'close']);
  }));
  input.write('done\runfinished');
  input.end();
}
