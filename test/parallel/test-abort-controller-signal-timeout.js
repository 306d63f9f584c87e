'use strict';
// AbortSignal.timeout(ms) aborts with a TimeoutError DOMException.
const common = require('../common');
const assert = require('assert');

const signal = AbortSignal.timeout(10);
// The signal's timer is unref'ed: this interval keeps the process alive.
const keepAlive = setInterval(() => {}, 1000);
assert.strictEqual(signal.aborted, false);
signal.addEventListener('abort', common.mustCall(() => {
  assert.strictEqual(signal.aborted, true);
  assert.ok(signal.reason instanceof DOMException);
  assert.strictEqual(signal.reason.name, 'TimeoutError');
  assert.strictEqual(signal.reason.code, DOMException.TIMEOUT_ERR);
  assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
  clearInterval(keepAlive);
}));
