'use strict';
// Leaving a for await loop early destroys the stream; as it had not ended,
// it is destroyed with an AbortError.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = Readable.from([1, 2, 3, 4]);
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.name, 'AbortError');
  }));
  r.on('close', common.mustCall());
  for await (const value of r) {
    if (value === 2) break;
  }
  assert.strictEqual(r.destroyed, true);
})().then(common.mustCall());
