'use strict';
// With TERM=dumb, readline.Interface in terminal mode only appends what is
// typed: the prompt is written as it is, cursor keys do nothing, Enter
// submits, Ctrl+C emits 'SIGINT' and Ctrl+D closes.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

process.env.TERM = 'dumb';
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
const events = [];
rl.on('line', (line) => events.push(`line ${line}`));
rl.on('SIGINT', () => events.push('SIGINT'));
rl.on('close', common.mustCall(() => events.push('close')));

rl.prompt();
input.write('ab');
input.write('\x1b[D');
input.write('c\r');
input.write('\n'); // the '\n' of '\r\n'
input.write('x\x03');
assert.strictEqual(rl.line, 'x');
input.write('\x04');
assert.strictEqual(output.written, '> abc\r\nx');
assert.deepStrictEqual(events, ['line abc', 'SIGINT', 'close']);
