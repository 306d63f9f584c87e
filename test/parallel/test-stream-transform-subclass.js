'use strict';
// A Transform subclass with its own _final still gets _flush called, at
// 'prefinish'.
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

const events = [];
class Upper extends Transform {
  _transform(chunk, encoding, cb) {
    cb(null, chunk.toString().toUpperCase());
  }
  _flush(cb) {
    events.push('flush');
    cb(null, '.');
  }
  _final(cb) {
    events.push('final');
    cb();
  }
}
const u = new Upper();
u.end('x');
u.toArray().then(common.mustCall((chunks) => {
  assert.strictEqual(chunks.join(''), 'X.');
  assert.deepStrictEqual(events, ['final', 'flush']);
}));
