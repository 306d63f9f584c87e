'use strict';
// events.on() iterates the events (as argument arrays), buffering those
// not yet consumed; return() removes its listeners.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('foo', 'bar');
    ee.emit('foo', 42, 'x');
  });
  const seen = [];
  for await (const args of on(ee, 'foo')) {
    seen.push(args);
    if (seen.length === 2) break;
  }
  assert.deepStrictEqual(seen, [['bar'], [42, 'x']]);
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);

  const iterator = on(ee, 'foo');
  assert.strictEqual(iterator[Symbol.asyncIterator](), iterator);
  const next = iterator.next();
  ee.emit('foo', 1);
  assert.deepStrictEqual(await next, { value: [1], done: false });
  assert.deepStrictEqual(await iterator.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
})().then(common.mustCall());
