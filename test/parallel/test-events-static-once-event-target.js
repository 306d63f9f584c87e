'use strict';
// events.once() works on an EventTarget, resolving with the Event, and does
// not treat 'error' specially there.
const common = require('../common');
const assert = require('assert');
const { once } = require('events');

const et = new EventTarget();
(async () => {
  const event = new Event('foo');
  process.nextTick(() => et.dispatchEvent(event));
  const [got] = await once(et, 'foo');
  assert.strictEqual(got, event);

  process.nextTick(() => et.dispatchEvent(new Event('error')));
  const [errEvent] = await once(et, 'error');
  assert.strictEqual(errEvent.type, 'error');
})().then(common.mustCall());
