'use strict';
// Removing the last 'readable' listener lets existing 'data' listeners flow
// again (on the next tick).
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const onReadable = () => {};
r.on('readable', onReadable);
const got = [];
r.on('data', (chunk) => got.push(chunk.toString()));
assert.strictEqual(r.readableFlowing, false);

r.removeListener('readable', onReadable);
assert.strictEqual(r.readableFlowing, false);
process.nextTick(common.mustCall(() => {
  assert.strictEqual(r.readableFlowing, true);
  r.push('flow');
  r.push(null);
}));
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(got, ['flow']);
}));
