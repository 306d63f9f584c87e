'use strict';
// createHook: init sees each resource's type and trigger; before/after
// bracket its callback; destroy follows; disable() stops the events;
// executionAsyncId/triggerAsyncId are the running resource's.
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');

const events = [];
let timeoutId;
const hook = async_hooks.createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    if (type === 'Timeout' && timeoutId === undefined) {
      timeoutId = asyncId;
      events.push(['init', type, triggerAsyncId === async_hooks.executionAsyncId()]);
    }
  },
  before(asyncId) {
    if (asyncId === timeoutId) events.push(['before']);
  },
  after(asyncId) {
    if (asyncId === timeoutId) events.push(['after']);
  },
  destroy(asyncId) {
    if (asyncId === timeoutId) events.push(['destroy']);
  },
}).enable();

setTimeout(common.mustCall(() => {
  events.push(['callback', async_hooks.executionAsyncId() === timeoutId]);
}), 1);

setTimeout(common.mustCall(() => {
  hook.disable();
  assert.deepStrictEqual(events, [
    ['init', 'Timeout', true], ['before'], ['callback', true], ['after'],
    ['destroy'],
  ]);
}), 20);

assert.throws(() => async_hooks.createHook({ init: 1 }), {
  code: 'ERR_ASYNC_CALLBACK',
  message: 'hook.init must be a function',
});
assert.strictEqual(async_hooks.executionAsyncId(), 1);
assert.strictEqual(async_hooks.triggerAsyncId(), 0);
assert.strictEqual(async_hooks.asyncWrapProviders.PROMISE, 26);
