'use strict';

// What happens to an exception nobody caught (process._fatalException in
// node): 'uncaughtExceptionMonitor', then 'uncaughtException' listeners or
// the capture callback; failing those, 'exit' and node's report on stderr.
// Also evaluation of -e / -p / stdin code.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET,
  },
} = require('internal/errors');

let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) {
    throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

// The REPL's router: (error) -> whether a REPL took the error (thrown by
// code typed into it, or by a callback that code scheduled).
let replErrorRouter = null;
function setReplErrorRouter(fn) {
  replErrorRouter = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

// The report node prints for an uncaught exception (without the footer):
// errors show the source arrow, a blank line and their inspected stack;
// other objects and primitives follow the arrow directly, and primitives
// add a hint about --trace-uncaught.
function formatUncaught(error, arrow, thrownAt) {
  const { isNativeError } = internalBinding('types');
  const { fatalExceptionStackEnhancers: enhancers } = require('internal/errors');
  if (error !== null && (typeof error === 'object' ||
                         typeof error === 'function')) {
    let body;
    try {
      enhancers.beforeInspector(error);
      body = enhancers.afterInspector(error);
    } catch {
      body = internalBinding('errors').noSideEffectsToString(error);
    }
    if (thrownAt !== undefined) body += `\n${thrownAt}`;
    if (isNativeError(error)) return arrow ? `${arrow}\n${body}` : body;
    return `\n${arrow || ''}${body}`;
  }
  let text;
  try {
    text = `${error}`;
  } catch {
    text = '<toString() threw exception>';
  }
  if (thrownAt !== undefined) return `\n${arrow || ''}${text}\n${thrownAt}`;
  return `\n${arrow || ''}${text}\n(Use \`nodus --trace-uncaught ...\` to ` +
    'show where the exception was thrown)';
}

// `thrownAt`: where it was thrown (--trace-uncaught), or undefined.
function printUncaught(error, arrow, thrownAt) {
  const text = `${formatUncaught(error, arrow, thrownAt)}\n\n` +
    `nodus v${process.versions.nodus}\n`;
  internalBinding('stdio').writeString(2, text);
}

function noop() {}

// How an uncaught exception is reported: printed, or (in a worker) sent to
// the parent.
let reportUncaught = printUncaught;
function setUncaughtReporter(fn) {
  reportUncaught = fn;
}

// Registered with C++: (error, fromPromise, arrow, thrownAt) -> handled?
function onGlobalUncaughtException(error, fromPromise, arrow, thrownAt) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  let handled = true;
  try {
    // The listeners still see the async context of the callback that threw
    // (node:test charges the error to the test it belongs to).
    process.emit('uncaughtExceptionMonitor', error, type);
    if (replErrorRouter !== null && replErrorRouter(error)) {
      handled = true;
    } else if (captureCallback !== null) {
      captureCallback(error);
    } else if (reportUncaught === printUncaught) {
      try {
        handled = process.emit('uncaughtException', error, type);
      } catch (thrown) {
        // A listener that throws: node reports that error as any uncaught
        // one is reported (inspected, with its own properties) and exits
        // with 7, without 'exit'.
        reportUncaught(thrown, internalBinding('errors').getErrorSource(thrown));
        require('internal/process/stdio').flushStdioAtExit();
        process.reallyExit(7);
      }
    } else {
      // A worker: an 'uncaughtException' listener that throws ends the
      // worker with that error (the main thread reports it, exits with 7).
      try {
        handled = process.emit('uncaughtException', error, type);
      } catch (thrown) {
        error = thrown;
        arrow = undefined;
        handled = false;
      }
    }
  } finally {
    // The callbacks that were running when this was thrown never returned:
    // when the error was handled, their after hooks run now.
    const asyncHooks = require('internal/async_hooks');
    if (handled) asyncHooks.emitAfterForUnwound();
    asyncHooks.clearAsyncIdStack();
  }
  if (!handled) {
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.exitCode = 1;
        process.emit('exit', 1);
      }
    } catch {
      // The process is going down anyway.
    }
    // An 'exit' listener may have set another code, 0 included.
    if (process.exitCode === undefined) process.exitCode = 1;
    reportUncaught(error, arrow, thrownAt);
    require('internal/process/stdio').flushStdioAtExit();
    return false;
  }
  // The error was handled: make sure queued ticks still run, even when
  // nothing else keeps the loop turning.
  require('timers').setImmediate(noop);
  return true;
}

function setupErrorHandling() {
  const errors = internalBinding('errors');
  errors.setFatalExceptionHandler(onGlobalUncaughtException);
  // What the runtime calls for an uncaught exception; replaceable, as in
  // node (no function there: the raw report and exit code 6).
  process._fatalException = onGlobalUncaughtException;
  const {
    uvException,
    prepareStackTraceCallback,
  } = require('internal/errors');
  errors.setUvExceptionFactory(uvException);
  errors.setPrepareStackTraceCallback(prepareStackTraceCallback);
}

// -e, -p and stdin code see the builtin modules as globals (`fs`, `path`),
// loaded on first use, as in node.
function addBuiltinLibsToObject(object) {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  for (const name of BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList()) {
    if (name[0] === '_' || name.includes('/')) continue;
    const setReal = (value) => {
      try {
        Object.defineProperty(object, name, {
          __proto__: null, value, writable: true, enumerable: false,
          configurable: true,
        });
      } catch {
        // The program made the property non-configurable: it stays an
        // accessor.
      }
    };
    Object.defineProperty(object, name, {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        const value = require(name);
        setReal(value);
        return value;
      },
      set: setReal,
    });
  }
}

// The working directory, or the executable's when it has been deleted
// (getcwd fails), as node falls back for -e and the REPL.
function tryGetCwd() {
  try {
    return process.cwd();
  } catch {
    return require('path').dirname(process.execPath);
  }
}

// The directory -e / stdin code started in: its import() resolves from
// there, even after process.chdir().
let evalCwd;
function getEvalCwd() {
  return evalCwd;
}

// Runs `source` as the [eval] script; with -p, prints the result.
function evalScript(name, source, print) {
  const { runScriptInThisContext } = require('internal/vm');
  const { Module } = require('internal/modules/cjs/loader');
  const path = require('path');
  const cwd = tryGetCwd();
  evalCwd = cwd;
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  // The builtins first (crypto the module, not the Web Crypto global),
  // then module/require/exports of the eval module over them.
  addBuiltinLibsToObject(globalThis);
  globalThis.module = module;
  globalThis.require = module.require.bind(module);
  globalThis.require.resolve = (request, options) =>
    Module._resolveFilename(request, module, false, options);
  globalThis.require.cache = Module._cache;
  globalThis.require.main = undefined;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = runScriptInThisContext(source, name);
  // -p prints the value at once, as node does: a promise the code made is
  // shown as it is now (pending until its reactions run).
  if (print) require('internal/console/global').log(result);
  return result;
}

// -e / -p / stdin with --input-type=module.
function evalModuleEntryPoint(source, print) {
  if (print) {
    const { ERR_EVAL_ESM_CANNOT_PRINT } = require('internal/errors').codes;
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  const { evalModule, runAsEntry } = require('internal/modules/esm/loader');
  return runAsEntry(evalModule(source));
}

module.exports = {
  addBuiltinLibsToObject,
  evalModuleEntryPoint,
  setupErrorHandling,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  evalScript,
  getEvalCwd,
  tryGetCwd,
  setUncaughtReporter,
  setReplErrorRouter,
  formatUncaught,
};
