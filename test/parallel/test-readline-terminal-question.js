'use strict';
// question() in terminal mode draws the query as the prompt, the answer
// is edited like any line (and added to the history), and the prompt is
// restored afterwards; a terminal 'resize' redraws the line.
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
const rl = readline.createInterface({ input, output });
rl.on('line', common.mustNotCall());

rl.question('Name? ', common.mustCall((answer) => {
  assert.strictEqual(answer, 'Grace');
  assert.strictEqual(rl.getPrompt(), '> ');
  assert.deepStrictEqual(rl.history, ['Grace']);
}));
assert.strictEqual(output.written, '\x1b[1G\x1b[0JName? \x1b[7G');
input.write('Grcae');
input.write('\x1b[D');
input.write('\x1b[D');
input.write('\x1b[D');
input.write('\x1b[3~');
input.write('\x1b[C');
input.write('c');
assert.strictEqual(rl.line, 'Grace');
output.written = '';
output.emit('resize');
assert.strictEqual(output.written, '\x1b[1G\x1b[0JName? Grace\x1b[11G');
output.written = '';
input.write('\r'); // to the end of the line, then a new row
assert.strictEqual(output.written, '\x1b[1C\r\n');
assert.strictEqual(rl.line, '');
rl.close();
assert.strictEqual(output.listenerCount('resize'), 0);
