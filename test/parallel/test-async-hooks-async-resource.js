'use strict';
// AsyncResource: runInAsyncScope enters its context, bind() keeps it for
// later calls, and bad trigger ids are rejected.
const common = require('../common');
const assert = require('assert');
const { AsyncResource, executionAsyncId, triggerAsyncId,
        executionAsyncResource } = require('async_hooks');

const resource = new AsyncResource('Custom', { triggerAsyncId: 1 });
assert.strictEqual(resource.triggerAsyncId(), 1);
resource.runInAsyncScope(common.mustCall(function(a, b) {
  assert.strictEqual(this, 'thisArg');
  assert.deepStrictEqual([a, b], [1, 2]);
  assert.strictEqual(executionAsyncId(), resource.asyncId());
  assert.strictEqual(triggerAsyncId(), 1);
  assert.strictEqual(executionAsyncResource(), resource);
}), 'thisArg', 1, 2);
assert.strictEqual(executionAsyncId(), 1);

const bound = resource.bind(function(x) {
  return [executionAsyncId(), x];
});
assert.strictEqual(bound.length, 1);
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(bound('v'), [resource.asyncId(), 'v']);
}));
const staticBound = AsyncResource.bind(() => executionAsyncId());
assert.notStrictEqual(staticBound(), executionAsyncId());

assert.throws(() => new AsyncResource('X', { triggerAsyncId: -2 }), {
  code: 'ERR_INVALID_ASYNC_ID',
  message: 'Invalid triggerAsyncId value: -2',
});
assert.throws(() => new AsyncResource(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => resource.bind(1), { code: 'ERR_INVALID_ARG_TYPE' });
