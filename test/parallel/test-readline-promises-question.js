'use strict';
// readline/promises: question() resolves with the next line; with a signal
// it rejects with an AbortError (cause: the reason) and cancels the
// question; a bad signal rejects with ERR_INVALID_ARG_TYPE.
const common = require('../common');
const assert = require('assert');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.setEncoding('utf8');
output.on('data', (data) => { written += data; });
const rl = readlinePromises.createInterface({ input, output });
assert.ok(rl instanceof readlinePromises.Interface);
assert.strictEqual(typeof rl.question, 'function');

(async () => {
  const answer = rl.question('Colour? ');
  input.write('blue\n');
  assert.strictEqual(await answer, 'blue');

  const ac = new AbortController();
  const aborted = rl.question('Size? ', { signal: ac.signal });
  ac.abort('changed my mind');
  await assert.rejects(aborted, {
    name: 'AbortError',
    code: 'ABORT_ERR',
    message: 'The operation was aborted',
    cause: 'changed my mind',
  });
  assert.strictEqual(rl.getPrompt(), '> ');

  await assert.rejects(rl.question('X? ', { signal: AbortSignal.abort() }),
                       { name: 'AbortError' });
  await assert.rejects(rl.question('X? ', { signal: 'nope' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });

  // The line after the cancelled question is an ordinary one.
  const line = new Promise((resolve) => rl.once('line', resolve));
  input.write('free\n');
  assert.strictEqual(await line, 'free');
  assert.strictEqual(written, 'Colour? Size? \r\n');
  rl.close();
})().then(common.mustCall());
