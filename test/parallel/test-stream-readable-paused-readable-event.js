'use strict';
// In paused mode 'readable' tells that read() has data; read() returns null
// once the buffer is empty, and a last 'readable' comes before 'end'.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const events = [];
r.on('readable', common.mustCall(() => {
  let chunk;
  const got = [];
  while ((chunk = r.read()) !== null) got.push(chunk.toString());
  events.push(`readable:${got.join(',')}`);
}, 2));
r.on('end', common.mustCall(() => events.push('end')));
assert.strictEqual(r.readableFlowing, false);

r.push('a');
r.push('b');
setImmediate(common.mustCall(() => {
  r.push(null);
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['readable:ab', 'readable:', 'end']);
});
