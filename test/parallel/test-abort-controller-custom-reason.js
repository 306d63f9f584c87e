'use strict';
// abort(reason) keeps any value as the reason; later aborts change nothing.
require('../common');
const assert = require('assert');

for (const reason of ['text', 0, null, { a: 1 }, new Error('e')]) {
  const ac = new AbortController();
  ac.abort(reason);
  assert.strictEqual(ac.signal.reason, reason);
  ac.abort('second');
  assert.strictEqual(ac.signal.reason, reason);
}
// abort(undefined) uses the default reason.
const ac = new AbortController();
ac.abort(undefined);
assert.strictEqual(ac.signal.reason.name, 'AbortError');
