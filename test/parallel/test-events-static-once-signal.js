'use strict';
// events.once() with an AbortSignal rejects with an AbortError, at once for
// an aborted signal; a non-signal is rejected.
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

const ee = new EventEmitter();
(async () => {
  await assert.rejects(once(ee, 'x', { signal: AbortSignal.abort('why') }), {
    name: 'AbortError',
    code: 'ABORT_ERR',
    message: 'The operation was aborted',
    cause: 'why',
  });
  await assert.rejects(once(ee, 'x', { signal: 'not a signal' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of ' +
      "AbortSignal. Received type string ('not a signal')",
  });
  const ac = new AbortController();
  const pending = once(ee, 'x', { signal: ac.signal });
  assert.strictEqual(ee.listenerCount('x'), 1);
  ac.abort();
  await assert.rejects(pending, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, ac.signal.reason);
    return true;
  });
  assert.strictEqual(ee.listenerCount('x'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
})().then(common.mustCall());
