'use strict';
// With _writev, the first write goes to _write and the ones queued behind
// it go to _writev together; an error from _writev reaches each callback.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const calls = [];
const w = new Writable({
  write(chunk, encoding, cb) {
    calls.push(`write:${chunk}`);
    setImmediate(cb);
  },
  writev(chunks, cb) {
    calls.push(`writev:${chunks.map((c) => c.chunk).join('')}`);
    setImmediate(cb, new Error('writev failed'));
  },
});
w.on('error', common.mustCall());
w.write('1');
w.write('2', common.mustCall((err) => assert.strictEqual(err.message, 'writev failed')));
w.write('3', common.mustCall((err) => assert.strictEqual(err.message, 'writev failed')));
process.on('exit', () => {
  assert.deepStrictEqual(calls, ['write:1', 'writev:23']);
});
