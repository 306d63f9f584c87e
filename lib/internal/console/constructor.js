'use strict';

// The Console class: console.log and friends format with util.inspect /
// util.format and write to a stdout and a stderr stream.

const {
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  MathFloor,
  Number,
  NumberPrototypeToFixed,
  ObjectDefineProperty,
  ObjectKeys,
  ReflectOwnKeys,
  SafeMap,
  StringPrototypeIncludes,
  StringPrototypePadStart,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
  StringPrototypeSplit,
  Symbol,
  SymbolHasInstance,
  SafeWeakMap,
} = primordials;

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
  isStackOverflowError,
} = require('internal/errors');
const {
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');
const { inspect, formatWithOptions } = require('internal/util/inspect');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};
const kCounts = Symbol('counts');
// Node's own property names, which programs and tests read and patch.
const kTimers = '_times';
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kIsConsole = Symbol('kIsConsole');
const kWrite = Symbol('kWrite');
const kStdout = '_stdout';
const kStderr = '_stderr';
const kIgnoreErrors = '_ignoreErrors';

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad(value) {
  return StringPrototypePadStart(`${value}`, 2, '0');
}

// "1.5ms", "2.345s", "1:02.003 (m:ss.mmm)", "1:00:02.003 (h:mm:ss.mmm)".
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = MathFloor(ms / kHour);
        ms %= kHour;
      }
      minutes = MathFloor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const { 0: whole, 1: fraction } =
      StringPrototypeSplit(NumberPrototypeToFixed(seconds, 3), '.');
    const prefix = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${prefix}:${pad(whole)}.${fraction} ` +
      `(${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${NumberPrototypeToFixed(seconds, 3)}s`;
  return `${Number(NumberPrototypeToFixed(ms, 3))}ms`;
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) {
    return new Console(options, stderr, ignoreErrors);
  }
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: errStream = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!errStream || typeof errStream.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined &&
        options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR(
        'options.inspectOptions.color', 'colorMode');
    }
  }
  initConsole(this, stdout, errStream, ignore, colorMode, inspectOptions,
              groupIndentation ?? 2);
  // Methods are bound so that `const { log } = console` works.
  for (const key of ObjectKeys(Console.prototype)) {
    this[key] = FunctionPrototypeBind(this[key], this);
    ObjectDefineProperty(this[key], 'name', { __proto__: null, value: key });
  }
}

function initConsole(console, stdout, stderr, ignoreErrors, colorMode,
                     inspectOptions, groupIndentation) {
  const hidden = (name, value) => ObjectDefineProperty(console, name, {
    __proto__: null, value, writable: true, enumerable: false,
    configurable: true,
  });
  hidden(kStdout, stdout);
  hidden(kStderr, stderr);
  hidden(kIgnoreErrors, ignoreErrors);
  hidden(kColorMode, colorMode);
  hidden(kInspectOptions, inspectOptions);
  hidden(kCounts, new SafeMap());
  hidden(kTimers, new SafeMap());
  hidden(kGroupIndent, '');
  hidden(kGroupIndentationWidth, groupIndentation);
  hidden(kIsConsole, true);
}

function getStream(console, useStdErr) {
  return useStdErr ? console[kStderr] : console[kStdout];
}

function getInspectOptions(console, stream) {
  let color = console[kColorMode];
  if (color === 'auto') {
    color = stream.isTTY && (typeof stream.getColorDepth === 'function' ?
      stream.getColorDepth() > 2 : true);
  }
  const options = console[kInspectOptions];
  if (options) {
    if (options.colors === undefined) return { ...options, colors: color };
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function formatArgs(console, stream, args) {
  return formatWithOptions(getInspectOptions(console, stream), ...args);
}

function write(console, useStdErr, text) {
  const groupIndent = console[kGroupIndent];
  if (groupIndent.length !== 0) {
    if (StringPrototypeIncludes(text, '\n')) {
      text = StringPrototypeReplaceAll(text, '\n', `\n${groupIndent}`);
    }
    text = groupIndent + text;
  }
  text += '\n';
  const stream = getStream(console, useStdErr);
  if (!console[kIgnoreErrors]) {
    stream.write(text);
    return;
  }
  // A closed stream (EPIPE) must not take the program down through
  // console.log. An error the write raises at once meets the noop listener
  // added around the call; one that comes later gets a noop listener from
  // the write's callback, just before it is emitted (unless the program
  // listens for errors itself).
  const addNoop = typeof stream.listenerCount === 'function' &&
    typeof stream.once === 'function' && stream.listenerCount('error') === 0;
  try {
    if (addNoop) stream.once('error', noop);
    stream.write(text, writeCallbackOf(stream));
  } catch (e) {
    if (isStackOverflowError(e)) throw e;
  } finally {
    if (addNoop) stream.removeListener('error', noop);
  }
}

function onConsoleWriteError(stream, err) {
  if (err == null || stream._writableState?.errorEmitted) return;
  if (stream.listenerCount('error') === 0) stream.once('error', noop);
}

// One callback per stream, made once: Writable then batches the callbacks
// of synchronous writes into one tick (repeated console.log calls allocate
// one tick object, not one per call).
const writeCallbacks = new SafeWeakMap();
function writeCallbackOf(stream) {
  let callback = writeCallbacks.get(stream);
  if (callback === undefined) {
    callback = (err) => onConsoleWriteError(stream, err);
    writeCallbacks.set(stream, callback);
  }
  return callback;
}

function noop() {}

const consoleMethods = {
  log(...args) {
    write(this, false, formatArgs(this, getStream(this, false), args));
  },

  warn(...args) {
    write(this, true, formatArgs(this, getStream(this, true), args));
  },

  dir(object, options) {
    write(this, false, inspect(object, {
      customInspect: false,
      ...getInspectOptions(this, getStream(this, false)),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatArgs(this, getStream(this, true), args) };
    ErrorCaptureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      this.warn(...args);
    }
  },

  clear() {
    const stream = getStream(this, false);
    if (stream.isTTY && process.env.TERM !== 'dumb') {
      stream.write('\x1b[1;1H\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] +=
      StringPrototypeRepeat(' ', this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    require('internal/console/table').printTable(this, tabularData, properties);
  },
};

function timeLogImpl(console, name, label, data) {
  const time = console[kTimers].get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) {
    console.log('%s: %s', label, formatted);
  } else {
    console.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

for (const method of ReflectOwnKeys(consoleMethods)) {
  Console.prototype[method] = consoleMethods[method];
}

ObjectDefineProperty(Console, SymbolHasInstance, {
  __proto__: null,
  value(instance) {
    return instance !== null && typeof instance === 'object' &&
      instance[kIsConsole] === true;
  },
});

// Under --frozen-intrinsics the global console is frozen: its group
// indentation, the one state it assigns, moves into an accessor first so
// that group() and groupEnd() keep working.
function keepGroupIndentMutable(console) {
  let indent = console[kGroupIndent];
  ObjectDefineProperty(console, kGroupIndent, {
    __proto__: null,
    get() { return indent; },
    set(value) { indent = value; },
    enumerable: false,
    configurable: true,
  });
}

module.exports = {
  Console,
  keepGroupIndentMutable,
  kBindStreamsLazy: Symbol('kBindStreamsLazy'),
  formatTime,
  initConsole,
  kStdout,
  kStderr,
};
