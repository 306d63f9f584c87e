'use strict';
// path.matchesGlob(path, pattern): glob matching in the style of
// minimatch, which node 20 uses (experimental; warns once). Covered: '*',
// '?', '[...]' classes (with '!'/'^' negation and ranges), '**' across
// segments, '{a,b}' and '{1..3}' braces, dotfiles matched only by patterns
// that name the dot. Not covered: extglobs (+(a|b), !(x) ...), POSIX
// character classes ([[:alpha:]]).

const {
  ArrayPrototypePush,
  NumberParseInt,
  RegExp,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeCharAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = primordials;

const { validateString } = require('internal/validators');

let warned = false;

// Expands the first top-level {a,b} or {x..y} group, recursively.
function expandBraces(pattern) {
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const body = StringPrototypeSlice(pattern, start + 1, i);
      const before = StringPrototypeSlice(pattern, 0, start);
      const after = StringPrototypeSlice(pattern, i + 1);
      const alternatives = splitAlternatives(body);
      if (alternatives === undefined) {
        // Not a group: keep the braces as text.
        const rest = expandBraces(after);
        const out = [];
        for (let k = 0; k < rest.length; k++) {
          ArrayPrototypePush(out, `${before}{${body}}${rest[k]}`);
        }
        return out;
      }
      const out = [];
      for (let a = 0; a < alternatives.length; a++) {
        const expanded = expandBraces(before + alternatives[a] + after);
        for (let k = 0; k < expanded.length; k++) ArrayPrototypePush(out, expanded[k]);
      }
      return out;
    }
  }
  return [pattern];
}

function splitAlternatives(body) {
  const range = RegExpPrototypeExec(/^(-?\d+)\.\.(-?\d+)$/, body);
  if (range !== null) {
    const from = NumberParseInt(range[1], 10);
    const to = NumberParseInt(range[2], 10);
    const out = [];
    const step = from <= to ? 1 : -1;
    for (let n = from; step > 0 ? n <= to : n >= to; n += step) {
      ArrayPrototypePush(out, `${n}`);
    }
    return out;
  }
  const out = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      ArrayPrototypePush(out, StringPrototypeSlice(body, last, i));
      last = i + 1;
    }
  }
  if (out.length === 0) return undefined;
  ArrayPrototypePush(out, StringPrototypeSlice(body, last));
  return out;
}

function escapeRegExp(c) {
  return RegExpPrototypeSymbolReplace(/[\\^$.*+?()[\]{}|/-]/g, c, '\\$&');
}

// One pattern segment as an anchored RegExp.
function segmentRegExp(segment) {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      source += escapeRegExp(segment[++i]);
    } else if (c === '*') {
      source += '[^/]*';
      while (segment[i + 1] === '*') i++;
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '[') {
      const end = StringPrototypeIndexOf(segment, ']', i + 2);
      if (end === -1) {
        source += '\\[';
        continue;
      }
      let body = StringPrototypeSlice(segment, i + 1, end);
      let negate = false;
      if (body[0] === '!' || body[0] === '^') {
        negate = true;
        body = StringPrototypeSlice(body, 1);
      }
      source += `[${negate ? '^/' : ''}${RegExpPrototypeSymbolReplace(/[\\\]^]/g, body, '\\$&')}]`;
      i = end;
    } else {
      source += escapeRegExp(c);
    }
  }
  // A wildcard does not match a leading dot unless the pattern names it.
  // Nor does it match an empty name.
  const magic = RegExpPrototypeExec(/[*?[]/, segment) !== null;
  const guard = !magic ? '' :
    (StringPrototypeCharAt(segment, 0) === '.' ? '' : '(?!\\.)') + '(?=.)';
  return new RegExp(`^${guard}${source}$`);
}

function matchSegments(names, n, patterns, p) {
  for (; p < patterns.length; p++) {
    const pattern = patterns[p];
    if (pattern === '**') {
      if (p === patterns.length - 1) {
        // A final '**' needs at least one name ('a/**' does not match 'a').
        if (n >= names.length) return false;
        for (let k = n; k < names.length; k++) {
          if (names[k][0] === '.') return false;
        }
        return true;
      }
      for (let k = n; k <= names.length; k++) {
        if (matchSegments(names, k, patterns, p + 1)) return true;
        if (k < names.length && names[k][0] === '.') return false;
      }
      return false;
    }
    if (n >= names.length) return false;
    if (RegExpPrototypeExec(segmentRegExp(pattern), names[n]) === null) return false;
    n++;
  }
  return n === names.length;
}

function matchesGlob(path, pattern, windows) {
  if (!warned) {
    warned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  // node passes windowsPathsNoEscape: a backslash in a pattern is a separator.
  pattern = RegExpPrototypeSymbolReplace(/\\/g, pattern, '/');
  const names = StringPrototypeSplit(path, windows ? /[\\/]/ : '/');
  const alternatives = expandBraces(pattern);
  for (let i = 0; i < alternatives.length; i++) {
    if (matchSegments(names, 0, StringPrototypeSplit(alternatives[i], '/'), 0)) return true;
  }
  return false;
}

module.exports = { matchesGlob };
