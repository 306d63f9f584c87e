'use strict';
// With both 'readable' and 'data' listeners the stream stays paused: data is
// emitted only as read() returns it, from the 'readable' handler.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const events = [];
r.on('readable', common.mustCall(() => {
  let chunk;
  events.push('readable');
  while ((chunk = r.read()) !== null) events.push(`read:${chunk}`);
}));
r.on('data', (chunk) => events.push(`data:${chunk}`));
assert.strictEqual(r.readableFlowing, false);

r.push('x');
r.push(null);
r.on('end', common.mustCall(() => {
  // read() emits 'data' before returning the chunk.
  assert.deepStrictEqual(events, ['readable', 'data:x', 'read:x']);
}));
