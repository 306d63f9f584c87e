'use strict';
// The default highWaterMark is 16 KiB for bytes and 16 for objects;
// setDefaultHighWaterMark() changes it for streams created afterwards.
require('../common');
const assert = require('assert');
const stream = require('stream');

assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
assert.strictEqual(new stream.Readable().readableHighWaterMark, 16384);
assert.strictEqual(new stream.Writable({ objectMode: true }).writableHighWaterMark, 16);
const d = new stream.Duplex({ readableObjectMode: true });
assert.strictEqual(d.readableHighWaterMark, 16);
assert.strictEqual(d.writableHighWaterMark, 16384);

stream.setDefaultHighWaterMark(false, 1000);
stream.setDefaultHighWaterMark(true, 3);
assert.strictEqual(stream.getDefaultHighWaterMark(false), 1000);
assert.strictEqual(new stream.Readable().readableHighWaterMark, 1000);
assert.strictEqual(new stream.Readable({ objectMode: true }).readableHighWaterMark, 3);

assert.throws(() => stream.setDefaultHighWaterMark(false, -1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "value" is out of range. It must be >= 0 && <= ' +
           '9007199254740991. Received -1',
});
assert.throws(() => stream.setDefaultHighWaterMark(false, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be of type number. Received type string (\'x\')',
});
