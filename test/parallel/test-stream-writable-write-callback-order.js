'use strict';
// Write callbacks run after the write, never synchronously. end() after
// synchronous writes emits 'prefinish' at once; end()'s callback, 'finish'
// and 'close' come after the write callbacks.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const events = [];
const w = new Writable({
  write(chunk, encoding, cb) {
    events.push(`_write:${chunk}`);
    cb();
  },
});
w.write('a', common.mustCall((err) => {
  assert.strictEqual(err, null);
  events.push('cb:a');
}));
w.write('b', common.mustCall(() => events.push('cb:b')));
events.push('sync');
w.on('prefinish', common.mustCall(() => events.push('prefinish')));
w.end(common.mustCall((err) => {
  assert.strictEqual(err, null);
  events.push('end-cb');
}));
w.on('finish', common.mustCall(() => events.push('finish')));
w.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, [
    '_write:a', '_write:b', 'sync', 'prefinish', 'cb:a', 'cb:b', 'end-cb',
    'finish', 'close',
  ]);
}));
