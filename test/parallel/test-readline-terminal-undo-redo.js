'use strict';
// Ctrl+- (0x1f) undoes the last edit of the line and Ctrl+6 (0x1e) redoes
// it; submitting a line forgets both stacks.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const output = new Writable({
  decodeStrings: false,
  write(chunk, encoding, cb) { cb(); },
});
output.isTTY = true;
output.columns = 80;
const input = new PassThrough();
const rl = readline.createInterface({ input, output });

function check(key, line, cursor) {
  input.write(key);
  assert.strictEqual(rl.line, line, JSON.stringify(key));
  assert.strictEqual(rl.cursor, cursor, JSON.stringify(key));
}

check('a', 'a', 1);
check('b', 'ab', 2);
check('c', 'abc', 3);
check('\x1b[D', 'abc', 2);
check('\x7f', 'ac', 1);
check('\x1f', 'abc', 2);
check('\x1f', 'ab', 2);
check('\x1f', 'a', 1);
check('\x1e', 'ab', 2);
check('\x1e', 'abc', 2); // the cursor as it was before the edit
check('\x1e', 'ac', 1);
check('\x1e', 'ac', 1); // nothing more to redo
check('\x15', 'c', 0);
check('\x1f', 'ac', 1);
check('\r', '', 0);
check('\x1f', '', 0); // nothing to undo after a submitted line
rl.close();
