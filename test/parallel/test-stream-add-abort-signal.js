'use strict';
// addAbortSignal() destroys the stream with an AbortError (cause: the
// reason) when the signal aborts, at once if it already has; the signal
// option of the constructors does the same.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, addAbortSignal } = require('stream');

const ac = new AbortController();
const r = new Readable({ read() {} });
assert.strictEqual(addAbortSignal(ac.signal, r), r);
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, 'why');
}));
assert.strictEqual(r.destroyed, false);
ac.abort('why');
assert.strictEqual(r.destroyed, true);

const w = new Writable({ signal: AbortSignal.abort(), write() {} });
assert.strictEqual(w.destroyed, true);
w.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
