'use strict';
// events.on(): an 'error' event rejects the next read once, then the
// iterator is done; throw() needs an Error.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  const err = new Error('kaboom');
  const iterator = on(ee, 'foo');
  ee.emit('foo', 1);
  ee.emit('error', err);
  assert.deepStrictEqual(await iterator.next(), { value: [1], done: false });
  await assert.rejects(iterator.next(), (e) => e === err);
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
  assert.strictEqual(ee.listenerCount('foo'), 0);

  const it2 = on(ee, 'foo');
  assert.throws(() => it2.throw('nope'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.AsyncIterator" property must be an instance ' +
      "of Error. Received type string ('nope')",
  });
  const pending = it2.next();
  assert.strictEqual(it2.throw(err), undefined);
  await assert.rejects(pending, (e) => e === err);
})().then(common.mustCall());
