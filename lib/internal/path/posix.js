'use strict';
// path.posix: POSIX path manipulation ('/' separator, ':' delimiter).

const {
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
} = primordials;

const { validateString } = require('internal/validators');
const {
  kSlash,
  isPosixSep,
  foldSegments,
  baseBounds,
  extensionDot,
  formatWith,
} = require('internal/path/common');

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && StringPrototypeCharCodeAt(path, 0) === kSlash;
}

function resolve(...paths) {
  let joined = '';
  let absolute = false;
  // Walk right to left until an absolute path anchors the result; arguments
  // left of it are not even looked at (so not validated either).
  for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? paths[i] : process.cwd();
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    joined = joined.length === 0 ? path : `${path}/${joined}`;
    absolute = StringPrototypeCharCodeAt(path, 0) === kSlash;
  }
  const folded = foldSegments(joined, !absolute, '/', isPosixSep);
  if (absolute) return `/${folded}`;
  return folded.length > 0 ? folded : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = StringPrototypeCharCodeAt(path, 0) === kSlash;
  const trailing =
    StringPrototypeCharCodeAt(path, path.length - 1) === kSlash;
  let out = foldSegments(path, !absolute, '/', isPosixSep);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? `/${out}` : out;
}

function join(...paths) {
  let joined;
  for (let i = 0; i < paths.length; i++) {
    const part = paths[i];
    validateString(part, 'path');
    if (part.length > 0) {
      joined = joined === undefined ? part : `${joined}/${part}`;
    }
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

// Splits a resolved absolute path into its names ('/' gives none).
function names(resolved) {
  const out = [];
  let start = 1;
  for (let i = 1; i <= resolved.length; i++) {
    if (i === resolved.length || StringPrototypeCharCodeAt(resolved, i) === kSlash) {
      if (i > start) out[out.length] = StringPrototypeSlice(resolved, start, i);
      start = i + 1;
    }
  }
  return out;
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromNames = names(from);
  const toNames = names(to);
  let common = 0;
  while (common < fromNames.length && common < toNames.length &&
         fromNames[common] === toNames[common]) {
    common++;
  }
  let out = '';
  for (let i = common; i < fromNames.length; i++) {
    out += out.length === 0 ? '..' : '/..';
  }
  for (let i = common; i < toNames.length; i++) {
    out += out.length === 0 ? toNames[i] : `/${toNames[i]}`;
  }
  return out;
}

function toNamespacedPath(path) {
  // Namespaced paths exist on Windows only.
  return path;
}

// End (exclusive) of the directory part: the separator run before the last
// name, keeping all but the last of that run (node's 'a//b' -> 'a/').
function dirEnd(path, offset) {
  let i = path.length - 1;
  while (i >= offset && StringPrototypeCharCodeAt(path, i) === kSlash) i--;
  while (i >= offset && StringPrototypeCharCodeAt(path, i) !== kSlash) i--;
  return i >= offset ? i : -1;
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const rooted = StringPrototypeCharCodeAt(path, 0) === kSlash;
  const end = dirEnd(path, 1);
  if (end === -1) return rooted ? '/' : '.';
  if (rooted && end === 1) return '//';
  return StringPrototypeSlice(path, 0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const { 0: start, 1: end } = baseBounds(path, 0, suffix, isPosixSep);
  return StringPrototypeSlice(path, start, end);
}

function extname(path) {
  validateString(path, 'path');
  const { 0: start, 1: end } = baseBounds(path, 0, undefined, isPosixSep);
  const dot = extensionDot(path, start, end);
  return dot === -1 ? '' : StringPrototypeSlice(path, dot, end);
}

function format(pathObject) {
  return formatWith('/', pathObject);
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const rooted = StringPrototypeCharCodeAt(path, 0) === kSlash;
  const offset = rooted ? 1 : 0;
  if (rooted) ret.root = '/';
  const { 0: start, 1: end } = baseBounds(path, offset, undefined, isPosixSep);
  if (end > start) {
    ret.base = StringPrototypeSlice(path, start, end);
    let dot = extensionDot(path, start, end);
    // node does not see '/..' as the name '..': it splits it as '.' + '.'.
    if (dot === -1 && start === 1 && end === 3 && ret.base === '..') dot = 2;
    if (dot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = StringPrototypeSlice(path, start, dot);
      ret.ext = StringPrototypeSlice(path, dot, end);
    }
  }
  if (start > offset) {
    ret.dir = StringPrototypeSlice(path, 0, start - 1);
  } else if (rooted) {
    ret.dir = '/';
  }
  return ret;
}

let glob;
// Experimental in node 20 (it warns once); see internal/path/glob.
function matchesGlob(path, pattern) {
  glob ??= require('internal/path/glob');
  return glob.matchesGlob(path, pattern, false);
}

module.exports = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  matchesGlob,
  sep: '/',
  delimiter: ':',
};
