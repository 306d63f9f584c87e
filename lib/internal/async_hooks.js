'use strict';

// Async ids: every timer, immediate and request gets one, as in node, so
// that objects print the same and async_hooks can build on them later.

let lastAsyncId = 1;
let defaultTriggerAsyncId = -1;
let currentAsyncId = 1;

function newAsyncId() {
  return ++lastAsyncId;
}

function getDefaultTriggerAsyncId() {
  return defaultTriggerAsyncId < 0 ? currentAsyncId : defaultTriggerAsyncId;
}

function executionAsyncId() {
  return currentAsyncId;
}

module.exports = {
  newAsyncId,
  getDefaultTriggerAsyncId,
  executionAsyncId,
  async_id_symbol: Symbol('asyncId'),
  trigger_async_id_symbol: Symbol('triggerId'),
};
