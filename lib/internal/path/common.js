'use strict';
// Pieces shared by the posix and win32 flavours of `path`: dot-segment
// folding, the basename/extname scans and path.format.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
} = primordials;

const { validateObject } = require('internal/validators');

const kSlash = 47; // '/'
const kBackslash = 92; // '\\'
const kDot = 46; // '.'
const kColon = 58; // ':'

function isPosixSep(code) {
  return code === kSlash;
}

function isWin32Sep(code) {
  return code === kSlash || code === kBackslash;
}

// 'A'-'Z' and 'a'-'z': the letters a drive root ('C:') may start with.
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Folds '.' and '..' segments of `path` (a path without its root) and joins
// what remains with `sep`. Empty segments vanish. '..' above the start is
// kept only when `keepAboveRoot` (relative paths); it is dropped otherwise.
function foldSegments(path, keepAboveRoot, sep, isSep) {
  const kept = [];
  let up = 0; // how many leading '..' entries `kept` holds
  let start = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(StringPrototypeCharCodeAt(path, i))) continue;
    const segLen = i - start;
    if (segLen === 0 ||
        (segLen === 1 && StringPrototypeCharCodeAt(path, start) === kDot)) {
      // nothing to keep
    } else if (segLen === 2 &&
               StringPrototypeCharCodeAt(path, start) === kDot &&
               StringPrototypeCharCodeAt(path, start + 1) === kDot) {
      if (kept.length > up) {
        ArrayPrototypePop(kept);
      } else if (keepAboveRoot) {
        ArrayPrototypePush(kept, '..');
        up++;
      }
    } else {
      ArrayPrototypePush(kept, StringPrototypeSlice(path, start, i));
    }
    start = i + 1;
  }
  return ArrayPrototypeJoin(kept, sep);
}

// The last path component of path[offset..] (trailing separators ignored)
// as [start, end] inside `path`, with `suffix` cut off when the component
// ends with it and is longer. Two quirks of node are kept: a suffix equal to
// the whole path gives '', and a component that is only the tail of a longer
// suffix keeps the separators that follow it.
function baseBounds(path, offset, suffix, isSep) {
  const len = path.length;
  let end = len;
  while (end > offset && isSep(StringPrototypeCharCodeAt(path, end - 1))) {
    end--;
  }
  let start = end;
  while (start > offset && !isSep(StringPrototypeCharCodeAt(path, start - 1))) {
    start--;
  }
  if (suffix === undefined || suffix.length === 0 || suffix.length > len) {
    return [start, end];
  }
  if (suffix === path) return [0, 0];
  const nameLen = end - start;
  if (nameLen < suffix.length) {
    if (StringPrototypeSlice(suffix, suffix.length - nameLen) ===
        StringPrototypeSlice(path, start, end)) {
      return [start, len];
    }
    return [start, end];
  }
  const cut = end - suffix.length;
  if (cut > start && StringPrototypeSlice(path, cut, end) === suffix) {
    return [start, cut];
  }
  return [start, end];
}

// Index of the dot that starts the extension of the name path[start..end),
// or -1: the last dot, unless it is the name's first character or the name
// is '..'.
function extensionDot(path, start, end) {
  let dot = -1;
  for (let i = end - 1; i >= start; i--) {
    if (StringPrototypeCharCodeAt(path, i) === kDot) {
      dot = i;
      break;
    }
  }
  if (dot <= start) return -1;
  if (end - start === 2 && dot === start + 1 &&
      StringPrototypeCharCodeAt(path, start) === kDot) {
    return -1;
  }
  return dot;
}

function formatExt(ext) {
  if (!ext) return '';
  return StringPrototypeCharCodeAt(ext, 0) === kDot ? ext : `.${ext}`;
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base ||
    `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

module.exports = {
  kSlash,
  kBackslash,
  kDot,
  kColon,
  isPosixSep,
  isWin32Sep,
  isDriveLetter,
  foldSegments,
  baseBounds,
  extensionDot,
  formatWith,
};
