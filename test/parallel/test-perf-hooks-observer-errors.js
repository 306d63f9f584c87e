'use strict';
// PerformanceObserver's argument checks, and observe() cannot switch
// between entryTypes and type.
require('../common');
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

assert.throws(() => new PerformanceObserver(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. ' +
    'Received undefined',
});
assert.throws(() => new PerformanceObserver(1), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => PerformanceObserver(() => {}), TypeError);

const make = () => new PerformanceObserver(() => {});
assert.throws(() => make().observe(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options.entryTypes" and "options.type" arguments must be ' +
    'specified',
});
assert.throws(() => make().observe({}), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => make().observe(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null',
});
assert.throws(() => make().observe([]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => make().observe({ entryTypes: 'mark' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.entryTypes" property must be string[]. ' +
    "Received type string ('mark')",
});
assert.throws(() => make().observe({ entryTypes: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => make().observe({ type: 'mark', entryTypes: [] }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.entryTypes' options.entryTypes can not set " +
    'with options.type together. Received []',
});
// One of them null is fine.
const withNull = make();
withNull.observe({ type: 'mark', entryTypes: null });
withNull.disconnect();

// Unknown types are ignored.
make().observe({ entryTypes: ['bogus', 1] });
make().observe({ type: 'bogus' });

const single = make();
single.observe({ type: 'mark' });
single.observe({ type: 'measure' });
assert.throws(() => single.observe({ entryTypes: ['mark'] }), {
  name: 'InvalidModificationError',
  code: 13,
  message: 'PerformanceObserver can not change to multiple observations',
});
const multiple = make();
multiple.observe({ entryTypes: ['mark'] });
multiple.observe({ entryTypes: ['measure'] });
assert.throws(() => multiple.observe({ type: 'mark' }), {
  name: 'InvalidModificationError',
  message: 'PerformanceObserver can not change to single observation',
});
// Disconnecting (or observing nothing valid) allows a new mode.
multiple.disconnect();
multiple.observe({ type: 'mark' });
const nothing = make();
nothing.observe({ entryTypes: ['bogus'] });
nothing.observe({ type: 'mark' });
// An unknown single type still fixes the mode.
const bogus = make();
bogus.observe({ type: 'bogus' });
assert.throws(() => bogus.observe({ entryTypes: ['mark'] }), {
  name: 'InvalidModificationError',
});

for (const observer of [single, multiple, nothing]) observer.disconnect();

const { observe, disconnect, takeRecords } = PerformanceObserver.prototype;
assert.throws(() => observe.call({}, { type: 'mark' }), TypeError);
assert.throws(() => disconnect.call({}), TypeError);
assert.throws(() => takeRecords.call({}), TypeError);
