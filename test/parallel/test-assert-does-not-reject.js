'use strict';
// assert.doesNotReject().
const common = require('../common');
const assert = require('assert');

(async () => {
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => {});
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('r'))), {
    code: 'ERR_ASSERTION',
    operator: 'doesNotReject',
    message: 'Got unwanted rejection.\nActual message: "r"',
  });
  const other = new RangeError('other');
  await assert.rejects(assert.doesNotReject(Promise.reject(other), TypeError),
                       (err) => err === other);
})().then(common.mustCall());
