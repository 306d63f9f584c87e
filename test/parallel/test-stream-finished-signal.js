'use strict';
// finished() with { signal } calls back with an AbortError (whose cause is
// the reason) when the signal aborts first; cleanup() stops it entirely.
const common = require('../common');
const assert = require('assert');
const { Readable, finished } = require('stream');

const ac = new AbortController();
const r = new Readable({ read() {} });
finished(r, { signal: ac.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, 'stop');
}));
ac.abort('stop');
assert.strictEqual(r.destroyed, false);

const r2 = new Readable({ read() {} });
const cleanup = finished(r2, common.mustNotCall());
assert.strictEqual(typeof cleanup, 'function');
cleanup();
r2.destroy();
