'use strict';

// Async context tracking. Every async resource (timer, immediate, tick,
// promise while hooks are on, native request or handle) has an async id
// and the id of the context that created it. The execution stack records
// which resource's callback is running; createHook()'s hooks are told
// about init/before/after/destroy/promiseResolve, and AsyncLocalStorage
// propagates its stores through init.

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ReflectApply,
  SafeFinalizationRegistry,
  Symbol,
} = primordials;

const {
  asyncHookFields,
  setCallbacks,
} = internalBinding('async_wrap');
const { enqueueMicrotask } = internalBinding('task_queue');

const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');
const owner_symbol = Symbol('owner_symbol');

// asyncHookFields[0]: how many hooks are enabled (C++ reads it).
const kTotals = 0;

const hookLists = {
  init: [], before: [], after: [], destroy: [], promiseResolve: [],
};
const activeHooks = [];

let lastAsyncId = 1;
let defaultTriggerAsyncId = -1;

// The top-level context: the main script runs in async id 1.
const topLevelResource = {};
let currentAsyncId = 1;
let currentTriggerId = 0;
let currentResource = topLevelResource;
const stack = [];

function newAsyncId() {
  return ++lastAsyncId;
}

function getDefaultTriggerAsyncId() {
  return defaultTriggerAsyncId < 0 ? currentAsyncId : defaultTriggerAsyncId;
}

function defaultTriggerAsyncIdScope(triggerAsyncId, block, ...args) {
  if (triggerAsyncId === undefined) return block(...args);
  const old = defaultTriggerAsyncId;
  defaultTriggerAsyncId = triggerAsyncId;
  try {
    return block(...args);
  } finally {
    defaultTriggerAsyncId = old;
  }
}

function executionAsyncId() {
  return currentAsyncId;
}

function triggerAsyncId() {
  return currentTriggerId;
}

function executionAsyncResource() {
  return currentResource;
}

function hooksActive() {
  return asyncHookFields[kTotals] > 0;
}

function callHooks(list, ...args) {
  // A copy: hooks enabled or disabled by a hook apply from the next event.
  // (No spread: user code may have replaced the array iterator.)
  const hooks = ArrayPrototypeSlice(list);
  for (let i = 0; i < hooks.length; i++) {
    ReflectApply(hooks[i].fn, hooks[i].thisArg, args);
  }
}

function emitInit(asyncId, type, triggerAsyncId, resource) {
  if (hookLists.init.length > 0) {
    callHooks(hookLists.init, asyncId, type, triggerAsyncId, resource);
  }
}

// Enters the context of `resource` (its callback is about to run).
function emitBefore(asyncId, triggerAsyncId, resource) {
  ArrayPrototypePush(stack, currentAsyncId, currentTriggerId, currentResource);
  currentAsyncId = asyncId;
  currentTriggerId = triggerAsyncId;
  currentResource = resource;
  if (hookLists.before.length > 0) callHooks(hookLists.before, asyncId);
}

function emitAfter(asyncId) {
  if (hookLists.after.length > 0) callHooks(hookLists.after, asyncId);
  if (stack.length === 0) return;
  currentResource = stack.pop();
  currentTriggerId = stack.pop();
  currentAsyncId = stack.pop();
}

// After an uncaught exception a listener handled, node emits the after
// hooks of the callbacks that never returned, innermost first.
function emitAfterForUnwound() {
  if (hookLists.after.length === 0) return;
  while (stack.length > 0) emitAfter(currentAsyncId);
  if (currentAsyncId !== 1) callHooks(hookLists.after, currentAsyncId);
}

// After an uncaught exception the callbacks that were running never
// returned: start again from the top level.
function clearAsyncIdStack() {
  stack.length = 0;
  currentAsyncId = 1;
  currentTriggerId = 0;
  currentResource = topLevelResource;
}

// destroy hooks run asynchronously, in batches, as in node.
let pendingDestroy = [];
function flushDestroy() {
  const ids = pendingDestroy;
  pendingDestroy = [];
  for (let i = 0; i < ids.length; i++) {
    callHooks(hookLists.destroy, ids[i]);
  }
}

function emitDestroy(asyncId) {
  if (hookLists.destroy.length === 0) return;
  if (pendingDestroy.length === 0) enqueueMicrotask(flushDestroy);
  ArrayPrototypePush(pendingDestroy, asyncId);
}

function hasDestroyHooks() {
  return hookLists.destroy.length > 0;
}

// Gives a resource its ids and tells the init hooks.
function initResource(resource, type, triggerAsyncId = getDefaultTriggerAsyncId()) {
  const asyncId = newAsyncId();
  resource[async_id_symbol] = asyncId;
  resource[trigger_async_id_symbol] = triggerAsyncId;
  emitInit(asyncId, type, triggerAsyncId, resource);
  return asyncId;
}

// --- Native resources (C++ Wrap objects) ---------------------------------------

function nativeInit(resource, type) {
  initResource(resource, type);
}

function nativeBefore() {
  const id = this[async_id_symbol];
  if (id !== undefined) emitBefore(id, this[trigger_async_id_symbol], this);
}

function nativeAfter() {
  const id = this[async_id_symbol];
  if (id !== undefined) emitAfter(id);
}

// --- Promises (V8's promise hooks, only while some hook is on) -----------------

const promiseRegistry = new SafeFinalizationRegistry(emitDestroy);

function promiseInit(promise, parent) {
  const trigger = parent !== undefined && parent[async_id_symbol] !== undefined ?
    parent[async_id_symbol] : getDefaultTriggerAsyncId();
  const asyncId = initResource(promise, 'PROMISE', trigger);
  if (hookLists.destroy.length > 0) promiseRegistry.register(promise, asyncId);
}

// A promise made before any hook was on gets its ids when first seen (no
// init hook for it), as in node.
function trackPromise(promise) {
  let id = promise[async_id_symbol];
  if (id === undefined) {
    promise[trigger_async_id_symbol] = getDefaultTriggerAsyncId();
    id = promise[async_id_symbol] = newAsyncId();
  }
  return id;
}

function promiseBefore(promise) {
  emitBefore(trackPromise(promise), promise[trigger_async_id_symbol], promise);
}

function promiseAfter(promise) {
  const id = trackPromise(promise);
  if (hookLists.after.length > 0) callHooks(hookLists.after, id);
  // A hook enabled inside this promise's callback saw no before: nothing
  // of it is on the stack to take off.
  if (id !== currentAsyncId || stack.length === 0) return;
  currentResource = stack.pop();
  currentTriggerId = stack.pop();
  currentAsyncId = stack.pop();
}

function promiseResolve(promise) {
  const id = trackPromise(promise);
  if (hookLists.promiseResolve.length > 0) {
    callHooks(hookLists.promiseResolve, id);
  }
}

let callbacksInstalled = false;

// Registered with internal/promise_hooks, which shares V8's promise hooks
// with v8.promiseHooks.
let stopPromiseHooks = null;
let promiseResolveHooked = false;

function updatePromiseHooks() {
  const wantResolve = hookLists.promiseResolve.length > 0;
  if (activeHooks.length > 0) {
    if (stopPromiseHooks !== null && promiseResolveHooked === wantResolve) {
      return;
    }
    if (stopPromiseHooks !== null) stopPromiseHooks();
    stopPromiseHooks = require('internal/promise_hooks').createHook({
      init: promiseInit,
      before: promiseBefore,
      after: promiseAfter,
      settled: wantResolve ? promiseResolve : undefined,
    });
    promiseResolveHooked = wantResolve;
  } else if (stopPromiseHooks !== null) {
    stopPromiseHooks();
    stopPromiseHooks = null;
  }
}

// hook: { init?, before?, after?, destroy?, promiseResolve? } with `this`.
function enableHook(hook) {
  if (ArrayPrototypeIndexOf(activeHooks, hook) !== -1) return;
  if (!callbacksInstalled) {
    setCallbacks(nativeInit, nativeBefore, nativeAfter);
    callbacksInstalled = true;
  }
  ArrayPrototypePush(activeHooks, hook);
  for (const name of ['init', 'before', 'after', 'destroy',
                      'promiseResolve']) {
    if (typeof hook.callbacks[name] === 'function') {
      ArrayPrototypePush(hookLists[name],
                         { fn: hook.callbacks[name], thisArg: hook.thisArg,
                           hook });
    }
  }
  asyncHookFields[kTotals] = activeHooks.length;
  updatePromiseHooks();
}

function disableHook(hook) {
  const index = ArrayPrototypeIndexOf(activeHooks, hook);
  if (index === -1) return;
  ArrayPrototypeSplice(activeHooks, index, 1);
  for (const name of ['init', 'before', 'after', 'destroy',
                      'promiseResolve']) {
    const list = hookLists[name];
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].hook === hook) ArrayPrototypeSplice(list, i, 1);
    }
  }
  asyncHookFields[kTotals] = activeHooks.length;
  updatePromiseHooks();
}

module.exports = {
  async_id_symbol,
  trigger_async_id_symbol,
  owner_symbol,
  newAsyncId,
  getDefaultTriggerAsyncId,
  defaultTriggerAsyncIdScope,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  hooksActive,
  hasDestroyHooks,
  emitInit,
  emitBefore,
  emitAfter,
  emitDestroy,
  initResource,
  clearAsyncIdStack,
  emitAfterForUnwound,
  enableHook,
  disableHook,
  topLevelResource,
};
