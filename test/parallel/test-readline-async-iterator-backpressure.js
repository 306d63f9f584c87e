'use strict';
// While a for-await loop lags behind, more than 1024 buffered lines pause
// the interface (and its input); it resumes once the loop has caught up.
// Lines are neither lost nor reordered. Breaking out of the loop removes
// its 'line' listener.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const events = [];
rl.on('pause', () => events.push('pause'));
rl.on('resume', () => events.push('resume'));

const expected = [];
for (let i = 0; i < 3000; i++) expected.push(String(i));

(async () => {
  setImmediate(() => input.end(expected.join('\n')));
  const seen = [];
  for await (const line of rl) {
    seen.push(line);
    if (seen.length === 1025) {
      assert.strictEqual(rl.paused, true);
      assert.strictEqual(input.isPaused(), true);
    }
  }
  assert.deepStrictEqual(seen, expected);
  // Paused above the high-water mark, resumed when drained, paused by
  // close() at the end.
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause']);
  assert.strictEqual(rl.listenerCount('line'), 0);

  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  setImmediate(() => input2.write('1\n2\n3\n'));
  for await (const line of rl2) {
    if (line === '2') break;
  }
  assert.strictEqual(rl2.listenerCount('line'), 0);
  rl2.close();
})().then(common.mustCall());
