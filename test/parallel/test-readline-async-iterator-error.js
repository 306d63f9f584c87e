'use strict';
// An error of the input stream is emitted as 'error' on the interface, so
// a for-await loop over it throws that error after the lines before it.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'disk on fire');
  }));
  input.destroy(new Error('disk on fire'));
}

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  setImmediate(() => {
    input.write('a\nb\n');
    setImmediate(() => input.destroy(new Error('broken pipe')));
  });
  const seen = [];
  await assert.rejects(async () => {
    for await (const line of rl) seen.push(line);
  }, { message: 'broken pipe' });
  assert.deepStrictEqual(seen, ['a', 'b']);
})().then(common.mustCall());
