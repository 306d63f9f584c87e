'use strict';
// events.on() with a signal: throws at once for an aborted one, and rejects
// the pending read with an AbortError on abort.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

const ee = new EventEmitter();
assert.throws(() => on(ee, 'x', { signal: AbortSignal.abort() }), {
  name: 'AbortError',
  code: 'ABORT_ERR',
});
assert.throws(() => on(ee, 'x', { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => on(ee, 'x', { highWaterMark: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highWaterMark" is out of range. It must be ' +
    '>= 1 && <= 9007199254740991. Received 0',
});
const ac = new AbortController();
const iterator = on(ee, 'x', { signal: ac.signal });
const read = iterator.next();
ac.abort();
assert.rejects(read, { name: 'AbortError' }).then(common.mustCall(() => {
  assert.strictEqual(ee.listenerCount('x'), 0);
}));
