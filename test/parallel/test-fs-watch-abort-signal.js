'use strict';
// fs.watch { signal }: aborting closes the watcher ('close' event); an
// already aborted signal closes it on the next tick.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const controller = new AbortController();
const watcher = fs.watch(__dirname, { signal: controller.signal });
watcher.on('close', common.mustCall(() => {
  const early = fs.watch(__dirname, { signal: AbortSignal.abort() });
  early.on('close', common.mustCall());
}));
setImmediate(() => controller.abort());
assert.strictEqual(typeof watcher.close, 'function');
