'use strict';
// readline.Interface keeps node's legacy underscore API: rl._prompt and
// friends read and write the interface's state, and the interface itself
// calls the `_name` methods, so overriding rl._writeToOutput (the usual way
// to mask a password) or rl._ttyWrite takes effect.
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
const rl = readline.createInterface({ input, output, prompt: 'pw: ' });

assert.strictEqual(rl._prompt, 'pw: ');
rl._prompt = '$ ';
assert.strictEqual(rl.getPrompt(), '$ ');
rl.setPrompt('pw: ');
assert.strictEqual(rl._questionCallback, undefined);
for (const name of ['_onLine', '_writeToOutput', '_addHistory',
                    '_refreshLine', '_normalWrite', '_insertString',
                    '_tabComplete', '_wordLeft', '_wordRight', '_deleteLeft',
                    '_deleteRight', '_deleteWordLeft', '_deleteWordRight',
                    '_deleteLineLeft', '_deleteLineRight', '_line',
                    '_historyNext', '_historyPrev', '_getDisplayPos',
                    '_getCursorPos', '_moveCursor', '_ttyWrite',
                    '_setRawMode']) {
  assert.strictEqual(typeof rl[name], 'function', name);
}
assert.strictEqual(rl._getCursorPos, rl.getCursorPos);

// Masking: every character is shown as '*'.
rl._writeToOutput = function(text) {
  output.written += text === this.getPrompt() ? text : '*';
};
rl.prompt();
output.written = '';
input.write('s');
input.write('e');
input.write('c');
assert.strictEqual(rl.line, 'sec');
assert.strictEqual(output.written, '***');

// Every key goes through rl._ttyWrite.
const seen = [];
const original = rl._ttyWrite;
rl._ttyWrite = function(s, key) {
  seen.push(key.name);
  return original.call(this, s, key);
};
input.write('\x1b[D');
input.write('x');
assert.deepStrictEqual(seen, ['left', 'x']);
assert.strictEqual(rl.line, 'sexc');
rl.close();
