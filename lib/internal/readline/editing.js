'use strict';

// The line editor of readline's terminal mode, as symbol-keyed methods that
// internal/readline/interface puts on Interface.prototype: what each key
// does (node's bindings: Emacs-style Ctrl/Meta keys, arrows, Home/End,
// Delete), word moves and deletes, the kill ring (Ctrl+U/K/Y, Meta+Y), undo
// and redo (Ctrl+- / Ctrl+6), history with prefix search (Up/Down, Ctrl+P/N)
// and Tab completion with the listing of candidates in columns.

const {
  ArrayPrototypeFilter,
  ArrayPrototypeIndexOf,
  ArrayPrototypeMap,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  DateNow,
  MathFloor,
  RegExpPrototypeExec,
  SafeStringIterator,
  StringPrototypeCodePointAt,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeTrim,
} = primordials;

const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  getStringWidth,
} = require('internal/readline/utils');
const {
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const {
  kAddHistory,
  kBeforeEdit,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kKillRing,
  kKillRingCursor,
  kLine,
  kMoveCursor,
  kOnLine,
  kPreviousKey,
  kPushToKillRing,
  kPushToUndoStack,
  kRedo,
  kRedoStack,
  kRefreshLine,
  kSawReturnAt,
  kSetRawMode,
  kSubstringSearch,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kUndo,
  kUndoStack,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
  kYank,
  kYankPop,
  kYanking,
} = require('internal/readline/symbols');

const kMaxUndoRedoStackSize = 2048;
const kMaxLengthOfKillRing = 32;
const kNoKey = { __proto__: null };

// Line endings inside typed or pasted text.
const kLineEnding = /\r?\n|\r(?!\n)/g;
// What a word move or delete skips, matched at the cursor (for the left
// side, on the text before the cursor reversed).
const kWordBackward = /^\s*(?:[^\w\s]+|\w+)?/;
const kWordForward = /^(?:\s+|[^\w\s]+|\w+)\s*/;
const kWordForwardDelete = /^(?:\s+|\W+|\w+)\s*/;

let inspect;

// `str` with its characters (code points) in reverse order.
function reverseChars(str) {
  let reversed = '';
  for (const ch of new SafeStringIterator(str)) reversed = ch + reversed;
  return reversed;
}

// UTF-16 length of the word (and the blanks after it) left of the cursor.
function wordLengthLeft(rl) {
  const before = reverseChars(StringPrototypeSlice(rl.line, 0, rl.cursor));
  return RegExpPrototypeExec(kWordBackward, before)[0].length;
}

function wordLengthRight(rl, pattern) {
  const after = StringPrototypeSlice(rl.line, rl.cursor);
  return RegExpPrototypeExec(pattern, after)[0].length;
}

// Ctrl+Z without a 'SIGTSTP' listener: suspend the process as a shell
// would, restoring the terminal on SIGCONT.
function suspend(rl) {
  if (process.platform === 'win32') return;
  if (rl.listenerCount('SIGTSTP') > 0) {
    rl.emit('SIGTSTP');
    return;
  }
  process.once('SIGCONT', () => {
    // Unless the interface was given up meanwhile, pause and resume it so
    // that SIGINT, SIGTSTP and EOF are seen again.
    if (!rl.paused) {
      rl.pause();
      rl.emit('SIGCONT');
    }
    rl[kSetRawMode](true);
    rl[kRefreshLine]();
  });
  rl[kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

// Keys with Ctrl (and not Shift).
const kCtrlKeys = {
  __proto__: null,
  c(rl) {
    if (rl.listenerCount('SIGINT') > 0) rl.emit('SIGINT');
    else rl.close();
  },
  h(rl) { rl[kDeleteLeft](); },
  d(rl) {
    // Ctrl+D on an empty line is end of input.
    if (rl.cursor === 0 && rl.line.length === 0) rl.close();
    else if (rl.cursor < rl.line.length) rl[kDeleteRight]();
  },
  u(rl) { rl[kDeleteLineLeft](); },
  k(rl) { rl[kDeleteLineRight](); },
  a(rl) { rl[kMoveCursor](-Infinity); },
  e(rl) { rl[kMoveCursor](+Infinity); },
  b(rl) { rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor)); },
  f(rl) { rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor)); },
  l(rl) {
    cursorTo(rl.output, 0, 0);
    clearScreenDown(rl.output);
    rl[kRefreshLine]();
  },
  n(rl) { rl[kHistoryNext](); },
  p(rl) { rl[kHistoryPrev](); },
  y(rl) { rl[kYank](); },
  z(rl) { suspend(rl); },
  w(rl) { rl[kDeleteWordLeft](); },
  backspace(rl) { rl[kDeleteWordLeft](); },
  delete(rl) { rl[kDeleteWordRight](); },
  left(rl) { rl[kWordLeft](); },
  right(rl) { rl[kWordRight](); },
};

const kMetaKeys = {
  __proto__: null,
  b(rl) { rl[kWordLeft](); },
  f(rl) { rl[kWordRight](); },
  d(rl) { rl[kDeleteWordRight](); },
  delete(rl) { rl[kDeleteWordRight](); },
  backspace(rl) { rl[kDeleteWordLeft](); },
  y(rl) { rl[kYankPop](); },
};

// Keys without a modifier; anything else is inserted as typed.
const kPlainKeys = {
  __proto__: null,
  return(rl) {
    rl[kSawReturnAt] = DateNow();
    rl[kLine]();
  },
  enter(rl) {
    // The '\n' of a '\r\n' pair has been handled with its '\r'.
    if (rl[kSawReturnAt] === 0 ||
        DateNow() - rl[kSawReturnAt] > rl.crlfDelay) {
      rl[kLine]();
    }
    rl[kSawReturnAt] = 0;
  },
  backspace(rl) { rl[kDeleteLeft](); },
  delete(rl) { rl[kDeleteRight](); },
  left(rl) { rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor)); },
  right(rl) { rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor)); },
  home(rl) { rl[kMoveCursor](-Infinity); },
  end(rl) { rl[kMoveCursor](+Infinity); },
  up(rl) { rl[kHistoryPrev](); },
  down(rl) { rl[kHistoryNext](); },
  tab(rl, s, previousKey) {
    if (typeof rl.completer === 'function' && rl.isCompletionEnabled) {
      rl[kTabComplete](previousKey?.name === 'tab');
      return true;
    }
    return false;
  },
};

// Typed text: inserted, with every line ending in it submitting the line.
function insertTyped(rl, s) {
  if (typeof s !== 'string' || !s) return;
  kLineEnding.lastIndex = 0;
  let start = 0;
  let match;
  while ((match = RegExpPrototypeExec(kLineEnding, s)) !== null) {
    rl[kInsertString](StringPrototypeSlice(s, start, match.index));
    start = kLineEnding.lastIndex;
    rl[kLine]();
    // A line handler may have typed more text meanwhile.
    kLineEnding.lastIndex = start;
  }
  rl[kInsertString](StringPrototypeSlice(s, start));
}

module.exports = {
  // One key (or typed text, `key` absent) in terminal mode.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kNoKey;
    this[kPreviousKey] = key;
    const { name } = key;

    // A yank may only be cycled (Meta+Y) right after it.
    if (!key.meta || name !== 'y') this[kYanking] = false;

    // Up and Down search the history for lines starting with what is left
    // of the cursor when the search started; any other key ends it.
    if ((name === 'up' || name === 'down') &&
        !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = StringPrototypeSlice(this.line, 0,
                                                      this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // Ctrl+- (0x1f) undoes, Ctrl+6 (0x1e) redoes.
    if (typeof key.sequence === 'string') {
      const code = StringPrototypeCodePointAt(key.sequence, 0);
      if (code === 0x1f) {
        this[kUndo]();
        return;
      }
      if (code === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    // A lone Escape does nothing.
    if (name === 'escape') return;

    // Key names come from user code too (rl.write(null, key)): only
    // strings name a binding.
    const bound = typeof name === 'string';
    if (key.ctrl && key.shift) {
      if (name === 'backspace') this[kDeleteLineLeft]();
      else if (name === 'delete') this[kDeleteLineRight]();
    } else if (key.ctrl) {
      if (bound) kCtrlKeys[name]?.(this);
    } else if (key.meta) {
      if (bound) kMetaKeys[name]?.(this);
    } else {
      // A pending '\r' only matters to a '\n' that comes right after it.
      if (this[kSawReturnAt] && name !== 'enter') this[kSawReturnAt] = 0;
      const action = bound ? kPlainKeys[name] : undefined;
      if (action === undefined || action(this, s, previousKey) === false) {
        insertTyped(this, s);
      }
    }
  },

  [kInsertString](text) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // Inside a pasted chunk (all but its last character): node appends
      // and echoes without redrawing, wherever the cursor is.
      this.line += text;
      this.cursor += text.length;
      this[kWriteToOutput](text);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) + text +
        StringPrototypeSlice(this.line, this.cursor);
      this.cursor += text.length;
      this[kRefreshLine]();
      return;
    }
    const before = this.getCursorPos();
    this.line += text;
    this.cursor += text.length;
    const after = this.getCursorPos();
    // Appending on the same row only needs the text itself.
    if (before.rows < after.rows) this[kRefreshLine]();
    else this[kWriteToOutput](text);
  },

  // Asks the completer (sync, or returning a promise) about the text left
  // of the cursor; input waits meanwhile.
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const text = StringPrototypeSlice(this.line, 0, this.cursor);
    let result;
    try {
      result = await this.completer(text);
    } catch (err) {
      inspect ??= require('internal/util/inspect').inspect;
      this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, result);
  },

  // Applies a completer's [completions, completeOn]: extends the line by
  // the prefix all candidates share, or on a second Tab lists them in
  // columns ('' entries start a new group).
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(
      ArrayPrototypeFilter(completions, (c) => c !== ''));
    if (StringPrototypeStartsWith(prefix, completeOn) &&
        prefix.length > completeOn.length) {
      this[kInsertString](StringPrototypeSlice(prefix, completeOn.length));
      return;
    }
    if (!StringPrototypeStartsWith(completeOn, prefix)) {
      this.line = StringPrototypeSlice(this.line, 0,
                                       this.cursor - completeOn.length) +
        prefix + StringPrototypeSlice(this.line, this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;
    this[kBeforeEdit](this.line, this.cursor);

    const widths = ArrayPrototypeMap(completions, (c) => getStringWidth(c));
    let widest = 0;
    for (let i = 0; i < widths.length; i++) {
      if (widths[i] > widest) widest = widths[i];
    }
    const cellWidth = widest + 2;
    let perRow = MathFloor(this.columns / cellWidth) || 1;
    if (perRow === Infinity) perRow = 1;
    let listing = '\r\n';
    let inRow = 0;
    let padding = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || inRow === perRow) {
        listing += '\r\n';
        inRow = 0;
        padding = 0;
      } else {
        listing += StringPrototypeRepeat(' ', padding);
      }
      if (completion === '') {
        listing += '\r\n';
      } else {
        listing += completion;
        padding = cellWidth - widths[i];
        inRow++;
      }
    }
    if (inRow !== 0) listing += '\r\n\r\n';
    this[kWriteToOutput](listing);
    this[kRefreshLine]();
  },

  [kWordLeft]() {
    if (this.cursor > 0) this[kMoveCursor](-wordLengthLeft(this));
  },

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      this[kMoveCursor](wordLengthRight(this, kWordForward));
    }
  },

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor - size) +
        StringPrototypeSlice(this.line, this.cursor);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  },

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) +
        StringPrototypeSlice(this.line, this.cursor + size);
      this[kRefreshLine]();
    }
  },

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const start = this.cursor - wordLengthLeft(this);
      this.line = StringPrototypeSlice(this.line, 0, start) +
        StringPrototypeSlice(this.line, this.cursor);
      this.cursor = start;
      this[kRefreshLine]();
    }
  },

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const length = wordLengthRight(this, kWordForwardDelete);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) +
        StringPrototypeSlice(this.line, this.cursor + length);
      this[kRefreshLine]();
    }
  },

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = StringPrototypeSlice(this.line, 0, this.cursor);
    this.line = StringPrototypeSlice(this.line, this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  },

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = StringPrototypeSlice(this.line, this.cursor);
    this.line = StringPrototypeSlice(this.line, 0, this.cursor);
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  },

  [kPushToKillRing](killed) {
    const ring = this[kKillRing];
    if (!killed || killed === ring[0]) return;
    ArrayPrototypeUnshift(ring, killed);
    this[kKillRingCursor] = 0;
    while (ring.length > kMaxLengthOfKillRing) ArrayPrototypePop(ring);
  },

  [kYank]() {
    const ring = this[kKillRing];
    if (ring.length > 0) {
      this[kYanking] = true;
      this[kInsertString](ring[this[kKillRingCursor]]);
    }
  },

  // Replaces the text just yanked with the next older kill.
  [kYankPop]() {
    const ring = this[kKillRing];
    if (!this[kYanking] || ring.length <= 1) return;
    const previous = ring[this[kKillRingCursor]];
    let next = this[kKillRingCursor] + 1;
    if (next >= ring.length) next = 0;
    this[kKillRingCursor] = next;
    const replacement = ring[next];
    const head = StringPrototypeSlice(this.line, 0,
                                      this.cursor - previous.length);
    this.line = head + replacement + StringPrototypeSlice(this.line,
                                                          this.cursor);
    this.cursor = head.length + replacement.length;
    this[kRefreshLine]();
  },

  // Submits the current line.
  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  },

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  },

  [kPushToUndoStack](text, cursor) {
    if (ArrayPrototypePush(this[kUndoStack], { text, cursor }) >
        kMaxUndoRedoStackSize) {
      ArrayPrototypeShift(this[kUndoStack]);
    }
  },

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    ArrayPrototypePush(this[kRedoStack],
                       { text: this.line, cursor: this.cursor });
    const entry = ArrayPrototypePop(this[kUndoStack]);
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  },

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    ArrayPrototypePush(this[kUndoStack],
                       { text: this.line, cursor: this.cursor });
    const entry = ArrayPrototypePop(this[kRedoStack]);
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  },

  // Adds the line to the history (newest first) and returns it, as the
  // 'history' listeners left it.
  [kAddHistory]() {
    const line = this.line;
    if (line.length === 0) return '';
    if (this.historySize === 0) return line;
    if (StringPrototypeTrim(line).length === 0) return line;
    const history = this.history;
    if (history.length === 0 || history[0] !== line) {
      if (this.removeHistoryDuplicates) {
        const older = ArrayPrototypeIndexOf(history, line);
        if (older !== -1) ArrayPrototypeSplice(history, older, 1);
      }
      ArrayPrototypeUnshift(history, line);
      if (history.length > this.historySize) ArrayPrototypePop(history);
    }
    this.historyIndex = -1;
    // A listener may drop the entry (a password, say).
    const added = this.history[0];
    this.emit('history', this.history);
    return added;
  },

  // Down: the next newer entry matching the search, then the search text.
  [kHistoryNext]() {
    if (this.historyIndex < 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 &&
           (!StringPrototypeStartsWith(this.history[index], search) ||
            this.line === this.history[index])) {
      index--;
    }
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  },

  // Up: the next older entry matching the search.
  [kHistoryPrev]() {
    const history = this.history;
    if (this.historyIndex >= history.length || history.length === 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < history.length &&
           (!StringPrototypeStartsWith(history[index], search) ||
            this.line === history[index])) {
      index++;
    }
    this.line = index === history.length ? search : history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  },

  // Moves the cursor dx UTF-16 units within the line, redrawing only when
  // it changes rows.
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const after = this.getCursorPos();
    if (before.rows === after.rows) {
      moveCursor(this.output, after.cols - before.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  },
};
