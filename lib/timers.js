'use strict';

// The public timers module: setTimeout/setInterval/setImmediate and their
// clear* counterparts, also installed as globals.

const {
  ObjectDefineProperty,
  SymbolFor,
} = primordials;

const {
  Timeout,
  Immediate,
  active,
  unrefActive,
  insert,
  unenroll,
  clearTimeout,
  clearImmediate,
  getTimerDuration,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');

const customPromisify = SymbolFor('nodejs.util.promisify.custom');
let timersPromises;
function lazyPromises() {
  timersPromises ??= require('timers/promises');
  return timersPromises;
}

function argsFrom(args, start) {
  const count = args.length - start;
  if (count <= 0) return undefined;
  const out = new Array(count);
  for (let i = 0; i < count; i++) out[i] = args[i + start];
  return out;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0:
    case 1:
    case 2:
      break;
    case 3:
      args = [arg1];
      break;
    case 4:
      args = [arg1, arg2];
      break;
    default:
      args = argsFrom(arguments, 2);
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

ObjectDefineProperty(setTimeout, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().setTimeout; },
});

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const args = arguments.length > 2 ? argsFrom(arguments, 2) : undefined;
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  // clearTimeout and clearInterval are interchangeable.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const args = arguments.length > 1 ? argsFrom(arguments, 1) : undefined;
  return new Immediate(callback, args);
}

ObjectDefineProperty(setImmediate, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().setImmediate; },
});

// Deprecated helpers node still exports; each warns once.
const { deprecate } = require('internal/util');

const deprecatedEnroll = deprecate(function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleTimeout) unenroll(item);
  item._idleTimeout = msecs;
  item._idleNext = item;
  item._idlePrev = item;
}, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095');

const deprecatedUnenroll = deprecate(unenroll,
  'timers.unenroll() is deprecated. Please use clearTimeout instead.',
  'DEP0096');

const deprecatedActive = deprecate(active,
  'timers.active() is deprecated. Please use timeout.refresh() instead.',
  'DEP0126');

const deprecatedUnrefActive = deprecate(unrefActive,
  'timers._unrefActive() is deprecated. Please use timeout.refresh() ' +
  'instead.', 'DEP0127');

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecatedUnrefActive,
  active: deprecatedActive,
  unenroll: deprecatedUnenroll,
  enroll: deprecatedEnroll,
};

ObjectDefineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: lazyPromises,
});
