'use strict';
// A completer of one argument returns [completions, completeOn]. Tab
// inserts the prefix all completions share; when there is nothing more to
// insert, a second Tab lists the completions below the line and draws the
// prompt again. The completer sees the text left of the cursor.
const common = require('../common');
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

const fruits = ['apple', 'apricot', 'banana'];
const seen = [];
const completer = common.mustCall((line) => {
  seen.push(line);
  const word = line.split(' ').pop();
  return [fruits.filter((f) => f.startsWith(word)), word];
}, 4);

const input = new PassThrough();
const rl = readline.createInterface({ input, output, completer });
assert.strictEqual(rl.completer.length, 2);
rl.prompt();
take();

input.write('eat a');
assert.strictEqual(take(), 'eat a');
input.write('\t');
assert.strictEqual(rl.line, 'eat ap');
assert.strictEqual(take(), 'p');
input.write('\t'); // nothing more to add: a Tab right after a Tab lists
assert.strictEqual(take(), '\r\napple    apricot\r\n\r\n' +
  '\x1b[1G\x1b[0J> eat ap\x1b[9G');
assert.strictEqual(rl.line, 'eat ap');

input.write('\x15b\x1b[D'); // 'b' with the cursor before it
take();
input.write('\t'); // completes '': nothing in common, and no listing
assert.strictEqual(take(), '');
assert.strictEqual(rl.line, 'b');
input.write('\x05\t');
assert.strictEqual(rl.line, 'banana');
assert.strictEqual(rl.cursor, 6);
assert.deepStrictEqual(seen, ['eat a', 'eat ap', '', 'b']);
rl.close();
