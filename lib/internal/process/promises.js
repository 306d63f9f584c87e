'use strict';

// Unhandled promise rejections (node 20: --unhandled-rejections=throw by
// default). V8 reports rejections without a handler through the
// task_queue binding; they are judged after the microtask queue drains.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  Error,
  ObjectDefineProperty,
  ObjectPrototypeHasOwnProperty,
  SafeWeakMap,
} = primordials;

const {
  tickInfo,
  setPromiseRejectCallback,
  constants: {
    kPromiseRejectWithNoHandler,
    kPromiseHandlerAddedAfterReject,
    kPromiseResolveAfterResolved,
    kPromiseRejectAfterResolved,
    kHasRejectionToWarn,
  },
} = internalBinding('task_queue');
const {
  triggerUncaughtException,
  noSideEffectsToString,
} = internalBinding('errors');

const kIgnore = 0;
const kThrow = 1;
const kStrict = 2;
const kWarn = 3;
const kWarnWithErrorCode = 4;
const kNone = 5;

const modes = {
  __proto__: null,
  'throw': kThrow,
  'strict': kStrict,
  'warn': kWarn,
  'warn-with-error-code': kWarnWithErrorCode,
  'none': kNone,
};

let mode = kThrow;
let lastPromiseId = 0;
const maybeUnhandledPromises = new SafeWeakMap();
const pendingUnhandledRejections = [];
const asyncHandledRejections = [];

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

function hasRejectionToWarn() {
  return tickInfo[kHasRejectionToWarn] === 1;
}

// Looks for an own `stack` without reading it: formatting the stack of a V8
// 10.2 error drops the frames that the uncaught-exception report uses to
// point at the line that created it.
function isErrorLike(value) {
  return typeof value === 'object' && value !== null &&
    ObjectPrototypeHasOwnProperty(value, 'stack');
}

class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  constructor(reason) {
    super('This error originated either by throwing inside of an async ' +
      'function without a catch block, or by rejecting a promise which was ' +
      'not handled with .catch(). The promise rejected with the reason "' +
      `${noSideEffectsToString(reason)}".`);
  }
}
ObjectDefineProperty(UnhandledPromiseRejection.prototype, 'name', {
  __proto__: null, value: 'UnhandledPromiseRejection', writable: true,
  configurable: true,
});

function unhandledRejection(promise, reason) {
  maybeUnhandledPromises.set(promise, {
    reason,
    uid: ++lastPromiseId,
    warned: false,
  });
  ArrayPrototypePush(pendingUnhandledRejections, promise);
  setHasRejectionToWarn(true);
}

function handledRejection(promise) {
  const info = maybeUnhandledPromises.get(promise);
  if (info === undefined) return;
  maybeUnhandledPromises.delete(promise);
  if (info.warned) {
    const warning = new Error('Promise rejection was handled ' +
      `asynchronously (rejection id: ${info.uid})`);
    warning.name = 'PromiseRejectionHandledWarning';
    warning.id = info.uid;
    ArrayPrototypePush(asyncHandledRejections, { promise, warning });
    setHasRejectionToWarn(true);
  }
}

// A second resolve or reject of a settled promise: the deprecated
// 'multipleResolves' event, on the next tick (so that the promise's own
// executor cannot catch what a listener throws).
function multipleResolves(type, promise, reason) {
  process.nextTick(() => {
    process.emit('multipleResolves', type, promise, reason);
  });
}

let warnedMultipleResolves = false;
function warnOnMultipleResolvesListener(name) {
  if (name !== 'multipleResolves' || warnedMultipleResolves) return;
  warnedMultipleResolves = true;
  process.emitWarning('The multipleResolves event has been deprecated.',
                      'DeprecationWarning', 'DEP0160');
}

function promiseRejectHandler(type, promise, reason) {
  switch (type) {
    case kPromiseRejectWithNoHandler:
      unhandledRejection(promise, reason);
      break;
    case kPromiseHandlerAddedAfterReject:
      handledRejection(promise);
      break;
    case kPromiseResolveAfterResolved:
      multipleResolves('resolve', promise, reason);
      break;
    case kPromiseRejectAfterResolved:
      multipleResolves('reject', promise, reason);
      break;
  }
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error('Unhandled promise rejection. This error ' +
    'originated either by throwing inside of an async function without a ' +
    'catch block, or by rejecting a promise which was not handled with ' +
    `.catch(). To terminate the node process on unhandled promise ` +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(noSideEffectsToString(reason),
                          'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // Nothing more to report.
  }
  process.emitWarning(warning);
}

function throwUnhandledRejectionsMode(reason) {
  const err = isErrorLike(reason) ?
    reason :
      new UnhandledPromiseRejection(reason);
  triggerUncaughtException(err, true);
}

// Returns true if it may have scheduled more ticks or microtasks.
function processPromiseRejections() {
  let maybeScheduled = asyncHandledRejections.length > 0;
  while (asyncHandledRejections.length > 0) {
    const { promise, warning } = ArrayPrototypeShift(asyncHandledRejections);
    if (!process.emit('rejectionHandled', promise)) {
      process.emitWarning(warning);
    }
  }
  let len = pendingUnhandledRejections.length;
  while (len--) {
    const promise = ArrayPrototypeShift(pendingUnhandledRejections);
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason, uid } = info;
    switch (mode) {
      case kStrict: {
        const err = isErrorLike(reason) ?
          reason : new UnhandledPromiseRejection(reason);
        triggerUncaughtException(err, true);
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) emitUnhandledRejectionWarning(uid, reason);
        break;
      }
      case kIgnore:
      case kNone:
        process.emit('unhandledRejection', reason, promise);
        break;
      case kWarn:
        // The event, and the warning whether or not it was handled.
        process.emit('unhandledRejection', reason, promise);
        emitUnhandledRejectionWarning(uid, reason);
        break;
      case kWarnWithErrorCode:
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      default:
        if (!process.emit('unhandledRejection', reason, promise)) {
          throwUnhandledRejectionsMode(reason);
        }
    }
    maybeScheduled = true;
  }
  return maybeScheduled || pendingUnhandledRejections.length !== 0;
}

function setupPromiseRejections(modeName) {
  if (modeName) mode = modes[modeName] ?? kThrow;
  setPromiseRejectCallback(promiseRejectHandler);
  process.on('newListener', warnOnMultipleResolvesListener);
}

module.exports = {
  setupPromiseRejections,
  processPromiseRejections,
  setHasRejectionToWarn,
  hasRejectionToWarn,
};
