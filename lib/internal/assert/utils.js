'use strict';

// assert.ok() and assert(): the failure message quotes the call's source
// ("The expression evaluated to a falsy value:\n\n  assert.ok(x)\n"), read
// from the caller's file at the position V8's stack API gives. When the
// source cannot be had (eval, REPL, builtins, no fs), the message is the
// generic `${inspect(value)} == true`.

const {
  ArrayIsArray,
  ArrayPrototypePop,
  ArrayPrototypePush,
  Error,
  ErrorCaptureStackTrace,
  NumberPrototypeToString,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  SafeMap,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  decodeURIComponent,
} = primordials;

const AssertionError = require('internal/assert/assertion_error');
const {
  isErrorStackTraceLimitWritable,
  overrideStackTrace,
} = require('internal/errors');
const { isNativeError } = internalBinding('types');

// file + line + column -> message (undefined when the source was unusable).
const messageCache = new SafeMap();

// The CallSites of a stack captured from fn's caller: through the runtime's
// prepareStackTrace callback when it honours overrideStackTrace, else by
// swapping Error.prepareStackTrace for the duration.
function captureCallSites(fn, holder) {
  if (overrideStackTrace !== undefined) {
    overrideStackTrace.set(holder, (_, callSites) => callSites);
    ErrorCaptureStackTrace(holder, fn);
    const frames = holder.stack;
    if (ArrayIsArray(frames)) return frames;
    overrideStackTrace.delete(holder);
  }
  const savedPrepare = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    ErrorCaptureStackTrace(holder, fn);
    return holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
  }
}

// The CallSite of fn's caller, or undefined.
function callerSite(fn) {
  const limitWritable = isErrorStackTraceLimitWritable();
  const limit = Error.stackTraceLimit;
  let frames;
  try {
    if (limitWritable) Error.stackTraceLimit = 1;
    frames = captureCallSites(fn, {});
  } catch {
    // A frozen Error: no call site.
  } finally {
    if (limitWritable) Error.stackTraceLimit = limit;
  }
  const site = ArrayIsArray(frames) ? frames[0] : undefined;
  return typeof site?.getFileName === 'function' ? site : undefined;
}

// --- A small JavaScript tokenizer: just enough to find the extent of the
// call expression at a position (strings, templates, comments, regexps and
// brackets are handled; nothing is parsed).

const kReserved = new SafeSet([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue',
  'debugger', 'default', 'delete', 'do', 'else', 'export', 'extends',
  'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let',
  'new', 'return', 'switch', 'throw', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'yield', 'of',
]);
const kIdentifierChar = /[\w$\u0080-\uffff]/;
const kWhitespace = /\s/;
// A '/' after one of these starts a regular expression.
const kBeforeRegExp = '(,=:[!&|?{};+-*%<>~^';

function isIdentifierChar(ch) {
  return ch !== undefined && RegExpPrototypeExec(kIdentifierChar, ch) !== null;
}

// Returns the end of a quoted string or regexp body starting at `i`
// (the opening quote), honouring backslash escapes.
function skipQuoted(code, i, quote) {
  let inClass = false;
  for (i++; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') {
      i++;
    } else if (quote === '/' && ch === '[') {
      inClass = true;
    } else if (quote === '/' && ch === ']') {
      inClass = false;
    } else if (ch === quote && !inClass) {
      return i + 1;
    } else if (ch === '\n' && quote !== '`') {
      return i;
    }
  }
  return i;
}

// Scans template text from `i` (just after '`' or a closing '}'); returns
// [end, true] at '${' (end after it) or [end, false] after the closing '`'.
function skipTemplate(code, i) {
  for (; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '`') {
      return [i + 1, false];
    } else if (ch === '$' && code[i + 1] === '{') {
      return [i + 2, true];
    }
  }
  return [i, false];
}

// Tokens of `code` as { value, start, end, match }, where `match` links
// brackets. Stops once the bracket depth around `offset` is closed.
function tokenize(code, offset) {
  const tokens = [];
  const open = [];
  let depthAtOffset = -1;
  let i = 0;
  const push = (value, start, end, kind = 'punct') => {
    const token = { value, kind, start, end, match: -1 };
    ArrayPrototypePush(tokens, token);
    return token;
  };
  while (i < code.length) {
    const ch = code[i];
    if (depthAtOffset === -1 && i >= offset) depthAtOffset = open.length;
    if (RegExpPrototypeExec(kWhitespace, ch) !== null) {
      i++;
    } else if (ch === '/' && code[i + 1] === '/') {
      const eol = StringPrototypeIndexOf(code, '\n', i);
      i = eol === -1 ? code.length : eol;
    } else if (ch === '/' && code[i + 1] === '*') {
      const close = StringPrototypeIndexOf(code, '*/', i + 2);
      i = close === -1 ? code.length : close + 2;
    } else if (ch === '"' || ch === '\'') {
      const end = skipQuoted(code, i, ch);
      push('string', i, end, 'literal');
      i = end;
    } else if (ch === '/' && regExpAllowed(tokens)) {
      let end = skipQuoted(code, i, '/');
      while (isIdentifierChar(code[end])) end++;
      push('regexp', i, end, 'literal');
      i = end;
    } else if (ch === '`' ||
               (ch === '}' && open.length > 0 && open[open.length - 1].template)) {
      let start = i;
      if (ch === '}') {
        const opener = ArrayPrototypePop(open);
        const token = push('}', i, i + 1);
        token.match = opener.index;
        tokens[opener.index].match = tokens.length - 1;
        start = i + 1;
      }
      const { 0: end, 1: interpolation } = skipTemplate(code, start + (ch === '`' ? 1 : 0));
      push('template', i, end, 'literal');
      if (interpolation) {
        ArrayPrototypePush(open, { index: tokens.length, template: true });
        push('${', end - 2, end);
      }
      i = end;
    } else if (isIdentifierChar(ch) || ch === '#') {
      let end = i + 1;
      while (isIdentifierChar(code[end])) end++;
      push(StringPrototypeSlice(code, i, end), i, end, 'name');
      i = end;
    } else if (ch === '?' && code[i + 1] === '.' &&
               !(code[i + 2] >= '0' && code[i + 2] <= '9')) {
      push('?.', i, i + 2);
      i += 2;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      ArrayPrototypePush(open, { index: tokens.length, template: false });
      push(ch, i, i + 1);
      i++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const token = push(ch, i, i + 1);
      if (open.length > 0) {
        const opener = ArrayPrototypePop(open);
        token.match = opener.index;
        tokens[opener.index].match = tokens.length - 1;
      }
      i++;
      if (depthAtOffset !== -1 && open.length <= depthAtOffset) break;
    } else {
      push(ch, i, i + 1);
      i++;
    }
  }
  return tokens;
}

function regExpAllowed(tokens) {
  if (tokens.length === 0) return true;
  const previous = tokens[tokens.length - 1];
  if (previous.kind === 'name') return kReserved.has(previous.value);
  return previous.kind === 'punct' && previous.value.length === 1 &&
    StringPrototypeIncludes(kBeforeRegExp, previous.value);
}

function isName(token) {
  return token !== undefined && token.kind === 'name' &&
    !kReserved.has(token.value);
}

// Index of the first token of the member chain ending at token `last`
// (`a.b(c)[d].e`); names are joined by '.', a group may follow a name or
// another group (calls and element access).
function chainStart(tokens, last) {
  let index = last;
  for (;;) {
    let token = tokens[index];
    if (token.value === '?.') token = tokens[--index];
    if (token === undefined) return index + 1;
    let start;
    if (isName(token)) {
      start = index;
    } else if ((token.value === ')' || token.value === ']') && token.match >= 0) {
      start = token.match;
      const before = tokens[start - 1];
      if (before !== undefined && (isName(before) || before.value === ')' ||
                                   before.value === ']')) {
        index = start - 1;
        continue;
      }
    } else {
      return index + 1;
    }
    const link = tokens[start - 1];
    if (link === undefined || (link.value !== '.' && link.value !== '?.') ||
        start - 2 < 0) {
      return start;
    }
    index = start - 2;
  }
}

// [start, end] of the call expression whose callee (or argument list)
// V8 placed at `offset`, or undefined.
function findCall(code, offset) {
  const tokens = tokenize(code, offset);
  let k = 0;
  while (k < tokens.length && tokens[k].end <= offset) k++;
  if (k === tokens.length || tokens[k].start > offset) return undefined;

  let argsOpen;
  let calleeEnd;
  if (tokens[k].value === '(') {
    argsOpen = k;
    calleeEnd = k - 1;
  } else {
    // Forward over the rest of the callee to its argument list.
    let j = k + 1;
    calleeEnd = k;
    for (;;) {
      const value = tokens[j]?.value;
      if (value === '(') break;
      if ((value === '.' || value === '?.') && isName(tokens[j + 1])) {
        j += 2;
      } else if (value === '?.' && tokens[j + 1]?.value === '(') {
        j += 1;
        break;
      } else if (value === '[' && tokens[j].match > j) {
        j = tokens[j].match + 1;
      } else {
        return undefined;
      }
      calleeEnd = j - 1;
    }
    argsOpen = j;
  }
  const argsClose = tokens[argsOpen].match;
  if (argsClose < 0 || calleeEnd < 0) return undefined;
  return [tokens[chainStart(tokens, calleeEnd)].start, tokens[argsClose].end];
}

// Control characters other than \t and \n, shown escaped.
// eslint-disable-next-line no-control-regex
const kControlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
function escapeControl(ch) {
  const code = StringPrototypeCharCodeAt(ch, 0);
  if (code === 0x08) return '\\b';
  if (code === 0x0c) return '\\f';
  return `\\u${code < 16 ? '000' : '00'}${NumberPrototypeToString(code, 16)}`;
}

function readSource(filename) {
  if (StringPrototypeStartsWith(filename, 'file://')) {
    filename = decodeURIComponent(StringPrototypeSlice(filename, 7));
  }
  return require('fs').readFileSync(filename, 'utf8');
}

// The quoted source for a failing assert.ok(), or undefined.
function sourceMessage(fn) {
  const site = callerSite(fn);
  if (site === undefined) return undefined;
  const filename = site.getFileName();
  if (!filename) return undefined;
  const line = site.getLineNumber() - 1;
  const column = site.getColumnNumber() - 1;
  const key = `${filename}${line}${column}`;
  if (StringPrototypeStartsWith(filename, 'node:')) {
    messageCache.set(key, undefined);
    return undefined;
  }
  if (messageCache.has(key)) return messageCache.get(key);

  let message;
  try {
    let code = readSource(filename);
    for (let i = 0; i < line; i++) {
      const eol = StringPrototypeIndexOf(code, '\n');
      if (eol === -1) throw new Error('line out of range');
      code = StringPrototypeSlice(code, eol + 1);
    }
    const range = findCall(code, column);
    if (range !== undefined) {
      const start = range[0];
      let text = RegExpPrototypeSymbolReplace(
        kControlChars, StringPrototypeSlice(code, start, range[1]), escapeControl);
      // Continuation lines lose the indentation of the call's first line.
      if (StringPrototypeIncludes(text, '\n')) {
        const lines = StringPrototypeSplit(text, '\n');
        text = lines[0];
        for (let i = 1; i < lines.length; i++) {
          const frame = lines[i];
          let pos = 0;
          while (pos < start && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
          text += `\n  ${StringPrototypeSlice(frame, pos)}`;
        }
      }
      message = `The expression evaluated to a falsy value:\n\n  ${text}\n`;
    }
  } catch {
    message = undefined;
  }
  messageCache.set(key, message);
  return message;
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

// assert(value, message) and assert.ok(): `fn` is the function the user
// called, so that the stack and the call site start there.
function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = sourceMessage(fn);
    } else if (isError(message)) {
      throw message;
    }
    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    // Indented as in node: an uncaught report prints this line.
    throw err;
  }
}

module.exports = {
  innerOk,
  isError,
};
