'use strict';
// A chunk that is not a string, Buffer or ArrayBufferView destroys a byte
// stream with ERR_INVALID_ARG_TYPE, emitted on the next tick.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

for (const bad of [5, {}, true, Symbol('s')]) {
  const r = new Readable({ read() {} });
  let sync = true;
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.name, 'TypeError');
    assert.match(err.message, /^The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView\. Received /);
  }));
  assert.strictEqual(r.push(bad), false);
  sync = false;
}
