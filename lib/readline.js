'use strict';

// require('readline'): the callback API. Interface (callable without new)
// with question(query[, { signal }], cb) and its util.promisify form,
// completers taking (line, cb), the legacy `_name` methods and fields that
// code in the wild overrides (an override of rl._writeToOutput or
// rl._ttyWrite is what the interface itself calls), createInterface, the
// cursor functions, emitKeypressEvents and `promises`.

const {
  DateNow,
  FunctionPrototypeBind,
  ObjectDefineProperties,
  ObjectSetPrototypeOf,
  Promise,
  PromiseReject,
  ReflectApply,
  StringPrototypeSlice,
} = primordials;

const { AbortError } = require('internal/errors');
const { kEmptyObject, promisify } = require('internal/util');
const { validateAbortSignal } = require('internal/validators');
const {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const {
  emitKeypressEvents,
  kSawKeyPress,
} = require('internal/readline/emitKeypressEvents');
const {
  Interface: _Interface,
  InterfaceConstructor,
} = require('internal/readline/interface');
const {
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kRefreshLine,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
} = require('internal/readline/symbols');
const promises = require('readline/promises');

let inspect;

// A completer of one argument returns its result; the interface calls
// completers as (line, cb).
function callbackCompleter(completer) {
  return (line, cb) => cb(null, completer(line));
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }
  if (input?.input && typeof input.completer === 'function' &&
      input.completer.length !== 2) {
    // node stores the wrapper back into the options object.
    input.completer = callbackCompleter(input.completer);
  } else if (typeof completer === 'function' && completer.length !== 2) {
    completer = callbackCompleter(completer);
  }
  ReflectApply(InterfaceConstructor, this,
               [input, output, completer, terminal]);
  if (process.env.TERM === 'dumb') {
    this._ttyWrite = FunctionPrototypeBind(ttyWriteDumb, this);
  }
}
ObjectSetPrototypeOf(Interface.prototype, _Interface.prototype);
ObjectSetPrototypeOf(Interface, _Interface);

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  const { signal } = options;
  if (signal) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const answered = cb;
    cb = typeof answered === 'function' ? (answer) => {
      cleanup();
      return answered(answer);
    } : cleanup;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question): a promise of the answer, rejected with an
// AbortError when the signal aborts.
Interface.prototype.question[promisify.custom] =
  function question(query, options) {
    if (options === null || typeof options !== 'object') {
      options = kEmptyObject;
    }
    const { signal } = options;
    if (signal && signal.aborted) {
      return PromiseReject(new AbortError(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (signal) {
        const onAbort = () => {
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  };

// The legacy method names. The interface calls this[kX], which here reads
// this._x, so an override of `_x` on an instance is what runs.
const kLegacyMethods = [
  ['_setRawMode', kSetRawMode],
  ['_onLine', kOnLine],
  ['_writeToOutput', kWriteToOutput],
  ['_addHistory', kAddHistory],
  ['_refreshLine', kRefreshLine],
  ['_normalWrite', kNormalWrite],
  ['_insertString', kInsertString],
  ['_tabComplete', kTabComplete],
  ['_wordLeft', kWordLeft],
  ['_wordRight', kWordRight],
  ['_deleteLeft', kDeleteLeft],
  ['_deleteRight', kDeleteRight],
  ['_deleteWordLeft', kDeleteWordLeft],
  ['_deleteWordRight', kDeleteWordRight],
  ['_deleteLineLeft', kDeleteLineLeft],
  ['_deleteLineRight', kDeleteLineRight],
  ['_line', kLine],
  ['_historyNext', kHistoryNext],
  ['_historyPrev', kHistoryPrev],
  ['_getDisplayPos', kGetDisplayPos],
  // getCursorPos has always been public; _getCursorPos is the same method.
  ['_getCursorPos', null],
  ['_moveCursor', kMoveCursor],
  ['_ttyWrite', kTtyWrite],
];

// Legacy fields, stored under the symbols.
const kLegacyFields = [
  ['_decoder', kDecoder],
  ['_line_buffer', kLine_buffer],
  ['_oldPrompt', kOldPrompt],
  ['_previousKey', kPreviousKey],
  ['_prompt', kPrompt],
  ['_questionCallback', kQuestionCallback],
  ['_sawKeyPress', kSawKeyPress],
  ['_sawReturnAt', kSawReturnAt],
];

function fieldAccessor(symbol) {
  return {
    __proto__: null,
    get() { return this[symbol]; },
    set(value) { this[symbol] = value; },
  };
}

{
  const fields = { __proto__: null };
  for (let i = 0; i < kLegacyFields.length; i++) {
    const { 0: name, 1: symbol } = kLegacyFields[i];
    fields[name] = fieldAccessor(symbol);
  }
  ObjectDefineProperties(Interface.prototype, fields);

  const methods = { __proto__: null };
  const redirects = { __proto__: null };
  for (let i = 0; i < kLegacyMethods.length; i++) {
    const { 0: name, 1: symbol } = kLegacyMethods[i];
    methods[name] = {
      __proto__: null,
      value: symbol === null ? _Interface.prototype.getCursorPos :
        _Interface.prototype[symbol],
      writable: true,
      enumerable: true,
      configurable: true,
    };
    if (symbol !== null) {
      redirects[symbol] = {
        __proto__: null,
        get() { return this[name]; },
        set(value) { this[name] = value; },
      };
    }
  }
  ObjectDefineProperties(Interface.prototype, methods);
  ObjectDefineProperties(Interface.prototype, redirects);
}

// Completion through a (line, cb) completer.
Interface.prototype._tabComplete = function(lastKeypressWasTab) {
  this.pause();
  const text = StringPrototypeSlice(this.line, 0, this.cursor);
  this.completer(text, (err, value) => {
    this.resume();
    if (err) {
      inspect ??= require('internal/util/inspect').inspect;
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};

// TERM=dumb: no cursor movement or redrawing, only appending what is typed.
function ttyWriteDumb(s, key) {
  key = key || kEmptyObject;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = DateNow();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 ||
          DateNow() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
