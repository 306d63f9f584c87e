'use strict';
// tracingChannel: traceSync, tracePromise and traceCallback publish
// start/end/asyncStart/asyncEnd/error with one context object.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');

const events = [];
const tracing = dc.tracingChannel('nodus:op');
const handlers = {};
for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[name] = (context) => events.push([name, context.result ?? null,
                                             context.error?.message ?? null]);
}
tracing.subscribe(handlers);
assert.strictEqual(tracing.hasSubscribers, true);

assert.strictEqual(tracing.traceSync((a, b) => a + b, {}, null, 2, 3), 5);
assert.throws(() => tracing.traceSync(() => { throw new Error('sync'); }),
              { message: 'sync' });
tracing.traceCallback(function(x, cb) { cb(null, x * 2); }, -1, {}, null, 21,
                      common.mustCall((err, value) => {
                        assert.strictEqual(value, 42);
                      }));
tracing.tracePromise(async () => 'done', {}).then(common.mustCall(() => {
  assert.deepStrictEqual(events, [
    ['start', null, null], ['end', 5, null],
    ['start', null, null], ['error', null, 'sync'], ['end', null, 'sync'],
    ['start', null, null], ['asyncStart', 42, null], ['asyncEnd', 42, null],
    ['end', 42, null],
    ['start', null, null], ['end', null, null],
    ['asyncStart', 'done', null], ['asyncEnd', 'done', null],
  ]);
  assert.strictEqual(tracing.unsubscribe(handlers), true);
  assert.strictEqual(tracing.hasSubscribers, false);
}));
