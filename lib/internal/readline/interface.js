'use strict';

// readline's Interface: the options and their validation, reading lines
// from a stream (splitting on \n, \r\n and \r, with crlfDelay), question(),
// prompt(), pause/resume/close, the async iterator over lines, and the
// screen bookkeeping of terminal mode (where the prompt and line are drawn,
// refreshing them). The key handling of terminal mode is mixed in from
// internal/readline/editing.

const {
  DateNow,
  FunctionPrototypeCall,
  MathCeil,
  MathMax,
  NumberIsFinite,
  ObjectDefineProperty,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  ReflectOwnKeys,
  SafeStringIterator,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  SymbolAsyncIterator,
  SymbolDispose,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_USE_AFTER_CLOSE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const EventEmitter = require('events');
const { kFirstEventParam } = require('internal/events/symbols');
const {
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const {
  ESCAPE_CODE_TIMEOUT,
  emitKeypressEvents,
  kSawKeyPress,
} = require('internal/readline/emitKeypressEvents');
const {
  getStringWidth,
  stripVTControlCharacters,
} = require('internal/readline/utils');
const symbols = require('internal/readline/symbols');
const editing = require('internal/readline/editing');

const {
  kDecoder,
  kGetDisplayPos,
  kKillRing,
  kKillRingCursor,
  kLine_buffer,
  kLineObjectStream,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kRedoStack,
  kRefreshLine,
  kSawReturnAt,
  kSetRawMode,
  kSubstringSearch,
  kTtyWrite,
  kUndoStack,
  kWriteToOutput,
} = symbols;

const kHistorySize = 30;
const kMinCrlfDelay = 100;

let StringDecoder;

// The constructor behind every readline interface (readline.Interface and
// readline/promises' Interface). `input` may be the options object.
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  // Set to false by emitKeypressEvents while a pasted chunk is decoded.
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;

  FunctionPrototypeCall(EventEmitter, this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // The options form.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!NumberIsFinite(options.escapeCodeTimeout)) {
        // node reports the default here, not the value given.
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout',
                                        this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ?
    MathMax(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineObjectStream] = undefined;

  attachInput(this, input, output);

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', disposable[SymbolDispose]);
    }
  }

  this.line = '';
  input.resume();
}
ObjectSetPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(InterfaceConstructor, EventEmitter);

// Wires the interface to its streams: 'data' split into lines, or in
// terminal mode 'keypress' events fed to the line editor. Everything is
// removed again on 'close'.
function attachInput(rl, input, output) {
  const onError = (err) => rl.emit('error', err);
  input.on('error', onError);

  if (!rl.terminal) {
    const onData = (data) => rl[kNormalWrite](data);
    const onEnd = () => {
      const rest = rl[kLine_buffer];
      if (typeof rest === 'string' && rest.length > 0) rl.emit('line', rest);
      rl.close();
    };
    input.on('data', onData);
    input.on('end', onEnd);
    rl.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
    });
    StringDecoder ??= require('string_decoder').StringDecoder;
    rl[kDecoder] = new StringDecoder('utf8');
    return;
  }

  const onKeypress = (s, key) => {
    rl[kTtyWrite](s, key);
    // A lone surrogate (half of a pair that arrived split) was drawn: draw
    // the line again.
    if (key && key.sequence) {
      const code = StringPrototypeCodePointAt(key.sequence, 0);
      if (code >= 0xd800 && code <= 0xdfff) rl[kRefreshLine]();
    }
  };
  const onEnd = () => {
    if (typeof rl.line === 'string' && rl.line.length > 0) {
      rl.emit('line', rl.line);
    }
    rl.close();
  };
  const onResize = () => rl[kRefreshLine]();
  emitKeypressEvents(input, rl);
  input.on('keypress', onKeypress);
  input.on('end', onEnd);
  rl[kSetRawMode](true);
  rl.terminal = true;
  rl.cursor = 0;
  rl.historyIndex = -1;
  if (output != null) output.on('resize', onResize);
  rl.once('close', () => {
    input.removeListener('keypress', onKeypress);
    input.removeListener('error', onError);
    input.removeListener('end', onEnd);
    if (output != null) output.removeListener('resize', onResize);
  });
}

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') {
      this.input.setRawMode(mode);
    }
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  // Shows `query` as the prompt until the next line, which goes to `cb`
  // instead of a 'line' event. A second question while one is pending
  // only prompts again.
  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
      return;
    }
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }

  [kOnLine](line) {
    const cb = this[kQuestionCallback];
    if (cb) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output != null) this.output.write(stringToWrite);
  }

  // Draws the prompt and the line again from the first row they occupy,
  // leaving the terminal's cursor where this.cursor is.
  [kRefreshLine]() {
    const text = this[kPrompt] + this.line;
    const end = this[kGetDisplayPos](text);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](text);
    // On an exact multiple of the width the terminal has not wrapped yet:
    // make it open the next row.
    if (end.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const rowsBelow = end.rows - cursorPos.rows;
    if (rowsBelow > 0) moveCursor(this.output, 0, -rowsBelow);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](data, key);
    else this[kNormalWrite](data);
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // Non-terminal input: decodes `chunk` and emits every line it completes.
  // A '\r' that ends a chunk ends its line; a '\n' starting the next chunk
  // within crlfDelay belongs to it and is dropped.
  [kNormalWrite](chunk) {
    if (chunk === undefined) return;
    let text = this[kDecoder].write(chunk);
    if (this[kSawReturnAt] &&
        DateNow() - this[kSawReturnAt] <= this.crlfDelay) {
      if (StringPrototypeCharCodeAt(text, 0) === 10) {
        text = StringPrototypeSlice(text, 1);
      }
      this[kSawReturnAt] = 0;
    }
    // The end of the last line ending in the chunk (the buffered part
    // holds none).
    const lastLf = StringPrototypeLastIndexOf(text, '\n');
    const lastCr = StringPrototypeLastIndexOf(text, '\r');
    const restStart = (lastLf > lastCr ? lastLf : lastCr) + 1;
    if (restStart === 0) {
      if (text) {
        if (this[kLine_buffer]) this[kLine_buffer] += text;
        else this[kLine_buffer] = text;
      }
      return;
    }
    const buffered = this[kLine_buffer];
    if (buffered) {
      text = buffered + text;
      this[kLine_buffer] = null;
      emitLines(this, text, buffered.length + restStart);
    } else {
      emitLines(this, text, restStart);
    }
  }

  // Row and column (0-based) at which `str` ends when written from the
  // start of a row: wide characters take two columns and do not split over
  // a row's end, tabs stop every tabSize columns, '\n' starts a new row.
  [kGetDisplayPos](str) {
    const width = this.columns;
    let offset = 0;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const ch of new SafeStringIterator(str)) {
      if (ch === '\n') {
        rows += MathCeil(offset / width) || 1;
        offset = 0;
      } else if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
      } else {
        const w = getStringWidth(ch, false);
        if (w === 0 || w === 1) {
          offset += w;
        } else {
          if ((offset + 1) % width === 0) offset++;
          offset += 2;
        }
      }
    }
    const cols = offset % width;
    rows += (offset - cols) / width;
    return { cols, rows };
  }

  // The row (of the prompt) and column the cursor is at.
  getCursorPos() {
    const beforeCursor = this[kPrompt] +
      StringPrototypeSlice(this.line, 0, this.cursor);
    return this[kGetDisplayPos](beforeCursor);
  }

  [SymbolAsyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      this[kLineObjectStream] = EventEmitter.on(this, 'line', {
        __proto__: null,
        close: ['close'],
        highWaterMark: 1024,
        [kFirstEventParam]: true,
      });
    }
    return this[kLineObjectStream];
  }
}

// Emits the lines of `text` that end before `restStart`, after keeping the
// rest as the start of the next line. Line handlers may write to the
// interface again: the state is final before the first one runs.
function emitLines(rl, text, restStart) {
  rl[kSawReturnAt] =
    StringPrototypeCharCodeAt(text, text.length - 1) === 13 ? DateNow() : 0;
  rl[kLine_buffer] = StringPrototypeSlice(text, restStart);
  let start = 0;
  if (StringPrototypeIndexOf(text, '\r') === -1) {
    // The common case: '\n' only.
    while (start < restStart) {
      const end = StringPrototypeIndexOf(text, '\n', start);
      rl[kOnLine](StringPrototypeSlice(text, start, end));
      start = end + 1;
    }
    return;
  }
  let lf = StringPrototypeIndexOf(text, '\n', start);
  let cr = StringPrototypeIndexOf(text, '\r', start);
  while (start < restStart) {
    if (lf !== -1 && lf < start) lf = StringPrototypeIndexOf(text, '\n', start);
    if (cr !== -1 && cr < start) cr = StringPrototypeIndexOf(text, '\r', start);
    let end;
    let next;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      // '\r', or '\r\n' when the '\n' follows at once.
      end = cr;
      next = lf === cr + 1 ? cr + 2 : cr + 1;
    } else {
      end = lf;
      next = lf + 1;
    }
    rl[kOnLine](StringPrototypeSlice(text, start, end));
    start = next;
  }
}

// The terminal line editor (key handling, history, kill ring, undo,
// completion) as methods of Interface.prototype, all the symbol-keyed
// methods in node's order (Object.getOwnPropertySymbols shows it).
{
  const proto = Interface.prototype;
  const order = [
    kSetRawMode, kQuestion, kOnLine, symbols.kBeforeEdit, kQuestionCancel,
    kWriteToOutput, symbols.kAddHistory, kRefreshLine, kNormalWrite,
    symbols.kInsertString, symbols.kTabComplete, symbols.kTabCompleter,
    symbols.kWordLeft, symbols.kWordRight, symbols.kDeleteLeft,
    symbols.kDeleteRight, symbols.kDeleteWordLeft, symbols.kDeleteWordRight,
    symbols.kDeleteLineLeft, symbols.kDeleteLineRight,
    symbols.kPushToKillRing, symbols.kYank, symbols.kYankPop, symbols.kLine,
    symbols.kPushToUndoStack, symbols.kUndo, symbols.kRedo,
    symbols.kHistoryNext, symbols.kHistoryPrev, kGetDisplayPos, kMoveCursor,
    kTtyWrite, SymbolAsyncIterator,
  ];
  for (let i = 0; i < order.length; i++) {
    const key = order[i];
    const value = ObjectPrototypeHasOwnProperty(editing, key) ?
      editing[key] : proto[key];
    delete proto[key];
    ObjectDefineProperty(proto, key, {
      __proto__: null,
      value,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
  // A method added to editing but not to the list above still counts.
  for (const key of ReflectOwnKeys(editing)) {
    if (!ObjectPrototypeHasOwnProperty(proto, key)) {
      ObjectDefineProperty(proto, key, {
        __proto__: null,
        value: editing[key],
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }
  }
}

module.exports = {
  Interface,
  InterfaceConstructor,
  ...symbols,
  kSawKeyPress,
};
