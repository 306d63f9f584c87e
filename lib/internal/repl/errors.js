'use strict';

// Errors of REPL input: what node's REPL does with its domain, on an
// AsyncLocalStorage. Every evaluation runs in the store with its REPL, so
// an exception thrown later by a callback the input scheduled (a tick, a
// timer) reaches that REPL and is printed there; a REPL other than the
// standalone one forbids `uncaughtException` listeners added by its input
// (ERR_INVALID_REPL_INPUT), as node does. The printing itself is the
// 'error' listener of `repl._domain` (reportError below).

const {
  ArrayPrototypeFindLastIndex,
  ArrayPrototypeJoin,
  ArrayPrototypeSlice,
  ArrayPrototypeUnshift,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  RegExpPrototypeSymbolSplit,
  StringPrototypeEndsWith,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_INVALID_REPL_INPUT,
  },
  overrideStackTrace,
} = require('internal/errors');
const { isError } = require('internal/util');

// The option that makes a REPL the standalone one (`nodus` / `nodus -i`).
const kStandaloneREPL = Symbol('kStandaloneREPL');

let store;
let standalone = null;

function installRouting() {
  if (store !== undefined) return;
  const { AsyncLocalStorage } = require('async_hooks');
  store = new AsyncLocalStorage();
  process.on('newListener', (event) => {
    if (event !== 'uncaughtException') return;
    const repl = store.getStore();
    if (repl !== undefined && !repl[kStandaloneREPL]) {
      throw new ERR_INVALID_REPL_INPUT(
        'Listeners for `uncaughtException` cannot be used in the REPL');
    }
  });
  require('internal/process/execution').setReplErrorRouter((error) => {
    const repl = store.getStore() ?? standalone;
    if (repl === null || repl === undefined) return false;
    repl._domain.emit('error', error);
    return true;
  });
}

// Runs fn() (an evaluation) in the context of `repl`.
function runInRepl(repl, fn) {
  installRouting();
  if (repl[kStandaloneREPL]) standalone = repl;
  return store.run(repl, fn);
}

// The stack of an error from REPL input: the frames above the input's top
// level (the last frame without a function name), through
// Error.prepareStackTrace when one is set.
function trimFrames(error) {
  overrideStackTrace.set(error, (err, frames) => {
    if (typeof frames === 'object') {
      const top = ArrayPrototypeFindLastIndex(
        frames, (frame) => frame.getFunctionName() === null &&
          !StringPrototypeStartsWith(frame.getFileName() ?? 'node:', 'node:'));
      if (top !== -1) frames = ArrayPrototypeSlice(frames, 0, top);
    }
    if (typeof Error.prepareStackTrace === 'function') {
      return Error.prepareStackTrace(err, frames);
    }
    ArrayPrototypeUnshift(frames, err);
    return ArrayPrototypeJoin(frames, '\n    at ');
  });
}

// Prints `e` as node's REPL does: `Uncaught ` before the line that names
// the error (`Uncaught:` and a new line when that line is long).
function reportError(repl, e) {
  let text = '';
  if (typeof e === 'object' && e !== null) {
    trimFrames(e);
    if (isError(e)) {
      let stack = e.stack;
      if (typeof stack === 'string') {
        if (e.name === 'SyntaxError') {
          stack = RegExpPrototypeSymbolReplace(/^REPL\d+:\d+\r?\n/, stack, '');
          stack = RegExpPrototypeSymbolReplace(/^\s+at\s.*\n?/gm, stack, '');
          setStack(e, stack);
        } else if (repl.replMode === require('repl').REPL_MODE_STRICT) {
          // The 'use strict' line before the input.
          stack = RegExpPrototypeSymbolReplace(
            /(\s+at\s+REPL\d+:)(\d+)/, stack,
            (_, pre, line) => `${pre}${line - 1}`);
          setStack(e, stack);
        }
      }
      text = repl.writer(e);
      // One-line errors print without brackets.
      if (text[0] === '[' && text[text.length - 1] === ']') {
        text = StringPrototypeSlice(text, 1, -1);
      }
    }
  }
  if (!repl.underscoreErrAssigned) repl.lastError = e;
  if (repl[kStandaloneREPL] &&
      process.listenerCount('uncaughtException') !== 0) {
    process.nextTick(() => {
      process.emit('uncaughtException', e);
      repl.clearBufferedCommand();
      repl.lines.level = [];
      repl.displayPrompt();
    });
    return;
  }
  if (text === '') text = repl.writer(e);
  const lines = RegExpPrototypeSymbolSplit(/(?<=\n)/, text);
  const { breakLength } = require('repl').writer.options;
  let matched = false;
  text = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!matched &&
        RegExpPrototypeExec(/^\[?([A-Z][a-z0-9_]*)*Error/, line) !== null) {
      text += breakLength >= line.length ?
        `Uncaught ${line}` : `Uncaught:\n${line}`;
      matched = true;
    } else {
      text += line;
    }
  }
  if (!matched) {
    text = `Uncaught${lines.length === 1 ? ' ' : ':\n'}${text}`;
  }
  if (!StringPrototypeEndsWith(text, '\n')) text += '\n';
  repl.output.write(text);
  repl.clearBufferedCommand();
  repl.lines.level = [];
  repl.displayPrompt();
}

function setStack(error, stack) {
  try {
    error.stack = stack;
  } catch {
    // A frozen error keeps its stack.
  }
}

module.exports = {
  kStandaloneREPL,
  runInRepl,
  reportError,
};
