'use strict';
// write(null) throws ERR_STREAM_NULL_VALUES, in object mode too.
require('../common');
const assert = require('assert');
const { Writable } = require('stream');

for (const objectMode of [false, true]) {
  const w = new Writable({ objectMode, write() {} });
  assert.throws(() => w.write(null), {
    code: 'ERR_STREAM_NULL_VALUES',
    name: 'TypeError',
    message: 'May not write null values to stream',
  });
  assert.strictEqual(w.writableLength, 0);
}
