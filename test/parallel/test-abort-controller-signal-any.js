'use strict';
// AbortSignal.any() aborts with the reason of the first input to abort.
const common = require('../common');
const assert = require('assert');

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
assert.strictEqual(any.aborted, false);
any.addEventListener('abort', common.mustCall(() => {
  assert.strictEqual(any.reason, 'from b');
}));
b.abort('from b');
a.abort('from a');
assert.strictEqual(any.reason, 'from b');

// An already aborted input makes an aborted result.
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('early')]);
assert.strictEqual(pre.aborted, true);
assert.strictEqual(pre.reason, 'early');

// Nested composites follow their sources.
const c = new AbortController();
const nested = AbortSignal.any([AbortSignal.any([c.signal])]);
c.abort('deep');
assert.strictEqual(nested.reason, 'deep');

assert.strictEqual(AbortSignal.any([]).aborted, false);
