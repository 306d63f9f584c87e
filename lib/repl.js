'use strict';

// node:repl — the read-eval-print loop: a readline interface whose lines
// are evaluated (through vm) in the global context or a context of its
// own, results printed with util.inspect, incomplete input gathered over
// several lines, dot commands (internal/repl/commands) and completion
// (internal/repl/completion).

const {
  ArrayPrototypeFilter,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  FunctionPrototypeBind,
  NumberIsNaN,
  NumberParseFloat,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  Promise,
  ReflectApply,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeIncludes,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeTrim,
  Symbol,
  SyntaxError,
} = primordials;

const { tryGetCwd } = require('internal/process/execution');
const vm = require('vm');
const { inspect } = require('internal/util/inspect');
const { Interface } = require('readline');
const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { processTopLevelAwait } = require('internal/repl/await');
const { defineDefaultCommands } = require('internal/repl/commands');
const { complete } = require('internal/repl/completion');
const {
  codes: {
    ERR_INVALID_REPL_EVAL_CONFIG,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { isNativeError } = require('internal/util/types');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

const kBufferedCommand = Symbol('bufferedCommand');
const kPending = Symbol('pendingLines');
const kBusy = Symbol('busy');
const kSawSigint = Symbol('sawSigint');
const kEditor = Symbol('editorMode');
const kExitPending = Symbol('exitPending');

const builtinModules = ArrayPrototypeFilter(
  BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList(),
  (name) => name[0] !== '_');

let evalCount = 0;

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
  return new vm.Script(strict ? `'use strict'; ${code}` : code, {
    filename, displayErrors: true,
  });
}

// The eval every REPL uses unless given another: compiles `code` (as an
// object literal when it looks like one; as the body of an async function
// when it awaits at the top level) and runs it in `context`.
function defaultEval(code, context, file, cb) {
  const strict = this.replMode === REPL_MODE_STRICT;
  let script;
  let awaited = false;
  let source = code;
  if (RegExpPrototypeExec(/^\s*{/, code) !== null &&
      RegExpPrototypeExec(/}\s*$/, code) !== null) {
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
        source = wrapped;
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
  try {
    if (this.useGlobal) {
      result = script.runInThisContext({ displayErrors: false });
    } else {
      result = script.runInContext(context, { displayErrors: false });
    }
  } catch (err) {
    return cb(err);
  }
  if (!awaited) return cb(null, result);
  source = null;
  const self = this;
  const onSigint = () => {
    self.clearLine();
    done(new Error('Script execution was interrupted by `SIGINT`'));
  };
  let settled = false;
  function done(err, value) {
    if (settled) return;
    settled = true;
    self.removeListener('SIGINT', onSigint);
    cb(err, value);
  }
  this.once('SIGINT', onSigint);
  Promise.prototype.then.call(result,
                              (box) => done(null, box?.value),
                              (err) => done(err));
}

// The stack of an error thrown by REPL input, without the frames of the
// REPL's own machinery.
function trimStack(stack) {
  const lines = StringPrototypeSplit(stack, '\n');
  let last = -1;
  let firstFrame = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!StringPrototypeStartsWith(StringPrototypeTrim(lines[i]), 'at ')) {
      continue;
    }
    if (firstFrame === -1) firstFrame = i;
    // The anonymous frame of the input's top level.
    if (RegExpPrototypeExec(/^\s*at REPL\d+:\d+:\d+$/, lines[i]) !== null) {
      last = i;
    }
  }
  if (firstFrame === -1) return stack;
  if (last === -1) {
    // Thrown by the machinery itself (or a builtin it called): drop from
    // the vm frames on.
    for (let i = firstFrame; i < lines.length; i++) {
      if (RegExpPrototypeExec(/runInThisContext|runInContext|node:repl/,
                              lines[i]) !== null) {
        return ArrayPrototypeJoin(ArrayPrototypeSlice(lines, 0, i), '\n');
      }
    }
    return stack;
  }
  return ArrayPrototypeJoin(ArrayPrototypeSlice(lines, 0, last), '\n');
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
    stream ??= process;
    options.input = stream.stdin || stream;
    options.output = stream.stdout || stream;
  }
  if (options.terminal === undefined) {
    options.terminal = !!options.output?.isTTY;
  }
  options.terminal = !!options.terminal;
  if (options.useColors === undefined) {
    options.useColors = options.terminal &&
      (typeof options.output?.hasColors !== 'function' ||
       options.output.hasColors());
  }
  if (options.breakEvalOnSigint && evalFn) {
    throw new ERR_INVALID_REPL_EVAL_CONFIG();
  }

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
  this._initialPrompt = prompt === undefined ? '> ' : `${prompt}`;
  this.eval = evalFn || FunctionPrototypeBind(defaultEval, this);

  if (options.writer !== undefined) {
    this.writer = options.writer;
  } else if (this.useColors) {
    this.writer = (obj) => inspect(obj, { ...writer.options, colors: true });
  } else {
    this.writer = writer;
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

  this.resetContext();
  defineDefaultCommands(this, (repl, code) => {
    repl.editorMode = true;
    repl[kBufferedCommand] = code;
    repl.line = '';
    repl[kEditor](true);
  });

  this.on('line', (line) => this[kOnLineInput](line));
  this.on('SIGINT', () => this[kOnSigint]());
  this.once('close', () => {
    // Input that ended while lines were still being evaluated exits after
    // them.
    if (this[kBusy]) this[kExitPending] = true;
    else this.emit('exit');
  });
  this.on('SIGCONT', () => this.displayPrompt(true));

  // Editor mode: Ctrl+D evaluates what was typed, Ctrl+C drops it.
  const ttyWrite = FunctionPrototypeBind(this._ttyWrite, this);
  this._ttyWrite = (d, key) => {
    if (this.editorMode && key && key.ctrl) {
      if (key.name === 'd') {
        this[kEditor](true);
        return;
      }
      if (key.name === 'c') {
        this[kEditor](false);
        return;
      }
    }
    if (key && key.ctrl && !key.meta && key.name === 'd' &&
        this.line.length === 0) {
      // End of input at the prompt: the shell continues on a new line.
      this.output.write('\r\n');
    }
    if (key && key.ctrl && !key.meta && key.name === 'c') {
      this[kSawSigint] = this[kSawSigint] && this.line.length === 0;
    }
    ttyWrite(d, key);
  };

  this.displayPrompt();
}
ObjectSetPrototypeOf(REPLServer.prototype, Interface.prototype);
ObjectSetPrototypeOf(REPLServer, Interface);

const kOnLineInput = Symbol('onLineInput');
const kOnSigint = Symbol('onSigint');
const kFinish = Symbol('finish');

REPLServer.prototype[kOnLineInput] = function(line, fromQueue) {
  if (this[kBusy] || (this[kPending].length > 0 && !fromQueue)) {
    ArrayPrototypePush(this[kPending], line);
    return;
  }
  this[kSawSigint] = false;
  if (this.editorMode) {
    this[kBufferedCommand] += `${line}\n`;
    return;
  }
  const trimmed = StringPrototypeTrim(line);
  if (trimmed[0] === '.' && trimmed[1] !== '.' &&
      NumberIsNaN(NumberParseFloat(trimmed))) {
    const match = RegExpPrototypeExec(/^\.([^\s]+)\s*(.*)$/, trimmed);
    if (match !== null && this.parseREPLKeyword(match[1], match[2])) {
      ArrayPrototypePush(this.lines, line);
      return;
    }
    if (this[kBufferedCommand] === '') {
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
  }
  if (this[kBufferedCommand] === '' && trimmed === '') {
    this.displayPrompt();
    return;
  }
  ArrayPrototypePush(this.lines, line);
  const code = `${this[kBufferedCommand]}${line}\n`;
  this[kBusy] = true;
  const file = `REPL${++evalCount}`;
  this.eval(code, this.context, file, (err, result) => {
    this[kFinish](line, err, result);
  });
};

REPLServer.prototype[kFinish] = function(line, err, result) {
  this[kBusy] = false;
  if (err instanceof Recoverable) {
    this[kBufferedCommand] += `${line}\n`;
    this.displayPrompt();
  } else {
    this.clearBufferedCommand();
    if (err) {
      this._domain_error(err);
    } else {
      if (!(this.ignoreUndefined && result === undefined)) {
        if (!this.underscoreAssigned) this.last = result;
        this.output.write(`${this.writer(result)}\n`);
      }
      this.displayPrompt();
    }
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

// Prints an error thrown by evaluated code as node does: `Uncaught ` and the
// error, its stack cut where the REPL's frames start.
REPLServer.prototype._domain_error = function(err) {
  if (!this.underscoreErrAssigned) this.lastError = err;
  let text;
  if (isNativeError(err) || err instanceof Error) {
    let stack = err.stack;
    if (typeof stack === 'string') {
      if (err instanceof SyntaxError && RegExpPrototypeExec(
        /^REPL\d+:\d+\n/, stack) !== null) {
        // The arrow from compilation: source line and caret, then a blank
        // line before the message.
        const lines = StringPrototypeSplit(stack, '\n');
        const at = ArrayPrototypeFilter(lines, (l) =>
          StringPrototypeStartsWith(StringPrototypeTrim(l), 'at '));
        const kept = ArrayPrototypeSlice(lines, 1,
                                         lines.length - at.length);
        const message = kept.pop();
        text = `${ArrayPrototypeJoin(kept, '\n')}\nUncaught ${message}`;
      } else {
        const trimmed = trimStack(stack);
        if (trimmed !== stack) {
          try {
            ObjectDefineProperty(err, 'stack', {
              __proto__: null, value: trimmed, writable: true,
              configurable: true, enumerable: false,
            });
          } catch {
            // A frozen error keeps its stack.
          }
        }
        text = `Uncaught ${this.writer(err)}`;
        // An error without frames prints as its stack, not in brackets.
        if (RegExpPrototypeExec(/\n\s+at /, trimmed) === null &&
            text === `Uncaught [${trimmed}]`) {
          text = `Uncaught ${trimmed}`;
        }
        try {
          ObjectDefineProperty(err, 'stack', {
            __proto__: null, value: stack, writable: true,
            configurable: true, enumerable: false,
          });
        } catch {
          // As above.
        }
      }
    } else {
      text = `Uncaught ${this.writer(err)}`;
    }
  } else {
    text = `Uncaught ${this.writer(err)}`;
  }
  this.output.write(`${text}\n`);
  this.clearBufferedCommand();
  this.lines.level = [];
  this.displayPrompt();
};

REPLServer.prototype[kOnSigint] = function() {
  if (this.closed) return;
  const empty = this.line.length === 0;
  if (this.terminal) this.clearLine();
  if (this.editorMode) this[kEditor](false, true);
  if (this[kBufferedCommand] === '' && empty) {
    if (this[kSawSigint]) {
      this[kSawSigint] = false;
      this.close();
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

// Leaves editor mode: evaluates the buffered lines, or drops them.
REPLServer.prototype[kEditor] = function(run, quiet) {
  if (!this.editorMode) return;
  this.editorMode = false;
  this.setPrompt(this._initialPrompt);
  if (!run) {
    if (!quiet) {
      this.clearBufferedCommand();
      this.clearLine();
      this.displayPrompt();
    }
    return;
  }
  const code = this[kBufferedCommand] + this.line;
  this.line = '';
  this.cursor = 0;
  this.output.write('\n');
  this.clearBufferedCommand();
  if (code === '' || StringPrototypeTrim(code) === '') {
    this.displayPrompt();
    return;
  }
  this[kBusy] = true;
  this.eval(`${code}\n`, this.context, `REPL${++evalCount}`, (err, res) => {
    this[kFinish]('', err instanceof Recoverable ? err.err : err, res);
  });
};

REPLServer.prototype.clearBufferedCommand = function() {
  this[kBufferedCommand] = '';
};

REPLServer.prototype.displayPrompt = function(preserveCursor) {
  let prompt = this._initialPrompt;
  if (this[kBufferedCommand].length > 0) {
    prompt = '...';
    prompt += ' ';
  }
  if (this.editorMode) prompt = '';
  this.setPrompt(prompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.setPrompt = function(prompt) {
  Interface.prototype.setPrompt.call(this, prompt);
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

