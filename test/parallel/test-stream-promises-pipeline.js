'use strict';
// stream/promises pipeline() resolves with the sink's value, rejects with
// the error, and takes { signal } last: aborting rejects with AbortError.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');
const { pipeline } = require('stream/promises');

(async () => {
  const value = await pipeline(Readable.from(['a', 'b']), async (source) => {
    let n = 0;
    for await (const chunk of source) n += chunk.length;
    return n;
  });
  assert.strictEqual(value, 2);

  await assert.rejects(pipeline(Readable.from(['x']), new Writable({
    write(c, e, cb) { cb(new Error('no')); },
  })), { message: 'no' });

  const ac = new AbortController();
  const p = pipeline(new Readable({ read() {} }),
                     new Writable({ write(c, e, cb) { cb(); } }),
                     { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
})().then(common.mustCall());
