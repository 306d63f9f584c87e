'use strict';
// The autoSelectFamily defaults of node 20 and their setters' validation.
require('../common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamily(false);
assert.strictEqual(net.getDefaultAutoSelectFamily(), false);
net.setDefaultAutoSelectFamily(true);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
net.setDefaultAutoSelectFamilyAttemptTimeout(300);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 300);
assert.throws(() => net.setDefaultAutoSelectFamily(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be of type boolean. Received type ' +
    'number (1)',
});
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), {
  code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
