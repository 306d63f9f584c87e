'use strict';
// process.getBuiltinModule(id): the built-in module require(id) gives
// (with or without 'node:', 'node:test' only with it), undefined for
// anything else; a non-string id is an ERR_INVALID_ARG_TYPE.
require('../common');
const assert = require('assert');

for (const id of ['fs', 'path', 'events', 'stream', 'util', 'module',
  'worker_threads', 'fs/promises', 'timers/promises']) {
  assert.strictEqual(process.getBuiltinModule(id), require(id), id);
  assert.strictEqual(process.getBuiltinModule(`node:${id}`), require(id), id);
}
assert.strictEqual(process.getBuiltinModule('node:test'), require('node:test'));
for (const id of ['test', 'internal/util', 'nope', 'node:nope', './fs']) {
  assert.strictEqual(process.getBuiltinModule(id), undefined, id);
}
for (const bad of [1, undefined, null, {}, Symbol('s')]) {
  assert.throws(() => process.getBuiltinModule(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}
