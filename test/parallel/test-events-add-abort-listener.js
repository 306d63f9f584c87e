'use strict';
// events.addAbortListener(): runs on abort even when propagation is
// stopped, asynchronously for an aborted signal, and is disposable.
const common = require('../common');
const assert = require('assert');
const { addAbortListener } = require('events');

const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
addAbortListener(ac.signal, common.mustCall((event) => {
  assert.strictEqual(event.type, 'abort');
}));
const disposable = addAbortListener(ac.signal, common.mustNotCall());
disposable[Symbol.for('nodejs.dispose')]();
ac.abort();

let called = false;
addAbortListener(AbortSignal.abort(), common.mustCall(() => { called = true; }));
assert.strictEqual(called, false);
queueMicrotask(common.mustCall(() => assert.strictEqual(called, true)));

assert.throws(() => addAbortListener(undefined, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. ' +
    'Received undefined',
});
assert.throws(() => addAbortListener(ac.signal, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. ' +
    "Received type string ('x')",
});
