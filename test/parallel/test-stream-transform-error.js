'use strict';
// An error from _transform or _flush destroys the Transform with it.
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

const t = new Transform({
  transform(chunk, encoding, cb) { cb(new Error('transform failed')); },
});
t.write('x', common.mustCall((err) => assert.strictEqual(err.message, 'transform failed')));
t.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'transform failed');
  assert.strictEqual(t.destroyed, true);
}));

const f = new Transform({
  transform(chunk, encoding, cb) { cb(null, chunk); },
  flush(cb) { cb(new Error('flush failed')); },
});
f.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'flush failed')));
f.on('finish', common.mustNotCall());
f.on('end', common.mustNotCall());
f.resume();
f.end('y');
