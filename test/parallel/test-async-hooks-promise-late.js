'use strict';
// A promise made before any async hook was enabled gets its async ids when
// V8 first shows it to the hooks (its before or after), with no init; a
// hook enabled inside a promise callback sees that callback's after only.
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');

let outerId;
const early = new Promise((resolve) => {
  setTimeout(() => {
    outerId = async_hooks.executionAsyncId();
    async_hooks.createHook({
      init: common.mustNotCall('no init for the early promise'),
      after: common.mustCall(3),  // timer, then(), then()
    }).enable();
    resolve();
  }, 0);
});

early.then(common.mustCall(() => {
  const id = async_hooks.executionAsyncId();
  assert.notStrictEqual(id, outerId);
  assert.ok(id > 0);
})).then(() => {}, () => {});
