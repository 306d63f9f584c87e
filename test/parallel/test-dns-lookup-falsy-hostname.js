'use strict';
// A falsy hostname is looked up as "nothing": address null (family 4, or
// 6 when asked), [] with all; DEP0118 is emitted once.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

common.expectWarning('DeprecationWarning',
                     'The provided hostname "" is not a valid hostname, and ' +
                     'is supported in the dns module solely for compatibility.',
                     'DEP0118');

for (const value of ['', null, undefined, 0, NaN, false]) {
  dns.lookup(value, common.mustSucceed((address, family) => {
    assert.strictEqual(address, null);
    assert.strictEqual(family, 4);
  }));
}
dns.lookup(null, 6, common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 6);
}));
dns.lookup(false, { all: true }, common.mustSucceed((addresses, family) => {
  assert.deepStrictEqual(addresses, []);
  assert.strictEqual(family, undefined);
}));
(async () => {
  assert.deepStrictEqual(await dns.promises.lookup(''),
                         { address: null, family: 4 });
  assert.deepStrictEqual(await dns.promises.lookup(0, { all: true }), []);
})().then(common.mustCall());
