'use strict';
// fs.promises.watch is an async iterator of { eventType, filename }; an
// AbortSignal ends it with an AbortError.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();

const controller = new AbortController();
const iterator = fs.promises.watch(tmpdir.path, { signal: controller.signal });
assert.strictEqual(typeof iterator[Symbol.asyncIterator], 'function');

(async () => {
  const timer = setTimeout(() => {
    fs.writeFileSync(tmpdir.resolve('made.txt'), '');
  }, 50);
  await assert.rejects(async () => {
    for await (const event of iterator) {
      assert.deepStrictEqual(Object.keys(event), ['eventType', 'filename']);
      if (event.filename === 'made.txt') {
        assert.strictEqual(event.eventType, 'rename');
        controller.abort();
      }
    }
  }, { name: 'AbortError', code: 'ABORT_ERR' });
  clearTimeout(timer);

  // An already aborted signal fails the first next().
  const done = fs.promises.watch(tmpdir.path, { signal: AbortSignal.abort() });
  await assert.rejects(done.next(), { name: 'AbortError' });
})().then(common.mustCall());
