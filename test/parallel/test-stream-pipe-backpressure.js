'use strict';
// pipe() pauses the source when the destination's write() returns false and
// resumes it on 'drain'; every chunk arrives in order and the destination
// is ended.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

let n = 0;
const src = new Readable({
  read() {
    if (n < 20) this.push(`${n++},`);
    else this.push(null);
  },
});
const events = [];
src.on('pause', () => events.push('pause'));
let written = '';
const dst = new Writable({
  highWaterMark: 4,
  write(chunk, encoding, cb) {
    written += chunk;
    setImmediate(cb);
  },
});
dst.on('pipe', common.mustCall((s) => assert.strictEqual(s, src)));
assert.strictEqual(src.pipe(dst), dst);
dst.on('finish', common.mustCall(() => {
  assert.strictEqual(written, Array.from({ length: 20 }, (_, i) => `${i},`).join(''));
  assert.ok(events.length > 0);
}));
