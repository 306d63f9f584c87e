'use strict';
// FileHandle has [Symbol.asyncDispose] (node 20's registered symbol), which
// closes it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const asyncDispose = Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');
assert.strictEqual(asyncDispose, Symbol.for('nodejs.asyncDispose'));

(async () => {
  const handle = await fs.promises.open(__filename);
  assert.strictEqual(typeof handle[asyncDispose], 'function');
  const result = handle[asyncDispose]();
  assert.ok(result instanceof Promise);
  assert.strictEqual(await result, undefined);
  assert.strictEqual(handle.fd, -1);
  assert.strictEqual(typeof handle.readLines, 'function');
  assert.strictEqual(typeof handle.getAsyncId, 'function');
})().then(common.mustCall());
