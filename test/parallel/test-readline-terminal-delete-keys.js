'use strict';
// Terminal mode deletions: Backspace/Ctrl+H, Delete/Ctrl+D, Ctrl+U and
// Ctrl+K (to the line's start and end), Ctrl+W, Meta+Backspace and
// Meta+D/Ctrl+Delete (words), Ctrl+Shift+Delete, on astral characters as
// whole characters; each redraws the line.
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

const input = new PassThrough();
const rl = readline.createInterface({ input, output, prompt: '> ' });

function check(keys, line, cursor) {
  input.write(keys);
  assert.strictEqual(rl.line, line, JSON.stringify(keys));
  assert.strictEqual(rl.cursor, cursor, JSON.stringify(keys));
}

check('one two three', 'one two three', 13);
output.written = '';
check('\x7f', 'one two thre', 12); // Backspace
assert.strictEqual(output.written, '\x1b[1G\x1b[0J> one two thre\x1b[15G');
check('\x08', 'one two thr', 11); // Ctrl+H
check('\x17', 'one two ', 8); // Ctrl+W
check('\x1b\x7f', 'one ', 4); // Meta+Backspace
check('\x01', 'one ', 0);
check('\x1b[3~', 'ne ', 0); // Delete
check('\x04', 'e ', 0); // Ctrl+D deletes when the line is not empty
check('\x05\x04', 'e ', 2); // ... and does nothing at its end
check('\x15', '', 0); // Ctrl+U
check('alpha beta gamma\x01', 'alpha beta gamma', 0);
check('\x1bd', 'beta gamma', 0); // Meta+D: the word and the blank after
check('\x1b[3;5~', 'gamma', 0); // Ctrl+Delete
check('\x1bf\x1b[D\x1b[D', 'gamma', 3);
check('\x0b', 'gam', 3); // Ctrl+K
check('\x01\x1b[C\x1b[3;6~', 'g', 1); // Ctrl+Shift+Delete: line right
check('\x15', '', 0);
check('a😀b', 'a😀b', 4);
check('\x1b[D\x7f', 'ab', 1); // the surrogate pair goes at once
check('😀', 'a😀b', 3);
check('\x1b[D', 'a😀b', 1);
check('\x1b[3~', 'ab', 1);
assert.strictEqual(rl.listenerCount('close'), 1);
rl.close();
