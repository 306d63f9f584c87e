'use strict';
// dispatchEvent() calls listeners in order with the event, `this` the
// target, and sets target/currentTarget/eventPhase during dispatch only.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const event = new Event('foo');
const order = [];
target.addEventListener('foo', common.mustCall(function(e) {
  assert.strictEqual(this, target);
  assert.strictEqual(e, event);
  assert.strictEqual(e.target, target);
  assert.strictEqual(e.currentTarget, target);
  assert.strictEqual(e.srcElement, target);
  assert.strictEqual(e.eventPhase, Event.AT_TARGET);
  assert.deepStrictEqual(e.composedPath(), [target]);
  order.push(1);
}));
target.addEventListener('foo', () => order.push(2));
target.addEventListener('bar', common.mustNotCall());
assert.strictEqual(target.dispatchEvent(event), true);
assert.deepStrictEqual(order, [1, 2]);
assert.strictEqual(event.currentTarget, null);
assert.strictEqual(event.target, target);
assert.strictEqual(event.eventPhase, Event.NONE);
assert.deepStrictEqual(event.composedPath(), []);
assert.strictEqual(new EventTarget().dispatchEvent(new Event('x')), true);
