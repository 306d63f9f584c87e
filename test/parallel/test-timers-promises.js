'use strict';
// timers/promises: setTimeout and setImmediate resolve with their value;
// setInterval is an async iterator; all of them reject with an AbortError
// when their signal aborts, and validate their options.
const common = require('../common');
const assert = require('assert');
const timersPromises = require('timers/promises');
const { promisify } = require('util');

assert.strictEqual(require('timers').promises, timersPromises);
assert.strictEqual(promisify(setTimeout), timersPromises.setTimeout);
assert.strictEqual(promisify(setImmediate), timersPromises.setImmediate);

(async () => {
  assert.strictEqual(await timersPromises.setTimeout(2, 'v'), 'v');
  assert.strictEqual(await timersPromises.setImmediate('i'), 'i');
  assert.strictEqual(await timersPromises.scheduler.wait(1), undefined);

  let n = 0;
  for await (const value of timersPromises.setInterval(1, 'tick')) {
    assert.strictEqual(value, 'tick');
    if (++n === 3) break;
  }

  const ac = new AbortController();
  const pending = timersPromises.setTimeout(1000, 'late', { signal: ac.signal });
  ac.abort();
  await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR' });

  const aborted = AbortSignal.abort('why');
  await assert.rejects(timersPromises.setImmediate(1, { signal: aborted }),
                       (err) => err.code === 'ABORT_ERR' && err.cause === 'why');

  await assert.rejects(timersPromises.setTimeout(1, 'v', 1),
                       { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(timersPromises.setTimeout(1, 'v', { ref: 1 }),
                       { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(timersPromises.setTimeout(1, 'v', { signal: 1 }),
                       { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(timersPromises.setTimeout('1'),
                       { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
