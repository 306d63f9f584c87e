'use strict';

// How util.inspect() writes an Error: its stack (or `[message]` without
// one), the class name fixed up in the first line, frames shared with its
// `cause` folded, and, with colours, core frames greyed and node_modules and
// the working directory marked.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  ErrorPrototypeToString,
  MathMin,
  RegExpPrototypeExec,
  SafeSet,
  String,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  encodeURI,
} = primordials;

const { isError } = require('internal/util');
const { getPrefix } = require('internal/util/inspect_layout');

// `    at fn (node:internal/x:1:2)` or `    at node:fs:1:2`.
const coreFrameRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function getStackString(error) {
  return error.stack ? String(error.stack) : ErrorPrototypeToString(error);
}

// The longest run (more than 3) of frames of `a` that `b` also has, as
// { len, offset } in `a`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    const maxLen = MathMin(a.length - i, rest);
    let len = 1;
    while (maxLen > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

// The frame lines, with those repeated from the cause's stack folded.
function getStackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, '\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const start = StringPrototypeIndexOf(causeStack, '\n    at');
    if (start !== -1) {
      const causeFrames =
        StringPrototypeSplit(StringPrototypeSlice(causeStack, start + 1), '\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const note = `    ... ${skipped} lines matching cause stack trace ...`;
        ArrayPrototypeSplice(frames, offset + 1, skipped,
                             ctx.stylize(note, 'undefined'));
      }
    }
  }
  return frames;
}

// Makes the first line name the class as inspect sees it: `Foo [TypeError]:`
// for a TypeError subclass whose name was kept, `[Error: null prototype]`...
// Only stacks that start with the error's name are touched.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor !== null &&
      !(StringPrototypeEndsWith(name, 'Error') &&
        StringPrototypeStartsWith(stack, name) &&
        (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    return stack;
  }
  let fallback = 'Error';
  if (constructor === null) {
    const start =
      RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/, stack) ||
      RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
    fallback = (start && start[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
  if (name === prefix) return stack;
  if (StringPrototypeIncludes(prefix, name)) {
    return len === 0 ?
      `${prefix}: ${stack}` :
      `${prefix}${StringPrototypeSlice(stack, len)}`;
  }
  return `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
}

// name, message and stack are not listed again when the stack shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = ArrayPrototypeIndexOf(keys, name);
    if (index !== -1 && StringPrototypeIncludes(stack, err[name])) {
      ArrayPrototypeSplice(keys, index, 1);
    }
  }
}

// Underlines package names after /node_modules/ in a frame.
function markNodeModules(ctx, line) {
  let result = '';
  let lastPos = 0;
  let searchFrom = 0;
  for (;;) {
    const pos = StringPrototypeIndexOf(line, 'node_modules', searchFrom);
    if (pos === -1) break;
    const before = line[pos - 1];
    const after = line[pos + 12];
    if ((after !== '/' && after !== '\\') || (before !== '/' && before !== '\\')) {
      searchFrom = pos + 1;
      continue;
    }
    const moduleStart = pos + 13;
    result += StringPrototypeSlice(line, lastPos, moduleStart);
    let moduleEnd = StringPrototypeIndexOf(line, before, moduleStart);
    if (line[moduleStart] === '@') {
      moduleEnd = StringPrototypeIndexOf(line, before, moduleEnd + 1);
    }
    result += ctx.stylize(StringPrototypeSlice(line, moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  return lastPos === 0 ? line : result + StringPrototypeSlice(line, lastPos);
}

// Greys out the working directory (and its surrounding parenthesis).
function markCwd(ctx, line, cwd) {
  let cwdStart = StringPrototypeIndexOf(line, cwd);
  if (cwdStart === -1) return line;
  let cwdLength = cwd.length;
  if (StringPrototypeSlice(line, cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && StringPrototypeEndsWith(line, ')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let result = StringPrototypeSlice(line, 0, start);
  result += ctx.stylize(StringPrototypeSlice(line, start, cwdEnd), 'undefined');
  result += StringPrototypeSlice(line, cwdEnd, end);
  if (end === -1) result += ctx.stylize(')', 'undefined');
  return result;
}

function safeCwd() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

let fileUrlOf;
function cwdFileUrl(cwd) {
  if (fileUrlOf === undefined) {
    try {
      const { pathToFileURL } = require('internal/url');
      fileUrlOf = (path) => pathToFileURL(path).href;
    } catch {
      fileUrlOf = (path) => `file://${encodeURI(path)}`;
    }
  }
  return fileUrlOf(cwd);
}

// Ids of the builtin modules, when the runtime lists them
// (internalBinding('builtins').builtinIds); else every node: frame is core.
let builtinIds;
function isBuiltinId(id) {
  if (builtinIds === undefined) {
    try {
      builtinIds = new SafeSet(internalBinding('builtins').builtinIds);
    } catch {
      builtinIds = null;
    }
  }
  return builtinIds === null || builtinIds.has(id);
}

function colorFrames(ctx, lines) {
  const cwd = safeCwd();
  let cwdUrl;
  let result = '';
  for (let line of lines) {
    const core = RegExpPrototypeExec(coreFrameRegExp, line);
    if (core !== null && isBuiltinId(core[1])) {
      result += `\n${ctx.stylize(line, 'undefined')}`;
      continue;
    }
    line = markNodeModules(ctx, line);
    if (cwd !== undefined) {
      let marked = markCwd(ctx, line, cwd);
      if (marked === line) {
        cwdUrl ??= cwdFileUrl(cwd);
        marked = markCwd(ctx, line, cwdUrl);
      }
      line = marked;
    }
    result += `\n${line}`;
  }
  return result;
}

// The error's text for inspect; also adds `cause` and `errors` to `keys`.
function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);

  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) {
    ArrayPrototypePush(keys, 'cause');
  }
  if (ArrayIsArray(err.errors) &&
      (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
    ArrayPrototypePush(keys, 'errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Frames start after the message (which may itself contain "\n    at").
  let pos = (err.message && StringPrototypeIndexOf(stack, err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const lines = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
    const head = StringPrototypeSlice(stack, 0, stackStart);
    stack = ctx.colors ?
      head + colorFrames(ctx, lines) :
      `${head}\n${ArrayPrototypeJoin(lines, '\n')}`;
  }
  if (ctx.indentationLvl !== 0) {
    const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
    stack = StringPrototypeReplaceAll(stack, '\n', `\n${indentation}`);
  }
  return stack;
}

module.exports = {
  formatError,
  identicalSequenceRange,
};
