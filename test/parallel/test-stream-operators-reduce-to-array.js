'use strict';
// reduce() folds the values (the first one is the initial value when none
// is given; an empty stream without one rejects with ERR_MISSING_ARGS);
// toArray() collects them.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b), 6);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10), 16);
  assert.strictEqual(await Readable.from([]).reduce((a, b) => a + b, 7), 7);
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'Reduce of an empty stream requires an initial value',
  });
  assert.deepStrictEqual(await Readable.from(['a', 'b']).toArray(), ['a', 'b']);

  const ac = new AbortController();
  ac.abort();
  await assert.rejects(Readable.from([1]).toArray({ signal: ac.signal }),
                       { name: 'AbortError' });
})().then(common.mustCall());
