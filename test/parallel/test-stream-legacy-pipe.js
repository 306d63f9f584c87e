'use strict';
// Stream.prototype.pipe (streams1): writes 'data' to the destination, pauses
// the source when write() returns false, resumes it on 'drain', ends the
// destination on 'end' and then stops listening.
const common = require('../common');
const assert = require('assert');
const { Stream } = require('stream');

const src = new Stream();
src.readable = true;
const calls = [];
src.pause = () => calls.push('pause');
src.resume = () => calls.push('resume');
const dst = new Stream();
dst.writable = true;
dst.write = (chunk) => {
  calls.push(`write:${chunk}`);
  return chunk !== 'full';
};
dst.end = common.mustCall(() => calls.push('end'));
dst.on('pipe', common.mustCall((s) => assert.strictEqual(s, src)));

assert.strictEqual(src.pipe(dst), dst);
src.emit('data', 'a');
src.emit('data', 'full');
dst.emit('drain');
src.emit('end');
src.emit('data', 'ignored');
assert.deepStrictEqual(calls,
                       ['write:a', 'write:full', 'pause', 'resume', 'end']);
assert.strictEqual(src.listenerCount('data'), 0);
assert.strictEqual(dst.listenerCount('drain'), 0);

// An error with no other listener is rethrown after cleanup.
const s2 = new Stream();
const d2 = new Stream();
d2.write = () => true;
s2.pipe(d2);
assert.throws(() => d2.emit('error', new Error('unhandled')), { message: 'unhandled' });
assert.strictEqual(s2.listenerCount('data'), 0);
