'use strict';
// stream/promises finished() resolves when the stream is done and rejects
// with its error; util.promisify(stream.finished) is the same function.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const stream = require('stream');
const { finished } = require('stream/promises');

assert.strictEqual(util.promisify(stream.finished), finished);
assert.strictEqual(stream.promises.finished, finished);

(async () => {
  const r = new stream.Readable({ read() {} });
  r.push(null);
  r.resume();
  assert.strictEqual(await finished(r), undefined);

  const bad = new stream.Readable({ read() {} });
  setImmediate(() => bad.destroy(new Error('bad')));
  await assert.rejects(finished(bad, { cleanup: true }), { message: 'bad' });
  assert.strictEqual(bad.listenerCount('close'), 0);
})().then(common.mustCall());
