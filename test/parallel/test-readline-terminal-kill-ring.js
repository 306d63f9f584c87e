'use strict';
// Ctrl+U and Ctrl+K put the deleted text on the kill ring; Ctrl+Y inserts
// the newest kill and Meta+Y right after it replaces that with the next
// older one, cycling. Meta+Y after any other key does nothing.
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

check('first', 'first', 5);
check('\x15', '', 0); // kill 'first'
check('second', 'second', 6);
check('\x01', 'second', 0);
check('\x0b', '', 0); // kill 'second'
check('third', 'third', 5);
check('\x1b[D\x1b[D', 'third', 3);
check('\x0b', 'thi', 3); // kill 'rd'
check('\x19', 'third', 5); // Ctrl+Y: 'rd'
check('\x1by', 'thisecond', 9); // Meta+Y: 'second' instead
check('\x1by', 'thifirst', 8);
check('\x1by', 'third', 5); // back to the newest
check('\x1b[D', 'third', 4);
check('\x1by', 'third', 4); // not right after a yank
check('\x15', 'd', 0); // kill 'thir'
check('\x0b', '', 0); // kill 'd'
check('\x19', 'd', 1); // the newest kill is 'd' ...
check('\x15', '', 0); // ... and killing 'd' again does not repeat it
check('\x19', 'd', 1);
check('\x1by', 'thir', 4);
rl.close();
