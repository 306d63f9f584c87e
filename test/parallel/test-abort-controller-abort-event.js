'use strict';
// abort() fires one trusted 'abort' event on the signal, then only flags.
const common = require('../common');
const assert = require('assert');

const ac = new AbortController();
const { signal } = ac;
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);
signal.addEventListener('abort', common.mustCall((event) => {
  assert.strictEqual(event.type, 'abort');
  assert.strictEqual(event.isTrusted, true);
  assert.strictEqual(event.target, signal);
  assert.strictEqual(signal.aborted, true);
}));
ac.abort();
ac.abort();
assert.strictEqual(ac.signal, signal);
assert.strictEqual(signal.aborted, true);
