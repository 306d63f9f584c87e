'use strict';
// util.callbackify(): a promise rejected with a falsy reason reaches the
// callback as ERR_FALSY_VALUE_REJECTION carrying the reason.
const common = require('../common');
const assert = require('assert');
const util = require('util');

for (const reason of [null, undefined, 0, '', false, NaN]) {
  const fn = util.callbackify(() => Promise.reject(reason));
  fn(common.mustCall((err, value) => {
    assert.strictEqual(value, undefined);
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.ok(Object.is(err.reason, reason));
    assert.deepStrictEqual(Object.keys(err), ['code', 'reason']);
    assert.strictEqual(err.stack.split('\n')[0],
                       'Error [ERR_FALSY_VALUE_REJECTION]: Promise was rejected with falsy value');
    assert.strictEqual(String(err),
                       'Error [ERR_FALSY_VALUE_REJECTION]: Promise was rejected with falsy value');
  }));
}

// A truthy reason is passed through as it is.
const reason = { not: 'an error' };
util.callbackify(() => Promise.reject(reason))(common.mustCall((err) => {
  assert.strictEqual(err, reason);
}));
