'use strict';

// readline.emitKeypressEvents(stream[, iface]): decodes the text a stream
// emits into 'keypress' events (str, key) as node does: printable
// characters, control keys, and the escape sequences of xterm, rxvt, gnome,
// putty and the Linux console (arrows, function keys, home/end, bracketed
// paste), with their Ctrl/Meta/Shift modifiers.

const {
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeExec,
  SafeStringIterator,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  Symbol,
} = primordials;

const { charLengthAt, kEscape } = require('internal/readline/utils');

const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');
// Shared with internal/readline/interface: set on the interface each time a
// chunk of input has been decoded.
const kSawKeyPress = Symbol('_sawKeyPress');
// How long a lone ESC at the end of the input waits for the rest of a
// sequence before it counts as the Escape key (ms).
const ESCAPE_CODE_TIMEOUT = 500;

// Escape sequence codes (what follows ESC, normalised: digits and modifier
// removed) -> key name, with the modifier a terminal encodes in the code
// itself ('s' shift, 'c' ctrl).
const kKeyCodes = {
  __proto__: null,
  // xterm/gnome: ESC [ letter and ESC O letter (F1-F4 without modifier).
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  // xterm/rxvt: ESC [ number ~
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8',
  '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  // Bracketed paste.
  '[200~': 'paste-start', '[201~': 'paste-end',
  // Cygwin and libuv.
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  // Cursor keys, ESC [ letter and ESC O letter.
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left',
  '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left',
  'OE': 'clear', 'OF': 'end', 'OH': 'home',
  // Editing keys, ESC [ number ~ (rxvt and putty variants too).
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end',
  '[5~': 'pageup', '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end',
  // rxvt with Shift.
  '[a': 'up s', '[b': 'down s', '[c': 'right s', '[d': 'left s',
  '[e': 'clear s', '[2$': 'insert s', '[3$': 'delete s',
  '[5$': 'pageup s', '[6$': 'pagedown s', '[7$': 'home s', '[8$': 'end s',
  // rxvt with Ctrl.
  'Oa': 'up c', 'Ob': 'down c', 'Oc': 'right c', 'Od': 'left c',
  'Oe': 'clear c', '[2^': 'insert c', '[3^': 'delete c',
  '[5^': 'pageup c', '[6^': 'pagedown c', '[7^': 'home c', '[8^': 'end c',
  // Shift+Tab.
  '[Z': 'tab s',
};

// Single characters with a name of their own; Meta is set when ESC came
// before them.
const kNamedChars = {
  __proto__: null,
  '\r': 'return',
  '\n': 'enter',
  '\t': 'tab',
  '\b': 'backspace',
  '\x7f': 'backspace',
  '\x1b': 'escape',
  ' ': 'space',
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// ESC [ ... : reads up to three digits, then an optional ';' with one
// modifier digit, and splits what was read into the key code and the
// modifier (xterm's "1 + bitmask": 2 shift, 3 alt, 5 ctrl...).
function* readCSI(state) {
  let ch = yield;
  state.seq += ch;
  if (ch === '[') {
    // Cygwin/putty put a second bracket: ESC [ [ A.
    state.code += ch;
    ch = yield;
    state.seq += ch;
  }
  const start = state.seq.length - 1;
  for (let digits = 0; digits < 3 && isDigit(ch); digits++) {
    ch = yield;
    state.seq += ch;
  }
  if (ch === ';') {
    ch = yield;
    state.seq += ch;
    if (isDigit(ch)) state.seq += yield;
  }
  const cmd = StringPrototypeSlice(state.seq, start);
  let match = RegExpPrototypeExec(/^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/,
                                  cmd);
  if (match !== null) {
    if (match[4] !== undefined) {
      state.code += match[4];
    } else {
      state.code += match[1] + match[3];
      state.modifier = (match[2] || 1) - 1;
    }
    return;
  }
  match = RegExpPrototypeExec(/^((\d;)?(\d))?([A-Za-z])$/, cmd);
  if (match !== null) {
    state.code += match[4];
    state.modifier = (match[3] || 1) - 1;
  } else {
    state.code += cmd;
  }
}

// ESC O letter, or ESC O modifier letter.
function* readSS3(state) {
  let ch = yield;
  state.seq += ch;
  if (isDigit(ch)) {
    state.modifier = (ch >> 0) - 1;
    ch = yield;
    state.seq += ch;
  }
  state.code += ch;
}

// A generator fed one character (code point) per next(ch), or '' when an
// escape timed out; emits 'keypress' on `stream` for every key completed.
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    const state = { seq: ch, code: '', modifier: 0 };
    let escaped = false;
    const key = {
      sequence: null,
      name: undefined,
      ctrl: false,
      meta: false,
      shift: false,
    };

    if (ch === kEscape) {
      escaped = true;
      ch = yield;
      state.seq += ch;
      if (ch === kEscape) {
        ch = yield;
        state.seq += ch;
      }
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      state.code = ch;
      if (ch === 'O') yield* readSS3(state);
      else yield* readCSI(state);
      const { code, modifier } = state;
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      const entry = kKeyCodes[code];
      if (entry === undefined) {
        key.name = 'undefined';
      } else if (entry[entry.length - 2] === ' ') {
        key.name = StringPrototypeSlice(entry, 0, -2);
        if (entry[entry.length - 1] === 's') key.shift = true;
        else key.ctrl = true;
      } else {
        key.name = entry;
      }
    } else if (ObjectPrototypeHasOwnProperty(kNamedChars, ch)) {
      key.name = kNamedChars[ch];
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Ctrl+letter: 0x01 is Ctrl+A.
      key.name = StringFromCharCode(StringPrototypeCharCodeAt(ch) + 96);
      key.ctrl = true;
    } else if (RegExpPrototypeExec(/^[0-9A-Za-z]$/, ch) !== null) {
      key.name = StringPrototypeToLowerCase(ch);
      key.shift = ch >= 'A' && ch <= 'Z';
      key.meta = escaped;
    } else if (escaped) {
      // ESC followed by something unnamed, or a lone ESC that timed out.
      key.name = ch.length !== 0 ? undefined : 'escape';
      key.meta = true;
    }

    const seq = state.seq;
    key.sequence = seq;
    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : seq, key);
    } else if (charLengthAt(seq, 0) === seq.length) {
      // A single character without a name, such as '.'.
      stream.emit('keypress', seq, key);
    }
    // Anything else is a broken sequence: nothing is emitted.
  }
}

function startDecoder(stream) {
  const decoder = emitKeys(stream);
  decoder.next();
  stream[ESCAPE_DECODER] = decoder;
}

let StringDecoder;
let timers;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;
  StringDecoder ??= require('string_decoder').StringDecoder;
  timers ??= require('timers');

  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
  startDecoder(stream);
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  const flushEscape = () => stream[ESCAPE_DECODER].next('');
  let timeout;

  function onData(data) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[KEYPRESS_DECODER].write(data);
    if (!text) return;
    timers.clearTimeout(timeout);
    // A chunk that is one character was typed; more is likely a paste,
    // during which the interface does not complete on Tab.
    iface[kSawKeyPress] = charLengthAt(text, 0) === text.length;
    iface.isCompletionEnabled = false;
    let consumed = 0;
    for (const ch of new SafeStringIterator(text)) {
      consumed += ch.length;
      const last = consumed === text.length;
      if (last) iface.isCompletionEnabled = true;
      try {
        stream[ESCAPE_DECODER].next(ch);
        // A trailing ESC may start a sequence or be the Escape key.
        if (last && ch === kEscape) {
          timeout = timers.setTimeout(flushEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // A 'keypress' listener threw inside the generator, which is now
        // finished: start a fresh one before passing the error on.
        startDecoder(stream);
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = {
  ESCAPE_CODE_TIMEOUT,
  emitKeypressEvents,
  emitKeys,
  kSawKeyPress,
};
