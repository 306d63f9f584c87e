'use strict';

// process.emitWarning and the default 'warning' printer:
// `(node:PID) [CODE] Name: message` on stderr (node's release name, as node
// prints it), or appended to the file of --redirect-warnings.

const {
  ArrayIsArray,
  Error,
  ErrorCaptureStackTrace,
  SafeSet,
  String,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE },
  isErrorStackTraceLimitWritable,
} = require('internal/errors');
const { validateString } = require('internal/validators');

let traceWarningHelpShown = false;
let disabledWarnings = null;
let options = null;

function getOptions() {
  options ??= internalBinding('options').getOptions();
  return options;
}

// Through the global console's error(), one write per warning, as node
// does (a worker's goes to its parent).
function writeOut(text) {
  require('internal/console/global').error(text);
}

// The file of --redirect-warnings, opened for appending at the first
// warning; stderr if it cannot be opened.
let warningFd;
function writeToFile(text) {
  const fs = require('fs');
  if (warningFd === undefined) {
    try {
      warningFd = fs.openSync(getOptions().redirectWarnings, 'a');
    } catch {
      return writeOut(text);
    }
    process.on('exit', () => {
      try {
        fs.closeSync(warningFd);
      } catch {
        // Already closed by the program.
      }
    });
  }
  fs.appendFile(warningFd, `${text}\n`, () => {});
}

// The default listener of process 'warning'.
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const opts = getOptions();
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (opts.noWarnings) return;
  disabledWarnings ??= new SafeSet(opts.disabledWarnings);
  if (disabledWarnings.has(warning.code) || disabledWarnings.has(warning.name)) {
    return;
  }
  const trace = process.traceProcessWarnings ||
    (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ?
      `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelpShown) {
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    msg += `\n(Use \`${argv0} --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` ` +
      'to show where the warning was created)';
    traceWarningHelpShown = true;
  }
  if (opts.redirectWarnings) writeToFile(msg);
  else writeOut(msg);
}

function createWarningObject(warning, type, code, ctor, detail) {
  // Error.stackTraceLimit is read-only under --frozen-intrinsics.
  const limitWritable = isErrorStackTraceLimitWritable();
  const limit = Error.stackTraceLimit;
  if (limitWritable) Error.stackTraceLimit = 0;
  warning = new Error(warning);
  if (limitWritable) Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  ErrorCaptureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !ArrayIsArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown from the next tick, after the warnings before it were
      // printed, as node does.
      return process.nextTick(() => {
        throw warning;
      });
    }
  }
  process.nextTick(doEmitWarning, warning);
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

module.exports = { emitWarning, onWarning };
