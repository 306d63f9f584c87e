'use strict';
// A flowing Readable emits every pushed chunk as 'data', then 'end', then
// 'close' (autoDestroy), each event after the previous one.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const events = [];
let n = 0;
const r = new Readable({
  read() {
    if (n < 3) this.push(`chunk${n++}`);
    else this.push(null);
  },
});

r.on('data', (chunk) => events.push(`data:${chunk}`));
r.on('end', common.mustCall(() => {
  events.push('end');
  assert.strictEqual(r.readableEnded, true);
  assert.strictEqual(r.destroyed, false);
}));
r.on('close', common.mustCall(() => {
  events.push('close');
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.closed, true);
}));
assert.strictEqual(r.readableFlowing, true);

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'data:chunk0', 'data:chunk1', 'data:chunk2', 'end', 'close',
  ]);
});
