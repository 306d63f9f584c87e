'use strict';
// Several characters arriving in one chunk (a paste): each line ending in
// it submits a line, and, as in node, all but the last character are
// appended at the end of the line and echoed as they are, whatever the
// cursor position; Tab in the middle of a paste does not complete.
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
const input = new PassThrough();
const rl = readline.createInterface({
  input, output, completer: common.mustNotCall(),
});
const lines = [];
rl.on('line', (line) => lines.push(line));

input.write('one\rtwo\r\nthree\nfour');
assert.deepStrictEqual(lines, ['one', 'two', 'three']);
assert.strictEqual(rl.line, 'four');
assert.strictEqual(rl.cursor, 4);
assert.strictEqual(output.written, 'one\r\ntwo\r\nthree\r\nfour');

input.write('\x15XY\x1b[D');
assert.strictEqual(rl.cursor, 1);
output.written = '';
input.write('cd');
assert.strictEqual(rl.line, 'XYdc');
assert.strictEqual(rl.cursor, 3);
assert.strictEqual(output.written, 'c\x1b[1G\x1b[0J> XYdc\x1b[6G');

input.write('\x05');
input.write('\x15');
input.write('a\tb');
assert.strictEqual(rl.line, 'a\tb');
assert.strictEqual(rl.isCompletionEnabled, true);
rl.close();
