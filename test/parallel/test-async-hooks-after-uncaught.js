'use strict';
// After an uncaught exception that a listener handles, the after hooks of
// the callbacks it unwound run, innermost first, once each.
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');

const open = [];
const order = [];
let collecting = true;
const hook = async_hooks.createHook({
  before(id) { if (collecting) open.push(id); },
  after(id) {
    if (!collecting) return;
    order.push(id);
    const at = open.lastIndexOf(id);
    assert.notStrictEqual(at, -1, `after(${id}) without before`);
    open.splice(at, 1);
  },
}).enable();

process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'bye');
}));
let inner;
let outer;
setImmediate(common.mustCall(() => {
  process.nextTick(common.mustCall(() => {
    collecting = false;
    hook.disable();
    // Only this tick is still open.
    assert.deepStrictEqual(open, [async_hooks.executionAsyncId()]);
    assert.ok(order.indexOf(inner) < order.indexOf(outer));
  }));
  const a = new async_hooks.AsyncResource('Outer');
  outer = a.asyncId();
  a.runInAsyncScope(() => {
    const b = new async_hooks.AsyncResource('Inner');
    inner = b.asyncId();
    b.runInAsyncScope(() => { throw new Error('bye'); });
  });
}));
