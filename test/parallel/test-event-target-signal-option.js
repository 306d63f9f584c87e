'use strict';
// { signal } removes the listener on abort; an aborted signal adds nothing.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

const target = new EventTarget();
const ac = new AbortController();
target.addEventListener('foo', common.mustCall(), { signal: ac.signal });
target.dispatchEvent(new Event('foo'));
ac.abort();
target.dispatchEvent(new Event('foo'));
assert.strictEqual(getEventListeners(target, 'foo').length, 0);

target.addEventListener('foo', common.mustNotCall(), { signal: AbortSignal.abort() });
target.dispatchEvent(new Event('foo'));
assert.throws(() => target.addEventListener('foo', () => {}, { signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
    'Received type number (1)',
});
