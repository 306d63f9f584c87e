'use strict';
// signal.throwIfAborted() throws the reason itself.
require('../common');
const assert = require('assert');

const ac = new AbortController();
ac.signal.throwIfAborted();
const reason = { custom: true };
ac.abort(reason);
assert.throws(() => ac.signal.throwIfAborted(), (err) => err === reason);
assert.throws(() => AbortSignal.abort().throwIfAborted(), {
  name: 'AbortError',
  message: 'This operation was aborted',
});
