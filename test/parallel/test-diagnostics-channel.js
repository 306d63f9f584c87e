'use strict';
// diagnostics_channel: publish reaches subscribers with the channel name,
// channels are shared by name, hasSubscribers follows subscribe and
// unsubscribe, a throwing subscriber is reported as uncaught without
// stopping the others, and bindStore runs publishers inside a store.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const channel = dc.channel('nodus:test');
assert.strictEqual(dc.channel('nodus:test'), channel);
assert.ok(channel instanceof dc.Channel);
assert.strictEqual(channel.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('nodus:test'), false);

const received = [];
const listener = (message, name) => received.push([message, name]);
channel.subscribe(listener);
assert.strictEqual(channel.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('nodus:test'), true);
channel.publish({ n: 1 });
assert.deepStrictEqual(received, [[{ n: 1 }, 'nodus:test']]);
assert.strictEqual(channel.unsubscribe(listener), true);
assert.strictEqual(channel.unsubscribe(listener), false);
assert.strictEqual(channel.hasSubscribers, false);
channel.publish({ n: 2 });
assert.strictEqual(received.length, 1);

const error = new Error('subscriber failed');
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err, error);
}));
const other = dc.channel('nodus:throwing');
other.subscribe(() => { throw error; });
other.subscribe(common.mustCall());
other.publish('x');

const store = new AsyncLocalStorage();
const bound = dc.channel('nodus:store');
bound.bindStore(store, (data) => ({ wrapped: data }));
const result = bound.runStores('payload', function(a) {
  assert.deepStrictEqual(store.getStore(), { wrapped: 'payload' });
  return a + 1;
}, null, 41);
assert.strictEqual(result, 42);

assert.throws(() => dc.channel(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. ' +
    'Received type number (1)',
});
assert.throws(() => channel.subscribe(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "subscription" argument must be of type function. ' +
    'Received type number (1)',
});
