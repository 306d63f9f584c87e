'use strict';

// Small helpers shared by the readline files: the CSI (ANSI control
// sequence) builder and its fixed sequences, UTF-16 character lengths around
// a cursor, the common prefix of completions, and terminal string widths
// (from internal/util/inspect, which measures them as node does).

const {
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeSlice,
} = primordials;

const {
  getStringWidth,
  stripVTControlCharacters,
} = require('internal/util/inspect');

const kEscape = '\x1b';
// Code points at or above this take two UTF-16 units.
const kUTF16SurrogateThreshold = 0x10000;

// A tagged template: CSI`${n}G` is ESC [ n G.
function CSI(strings, ...args) {
  let sequence = '\x1b[';
  const last = strings.length - 1;
  for (let i = 0; i < last; i++) {
    sequence += strings[i];
    sequence += args[i];
  }
  return sequence + strings[last];
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = '\x1b[1K';
CSI.kClearToLineEnd = '\x1b[0K';
CSI.kClearLine = '\x1b[2K';
CSI.kClearScreenDown = '\x1b[0J';

// UTF-16 units of the character that starts at `i` (2 for an astral one).
function charLengthAt(str, i) {
  if (i >= str.length) return 1;
  return StringPrototypeCodePointAt(str, i) >= kUTF16SurrogateThreshold ?
    2 : 1;
}

// UTF-16 units of the character that ends just before `i`.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 &&
      StringPrototypeCodePointAt(str, i - 2) >= kUTF16SurrogateThreshold) {
    return 2;
  }
  return StringPrototypeCodePointAt(str, i - 1) >= kUTF16SurrogateThreshold ?
    2 : 1;
}

// The longest string every entry of `strings` starts with.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  let prefix = strings[0];
  for (let i = 1; i < strings.length && prefix.length > 0; i++) {
    const s = strings[i];
    let n = 0;
    const max = prefix.length < s.length ? prefix.length : s.length;
    while (n < max &&
           StringPrototypeCharCodeAt(prefix, n) ===
             StringPrototypeCharCodeAt(s, n)) {
      n++;
    }
    if (n < prefix.length) prefix = StringPrototypeSlice(prefix, 0, n);
  }
  return prefix;
}

module.exports = {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  CSI,
  getStringWidth,
  kEscape,
  kUTF16SurrogateThreshold,
  stripVTControlCharacters,
};
