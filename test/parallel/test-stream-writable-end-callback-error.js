'use strict';
// end(cb) on a stream that failed earlier calls cb with that error.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  autoDestroy: false,
  write(chunk, encoding, cb) { cb(new Error('write failed')); },
});
w.on('error', common.mustCall(() => {
  assert.strictEqual(w.destroyed, false);
  w.end(common.mustCall((err) => {
    assert.strictEqual(err.message, 'write failed');
  }));
}));
w.write('x');
