'use strict';
// stream[Symbol.asyncDispose]() destroys the stream (with an AbortError if
// it had not ended) and resolves once it is closed.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

(async () => {
  const r = new Readable({ read() {} });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  assert.strictEqual(await r[Symbol.asyncDispose](), null);
  assert.strictEqual(r.destroyed, true);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', common.mustNotCall());
  w.end();
  await new Promise((resolve) => w.on('finish', resolve));
  await w[Symbol.asyncDispose]();
  assert.strictEqual(w.destroyed, true);
})().then(common.mustCall());
