'use strict';

// node:repl — the read-eval-print loop: a readline interface whose lines
// are evaluated (through vm) in the global context or a context of its
// own, results printed with util.inspect, incomplete input gathered over
// several lines, dot commands (internal/repl/commands) and completion
// (internal/repl/completion).

const {
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  FunctionPrototypeBind,
  NumberIsNaN,
  NumberParseFloat,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  PromisePrototypeThen,
  ReflectApply,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeIncludes,
  StringPrototypeRepeat,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeTrim,
  Symbol,
  SyntaxError,
} = primordials;

const { tryGetCwd } = require('internal/process/execution');
const vm = require('vm');
const { kInternalLoader } = require('internal/vm');
const { inspect } = require('internal/util/inspect');
const { Interface } = require('readline');
const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { processTopLevelAwait } = require('internal/repl/await');
const { defineDefaultCommands } = require('internal/repl/commands');
const { complete } = require('internal/repl/completion');
const { setupHistory } = require('internal/repl/history');
const {
  kStandaloneREPL,
  reportError,
  runInRepl,
} = require('internal/repl/errors');
const {
  codes: {
    ERR_INVALID_REPL_EVAL_CONFIG,
    ERR_SCRIPT_EXECUTION_INTERRUPTED,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const EventEmitter = require('events');
const { shouldColorize } = require('internal/util/colors');
const { deprecate } = require('internal/util');
const { isNativeError } = require('internal/util/types');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

const kBufferedCommand = Symbol('bufferedCommand');
const kPending = Symbol('pendingLines');
const kBusy = Symbol('busy');
const kSawSigint = Symbol('sawSigint');
const kSawCtrlD = Symbol('sawCtrlD');
const kLoading = Symbol('loading');
const kThrown = Symbol('thrown');
const kExitPending = Symbol('exitPending');

const builtinModules = ArrayPrototypeFilter(
  BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList(),
  (name) => name[0] !== '_');

let evalCount = 0;

function pendingDeprecation() {
  return ArrayPrototypeIncludes(process.execArgv, '--pending-deprecation') ||
    StringPrototypeIncludes(process.env.NODE_OPTIONS || '',
                            '--pending-deprecation') ||
    process.env.NODE_PENDING_DEPRECATION === '1';
}

// Thrown (passed to the eval callback) for input that may be completed by
// the lines that follow.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

function writer(obj) {
  return inspect(obj, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

// Whether a SyntaxError for `code` goes away with more input.
function isRecoverable(err, code) {
  const message = err.message;
  if (message === 'Unexpected end of input' ||
      message === 'Unterminated template literal' ||
      message === 'missing ) after argument list' &&
        RegExpPrototypeExec(/[,(]\s*$/, code) !== null) {
    return true;
  }
  // A string continued on the next line with a backslash.
  if (message === 'Invalid or unexpected token' &&
      RegExpPrototypeExec(/\\\s*$/, code) !== null) {
    return true;
  }
  return false;
}

function isValidSyntax(code) {
  try {
    new vm.Script(code);
    return true;
  } catch {
    return false;
  }
}

function compile(code, filename, strict) {
  // `void 0`: a declaration's completion value is not the directive.
  if (strict && RegExpPrototypeExec(/^\s*$/, code) === null) {
    code = `'use strict'; void 0;\n${code}`;
  }
  return new vm.Script(code, {
    filename, displayErrors: true, importModuleDynamically: kInternalLoader,
  });
}

// The eval every REPL uses unless given another: compiles `code` (as an
// object literal when it looks like one; as the body of an async function
// when it awaits at the top level) and runs it in `context`.
function defaultEval(code, context, file, cb) {
  if (code === '\n') return cb(null);
  const strict = this.replMode === REPL_MODE_STRICT;
  let script;
  let awaited = false;
  if (RegExpPrototypeExec(/^\s*{/, code) !== null &&
      RegExpPrototypeExec(/;\s*$/, code) === null) {
    try {
      script = compile(`(${StringPrototypeTrim(code)})\n`, file, strict);
    } catch {
      script = undefined;
    }
  }
  if (script === undefined && StringPrototypeIncludes(code, 'await')) {
    let wrapped = null;
    try {
      wrapped = processTopLevelAwait(code);
    } catch {
      wrapped = null;
    }
    if (wrapped !== null) {
      try {
        script = compile(wrapped, file, strict);
        awaited = true;
      } catch (err) {
        if (err instanceof SyntaxError && isRecoverable(err, code)) {
          return cb(new Recoverable(err));
        }
      }
    }
  }
  if (script === undefined) {
    try {
      script = compile(code, file, strict);
    } catch (err) {
      if (err instanceof SyntaxError && isRecoverable(err, code)) {
        return cb(new Recoverable(err));
      }
      return cb(err);
    }
  }
  let result;
  let thrown = false;
  const breakOnSigint = this.breakEvalOnSigint;
  let wasRaw = false;
  // Out of raw mode, Ctrl+C is a SIGINT, which the watchdog turns into an
  // exception while the code runs.
  if (breakOnSigint && this.terminal) wasRaw = this._setRawMode(false);
  try {
    const options = { displayErrors: false, breakOnSigint };
    if (this.useGlobal) {
      result = script.runInThisContext(options);
    } else {
      result = script.runInContext(context, options);
    }
  } catch (err) {
    thrown = true;
    result = err;
  }
  // Raw mode comes back before the callback shows the next prompt: a key
  // typed at that prompt while the terminal is still cooked would go
  // through the line discipline (Ctrl+D would arrive as a NUL byte).
  if (wasRaw) this._setRawMode(true);
  if (thrown) {
    // Any value thrown, null and undefined included, is reported.
    this[kThrown] = true;
    return cb(result);
  }
  if (!awaited) return cb(null, result);
  const self = this;
  const onSigint = () => {
    self.clearLine();
    done(new ERR_SCRIPT_EXECUTION_INTERRUPTED());
  };
  let settled = false;
  function done(err, value) {
    if (settled) return;
    settled = true;
    self.removeListener('SIGINT', onSigint);
    cb(err, value);
  }
  this.once('SIGINT', onSigint);
  PromisePrototypeThen(result,
                       (box) => done(null, box?.value),
                       (err) => done(err));
}

function REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined,
                    replMode) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined,
                          replMode);
  }
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    evalFn = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    replMode = options.replMode;
  } else {
    options = {};
  }
  if (!options.input && !options.output) {
    stream ||= process;
    options.input = stream.stdin || stream;
    options.output = stream.stdout || stream;
  }
  if (options.terminal === undefined) {
    options.terminal = options.output.isTTY;
  }
  options.terminal = !!options.terminal;
  if (options.terminal && options.useColors === undefined) {
    options.useColors = !!shouldColorize(options.output);
  }
  if (options.breakEvalOnSigint && evalFn) {
    throw new ERR_INVALID_REPL_EVAL_CONFIG();
  }

  this[kStandaloneREPL] = !!options[kStandaloneREPL];
  this.useColors = !!options.useColors;
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.last = undefined;
  this.lastError = undefined;
  this.breakEvalOnSigint = !!options.breakEvalOnSigint;
  this.editorMode = false;
  this.commands = { __proto__: null };
  this.lines = [];
  this.lines.level = [];
  this[kBufferedCommand] = '';
  this[kPending] = [];
  this[kBusy] = false;
  this[kSawSigint] = false;
  this[kSawCtrlD] = false;
  this[kLoading] = false;
  this._initialPrompt = prompt === undefined ? '> ' : `${prompt}`;
  this.eval = evalFn || FunctionPrototypeBind(defaultEval, this);

  // Where errors of the input are reported (node's REPL domain): an
  // 'error' listener may be added to watch them.
  this._domain = options.domain || new EventEmitter();
  this._domain.on('error', (err) => reportError(this, err));

  this.writer = options.writer || writer;
  if (this.writer === writer) {
    writer.options.colors = this.useColors;
    if (this[kStandaloneREPL]) {
      ObjectDefineProperty(inspect, 'replDefaults', {
        __proto__: null,
        get() { return writer.options; },
        set(value) {
          validateObject(value, 'options');
          return ObjectAssign(writer.options, value);
        },
        enumerable: true,
        configurable: true,
      });
    }
  }

  const completer = options.completer ||
    FunctionPrototypeBind(this.complete, this);
  ReflectApply(Interface, this, [{
    input: options.input,
    output: options.output,
    completer,
    terminal: options.terminal,
    historySize: options.historySize,
    prompt: this._initialPrompt,
  }]);

  const deprecatedStream = (name) => {
    const get = () => this[name];
    const set = (value) => { this[name] = value; };
    const message = 'repl.inputStream and repl.outputStream are deprecated. ' +
      'Use repl.input and repl.output instead';
    return {
      __proto__: null,
      get: pendingDeprecation() ? deprecate(get, message, 'DEP0141') : get,
      set: pendingDeprecation() ? deprecate(set, message, 'DEP0141') : set,
      enumerable: false,
      configurable: true,
    };
  };
  ObjectDefineProperty(this, 'inputStream', deprecatedStream('input'));
  ObjectDefineProperty(this, 'outputStream', deprecatedStream('output'));

  this.resetContext();
  defineDefaultCommands(this, (repl, on) => {
    if (on) turnOnEditorMode(repl);
    else turnOffEditorMode(repl);
  }, kLoading);

  this.on('line', (line) => this[kOnLineInput](line));
  this.on('SIGINT', () => this[kOnSigint]());
  this.once('close', () => {
    // Input that ended while lines were still being evaluated exits after
    // them.
    if (this[kBusy]) this[kExitPending] = true;
    else this.emit('exit');
  });
  this.on('SIGCONT', () => this.displayPrompt(true));

  // Editor mode: Ctrl+D evaluates what was typed, Ctrl+C drops it (as a
  // SIGINT); the history keys do nothing.
  const ttyWrite = FunctionPrototypeBind(this._ttyWrite, this);
  this._ttyWrite = (d, key) => {
    key ||= {};
    if (!this.editorMode || !this.terminal) {
      // End of input at the prompt: the shell continues on a new line.
      if (key.ctrl && key.name === 'd' && this.cursor === 0 &&
          this.line.length === 0) {
        this.clearLine();
      }
      ttyWrite(d, key);
      return;
    }
    if (key.ctrl && !key.shift) {
      if (key.name === 'd') {
        turnOffEditorMode(this);
        this[kSawCtrlD] = true;
        ttyWrite(d, { name: 'return' });
      } else if (key.name !== 'n' && key.name !== 'p') {
        ttyWrite(d, key);
      }
      return;
    }
    if (key.name === 'up' || key.name === 'down') return;
    if (key.name === 'tab') this._previousKey = null;
    ttyWrite(d, key);
  };

  this.displayPrompt();
}
ObjectSetPrototypeOf(REPLServer.prototype, Interface.prototype);
ObjectSetPrototypeOf(REPLServer, Interface);

function turnOnEditorMode(repl) {
  repl.editorMode = true;
  ReflectApply(Interface.prototype.setPrompt, repl, ['']);
}

function turnOffEditorMode(repl) {
  repl.editorMode = false;
  repl.setPrompt(repl._initialPrompt);
}

const kOnLineInput = Symbol('onLineInput');
const kOnSigint = Symbol('onSigint');
const kFinish = Symbol('finish');

REPLServer.prototype[kOnLineInput] = function(line, fromQueue) {
  line ||= '';
  if (this[kBusy] || (this[kPending].length > 0 && !fromQueue)) {
    ArrayPrototypePush(this[kPending], line);
    return;
  }
  this[kSawSigint] = false;
  if (this.editorMode) {
    this[kBufferedCommand] += `${line}\n`;
    // Keep the indentation of the line for the next one.
    const indent = this._sawKeyPress && !this[kLoading] ?
      RegExpPrototypeExec(/^\s+/, line) : null;
    if (indent !== null) {
      this.write(indent[0]);
      this.line = indent[0];
      this.cursor = indent[0].length;
    }
    ArrayPrototypePush(this.lines, line);
    return;
  }
  const trimmed = StringPrototypeTrim(line);
  if (trimmed[0] === '.' && trimmed[1] !== '.' &&
      NumberIsNaN(NumberParseFloat(trimmed))) {
    const match = RegExpPrototypeExec(/^\.([^\s]+)\s*(.*)$/, trimmed);
    if (match !== null && this.parseREPLKeyword(match[1], match[2])) {
      return;
    }
    if (this[kBufferedCommand] === '') {
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
  }
  const code = `${this[kBufferedCommand]}${line}\n`;
  this[kBusy] = true;
  const file = `REPL${++evalCount}`;
  runInRepl(this, () => {
    this.eval(code, this.context, file, (...args) => {
      this[kFinish](line, args);
    });
  });
};

REPLServer.prototype[kFinish] = function(line, args) {
  const { 0: err, 1: result } = args;
  const thrown = this[kThrown];
  this[kThrown] = false;
  this[kBusy] = false;
  ArrayPrototypePush(this.lines, line);
  if (err instanceof Recoverable && !this[kSawCtrlD]) {
    this[kBufferedCommand] += `${line}\n`;
    this.displayPrompt();
  } else if (err || thrown) {
    this[kSawCtrlD] = false;
    this._domain.emit('error', err instanceof Recoverable ? err.err : err);
  } else {
    this.clearBufferedCommand();
    this[kSawCtrlD] = false;
    if (args.length === 2 &&
        (!this.ignoreUndefined || result !== undefined)) {
      if (!this.underscoreAssigned) this.last = result;
      this.output.write(`${this.writer(result)}\n`);
    }
    this.displayPrompt();
  }
  const pending = this[kPending];
  while (pending.length > 0 && !this[kBusy]) {
    this[kOnLineInput](ArrayPrototypeShift(pending), true);
  }
  if (!this[kBusy] && this[kExitPending]) {
    this[kExitPending] = false;
    this.emit('exit');
  }
};

REPLServer.prototype[kOnSigint] = function() {
  const empty = this.line.length === 0;
  this.clearLine();
  turnOffEditorMode(this);
  if (this[kBufferedCommand] === '' && empty) {
    if (this[kSawSigint]) {
      this.close();
      this[kSawSigint] = false;
      return;
    }
    this.output.write(
      '(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
    this[kSawSigint] = true;
  } else {
    this[kSawSigint] = false;
  }
  this.clearBufferedCommand();
  this.lines.level = [];
  this.displayPrompt();
};

REPLServer.prototype.setupHistory = function(historyFile, cb) {
  setupHistory(this, historyFile, cb);
};

REPLServer.prototype.clearBufferedCommand = function() {
  this[kBufferedCommand] = '';
};

REPLServer.prototype.displayPrompt = function(preserveCursor) {
  let prompt = this._initialPrompt;
  if (this[kBufferedCommand].length > 0) {
    const depth = this.lines.level.length;
    prompt = `...${StringPrototypeRepeat('..', depth > 0 ? depth - 1 : 0)} `;
  }
  ReflectApply(Interface.prototype.setPrompt, this, [prompt]);
  this.prompt(preserveCursor);
};

REPLServer.prototype.setPrompt = function(prompt) {
  this._initialPrompt = prompt;
  ReflectApply(Interface.prototype.setPrompt, this, [prompt]);
};

REPLServer.prototype.defineCommand = function(keyword, cmd) {
  if (typeof cmd === 'function') {
    cmd = { action: cmd };
  } else {
    validateFunction(cmd.action, 'cmd.action');
  }
  this.commands[keyword] = cmd;
};

REPLServer.prototype.parseREPLKeyword = function(keyword, rest) {
  const cmd = this.commands[keyword];
  if (cmd) {
    ReflectApply(cmd.action, this, [rest]);
    return true;
  }
  return false;
};

REPLServer.prototype.complete = function(line, callback) {
  let result;
  try {
    result = complete(this, line);
  } catch (err) {
    return callback(err);
  }
  callback(null, result);
};

REPLServer.prototype.completer = REPLServer.prototype.complete;

// A fresh context (or the global one), with the module machinery, `_` and
// `_error`.
REPLServer.prototype.createContext = function() {
  let context;
  if (this.useGlobal) {
    context = globalThis;
  } else {
    context = vm.createContext();
    // The new context has its own builtins (Object, globalThis...); the
    // rest of ours (process, Buffer, timers...) is shared with it.
    const own = new SafeSet(vm.runInContext(
      'Object.getOwnPropertyNames(globalThis)', context));
    for (const name of ObjectGetOwnPropertyNames(globalThis)) {
      if (name === 'console' || name === 'global' || own.has(name)) continue;
      if (ObjectPrototypeHasOwnProperty(context, name)) continue;
      // The descriptor, so that lazy getters stay lazy.
      ObjectDefineProperty(context, name,
                           ObjectGetOwnPropertyDescriptor(globalThis, name));
    }
    context.global = context;
    ObjectDefineProperty(context, 'console', {
      __proto__: null,
      configurable: true,
      writable: true,
      value: new (require('console').Console)(this.output),
    });
  }
  const replModule = new Module('<repl>');
  replModule.paths = ArrayPrototypeSlice(
    Module._nodeModulePaths(tryGetCwd()));
  ArrayPrototypePush(replModule.paths,
                     ...(Module.globalPaths || []));
  const req = makeRequireFunction(replModule);
  ObjectDefineProperty(context, 'module', {
    __proto__: null, configurable: true, writable: true, value: replModule,
  });
  ObjectDefineProperty(context, 'require', {
    __proto__: null, configurable: true, writable: true, value: req,
  });
  addBuiltinLibs(context, req);
  return context;
};

function addBuiltinLibs(object, req) {
  for (const name of builtinModules) {
    if (StringPrototypeIncludes(name, '/')) continue;
    if (ObjectPrototypeHasOwnProperty(object, name)) continue;
    const setReal = (value) => {
      ObjectDefineProperty(object, name, {
        __proto__: null, value, writable: true, enumerable: false,
        configurable: true,
      });
    };
    ObjectDefineProperty(object, name, {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        const value = req(name);
        setReal(value);
        return value;
      },
      set: setReal,
    });
  }
}

REPLServer.prototype.resetContext = function() {
  this.context = this.createContext();
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.lines = [];
  this.lines.level = [];
  const self = this;
  ObjectDefineProperty(this.context, '_', {
    __proto__: null,
    configurable: true,
    get() { return self.last; },
    set(value) {
      self.last = value;
      if (!self.underscoreAssigned) {
        self.underscoreAssigned = true;
        self.output.write('Expression assignment to _ now disabled.\n');
      }
    },
  });
  ObjectDefineProperty(this.context, '_error', {
    __proto__: null,
    configurable: true,
    get() { return self.lastError; },
    set(value) {
      self.lastError = value;
      if (!self.underscoreErrAssigned) {
        self.underscoreErrAssigned = true;
        self.output.write(
          'Expression assignment to _error now disabled.\n');
      }
    },
  });
  this.emit('reset', this.context);
};

function start(prompt, source, evalFn, useGlobal, ignoreUndefined,
               replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined,
                        replMode);
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  isValidSyntax,
  builtinModules,
};

ObjectDefineProperty(module.exports, 'builtinModules', {
  __proto__: null, enumerable: true, configurable: true, writable: false,
  value: builtinModules,
});

// DEP0142 (under --pending-deprecation): the old name of builtinModules.
{
  const message = 'repl._builtinLibs is deprecated. Check ' +
    'module.builtinModules instead';
  let libs = builtinModules;
  const get = () => libs;
  const set = (value) => { libs = value; };
  ObjectDefineProperty(module.exports, '_builtinLibs', {
    __proto__: null,
    get: pendingDeprecation() ? deprecate(get, message, 'DEP0142') : get,
    set: pendingDeprecation() ? deprecate(set, message, 'DEP0142') : set,
    enumerable: false,
    configurable: true,
  });
}

