'use strict';
// iterator({ destroyOnReturn: false }) leaves the stream usable after an
// early exit; a non-object option is ERR_INVALID_ARG_TYPE.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = Readable.from([1, 2, 3]);
  for await (const value of r.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(value, 1);
    break;
  }
  assert.strictEqual(r.destroyed, false);
  const rest = [];
  for await (const value of r) rest.push(value);
  assert.deepStrictEqual(rest, [2, 3]);

  assert.throws(() => r.iterator(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
})().then(common.mustCall());
