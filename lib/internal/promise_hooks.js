'use strict';

// v8.promiseHooks, and the one owner of V8's promise hooks of this context
// (Context::SetPromiseHooks has a single slot per event): async_hooks
// registers its promise tracking here like any other user. A dispatcher
// calls each event's hooks in order; an exception from one is reported as
// uncaught once the others have run.

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  FunctionPrototypeBind,
} = primordials;

const { setPromiseHooks } = internalBinding('async_wrap');
const { triggerUncaughtException } = internalBinding('errors');
const { kEmptyObject } = require('internal/util');
const { validatePlainFunction } = require('internal/validators');

const lists = { init: [], before: [], after: [], settled: [] };

function reportAll(errors) {
  for (let i = 0; i < errors.length; i++) {
    triggerUncaughtException(errors[i], false);
  }
}

// The hooks of `list` in the order they were added (a copy: a hook may
// add or remove hooks).
function runAll(list, promise, parent, withParent) {
  const hooks = ArrayPrototypeSlice(list);
  let errors;
  for (let i = 0; i < hooks.length; i++) {
    try {
      if (withParent) hooks[i](promise, parent);
      else hooks[i](promise);
    } catch (err) {
      errors ??= [];
      ArrayPrototypePush(errors, err);
    }
  }
  if (errors !== undefined) reportAll(errors);
}

const dispatchers = {
  init: (promise, parent) => runAll(lists.init, promise, parent, true),
  before: (promise) => runAll(lists.before, promise, undefined, false),
  after: (promise) => runAll(lists.after, promise, undefined, false),
  settled: (promise) => runAll(lists.settled, promise, undefined, false),
};

// Always through a dispatcher, even for one hook: an exception thrown
// straight out of a V8 promise hook would surface in a microtask, not as
// an 'uncaughtException'.
function current(name) {
  return lists[name].length === 0 ? undefined : dispatchers[name];
}

function update() {
  setPromiseHooks(current('init'), current('before'), current('after'),
                  current('settled'));
}

function stop(list, hook) {
  const index = ArrayPrototypeIndexOf(list, hook);
  if (index === -1) return;
  ArrayPrototypeSplice(list, index, 1);
  update();
}

function add(name, hook) {
  validatePlainFunction(hook, `${name}Hook`);
  const list = lists[name];
  ArrayPrototypePush(list, hook);
  update();
  return FunctionPrototypeBind(stop, null, list, hook);
}

function onInit(hook) { return add('init', hook); }
function onBefore(hook) { return add('before', hook); }
function onAfter(hook) { return add('after', hook); }
function onSettled(hook) { return add('settled', hook); }

function createHook({ init, before, after, settled } = kEmptyObject) {
  const stops = [];
  if (init) ArrayPrototypePush(stops, onInit(init));
  if (before) ArrayPrototypePush(stops, onBefore(before));
  if (after) ArrayPrototypePush(stops, onAfter(after));
  if (settled) ArrayPrototypePush(stops, onSettled(settled));
  return () => {
    for (let i = 0; i < stops.length; i++) stops[i]();
  };
}

module.exports = {
  createHook,
  onInit,
  onBefore,
  onAfter,
  onSettled,
};
