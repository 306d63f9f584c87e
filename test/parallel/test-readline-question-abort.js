'use strict';
// question() with an AbortSignal: aborting cancels the pending question
// (its callback is never called, the prompt is restored and '\r\n'
// written); an already aborted signal asks nothing; a bad signal throws
// ERR_INVALID_ARG_TYPE; util.promisify(rl.question) rejects with an
// AbortError whose cause is the abort reason.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const util = require('util');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.setEncoding('utf8');
output.on('data', (data) => { written += data; });
const rl = readline.createInterface({ input, output });

const ac = new AbortController();
rl.question('Q1? ', { signal: ac.signal }, common.mustNotCall());
assert.strictEqual(rl.getPrompt(), 'Q1? ');
ac.abort();
assert.strictEqual(rl.getPrompt(), '> ');
assert.strictEqual(written, 'Q1? \r\n');

rl.question('Q2? ', { signal: AbortSignal.abort() }, common.mustNotCall());
assert.strictEqual(rl.getPrompt(), '> ');

assert.throws(() => rl.question('Q3? ', { signal: {} }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options.signal" property must be an instance of ' +
    'AbortSignal. Received an instance of Object',
});

// The line after a cancelled question is an ordinary line.
rl.once('line', common.mustCall((line) => assert.strictEqual(line, 'plain')));
input.write('plain\n');

const question = util.promisify(rl.question).bind(rl);
const ac2 = new AbortController();
const pending = question('Q4? ', { signal: ac2.signal });
ac2.abort('stop');
assert.rejects(pending, (err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, 'stop');
  return true;
}).then(common.mustCall(() => {
  return assert.rejects(question('Q5? ', { signal: AbortSignal.abort(7) }),
                        { name: 'AbortError', cause: 7 });
})).then(common.mustCall(() => {
  const answered = question('Q6? ');
  input.write('yes\n');
  return answered;
})).then(common.mustCall((answer) => {
  assert.strictEqual(answer, 'yes');
  rl.close();
}));
