'use strict';
// A completer of two arguments is called as (line, callback) and may
// answer later; input waits ('pause', then 'resume') meanwhile. An error
// passed to the callback is written as "Tab completion error: " and the
// inspected error.
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

let fail = false;
const input = new PassThrough();
const rl = readline.createInterface({
  input,
  output,
  completer: common.mustCall((line, callback) => {
    assert.strictEqual(typeof callback, 'function');
    setImmediate(() => {
      if (fail) callback(new Error('no completions today'));
      else callback(null, [['hello', 'help'], line]);
    });
  }, 2),
});
const events = [];
rl.on('pause', () => events.push('pause'));
rl.on('resume', () => events.push('resume'));

input.write('he');
input.write('\t');
assert.strictEqual(rl.line, 'he');
assert.deepStrictEqual(events, ['pause']);
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(events, ['pause', 'resume']);
  assert.strictEqual(rl.line, 'hel');
  assert.strictEqual(rl.cursor, 3);
  fail = true;
  output.written = '';
  input.write('\t');
  setImmediate(common.mustCall(() => {
    assert.strictEqual(rl.line, 'hel');
    assert.match(output.written,
                 /^Tab completion error: Error: no completions today\n {4}at /);
    rl.close();
  }));
}));
