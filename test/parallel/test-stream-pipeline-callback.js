'use strict';
// pipeline() pipes the streams in order, returns the last one and calls
// back once, without an error, after the last one finished.
const common = require('../common');
const assert = require('assert');
const { Readable, Transform, Writable, pipeline } = require('stream');

const out = [];
const sink = new Writable({
  write(chunk, encoding, cb) { out.push(chunk.toString()); cb(); },
});
const ret = pipeline(
  Readable.from(['a', 'b']),
  new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } }),
  sink,
  common.mustCall((err, value) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(value, undefined);
    assert.deepStrictEqual(out, ['A', 'B']);
    assert.strictEqual(sink.writableFinished, true);
  }),
);
assert.strictEqual(ret, sink);

// The streams may come as one array.
pipeline([Readable.from(['x']), new Writable({ write(c, e, cb) { cb(); } })],
         common.mustCall((err) => assert.strictEqual(err, undefined)));
