'use strict';
// With highWaterMark 0, _read is still called when a consumer asks, and
// push() returns false once anything is buffered.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

let n = 0;
const r = new Readable({
  highWaterMark: 0,
  read: common.mustCall(function() {
    n++;
    if (n <= 2) assert.strictEqual(this.push(`v${n}`), false);
    else this.push(null);
  }, 3),
});
const got = [];
r.on('data', (d) => got.push(d.toString()));
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(got, ['v1', 'v2']);
}));
