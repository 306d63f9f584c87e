'use strict';
// A byte stream throws ERR_INVALID_ARG_TYPE for chunks that are not
// strings, Buffers or ArrayBufferViews (and end() does too).
require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write() {} });
for (const [chunk, received] of [
  [5, 'type number (5)'],
  [undefined, 'undefined'],
  [{}, 'an instance of Object'],
  [true, 'type boolean (true)'],
]) {
  assert.throws(() => w.write(chunk), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "chunk" argument must be of type string or an instance of ' +
             `Buffer, TypedArray, or DataView. Received ${received}`,
  });
}
assert.throws(() => w.end(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(w.writableEnded, false);
