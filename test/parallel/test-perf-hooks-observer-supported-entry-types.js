'use strict';
// PerformanceObserver.supportedEntryTypes: node 20's list, frozen.
require('../common');
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

const types = PerformanceObserver.supportedEntryTypes;
assert.deepStrictEqual(types, ['dns', 'function', 'gc', 'http', 'http2',
                               'mark', 'measure', 'net', 'resource']);
assert.ok(Object.isFrozen(types));
assert.strictEqual(PerformanceObserver.supportedEntryTypes, types);
const desc = Object.getOwnPropertyDescriptor(PerformanceObserver,
                                             'supportedEntryTypes');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.enumerable, false);
