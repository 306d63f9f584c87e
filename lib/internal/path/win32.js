'use strict';
// path.win32: Windows path manipulation ('\\' and '/' separators, drive
// roots 'C:', UNC roots '\\\\server\\share', device roots '\\\\.\\' and
// '\\\\?\\', ';' delimiter), including node's guards against reserved
// device names (CON:, COM1: ...) turning relative paths into devices.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
} = primordials;

const { validateString } = require('internal/validators');
const {
  kBackslash,
  kColon,
  kDot,
  isWin32Sep: isSep,
  isDriveLetter,
  foldSegments,
  baseBounds,
  extensionDot,
  formatWith,
} = require('internal/path/common');

const kQuestionMark = 63;

const kReservedNames = [
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
];

// Whether path[0..colon) names a DOS device (case-insensitive).
function isReservedName(path, colon) {
  return ArrayPrototypeIncludes(kReservedNames,
    StringPrototypeToUpperCase(StringPrototypeSlice(path, 0, colon)));
}

function sepAt(path, i) {
  return isSep(StringPrototypeCharCodeAt(path, i));
}

function hasDrive(path) {
  return path.length >= 2 &&
    isDriveLetter(StringPrototypeCharCodeAt(path, 0)) &&
    StringPrototypeCharCodeAt(path, 1) === kColon;
}

// For a path starting with two separators, finds '\\\\first\\second': returns
// undefined unless `first` is followed by separators and a non-separator;
// otherwise { first, secondStart, secondEnd } (secondEnd = path.length when
// nothing follows `second`).
function matchUnc(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !sepAt(path, j)) j++;
  if (j === 2 || j === len) return undefined;
  const first = StringPrototypeSlice(path, 2, j);
  while (j < len && sepAt(path, j)) j++;
  if (j === len) return undefined;
  const secondStart = j;
  while (j < len && !sepAt(path, j)) j++;
  return { first, secondStart, secondEnd: j };
}

function isAbsolute(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  return sepAt(path, 0) || (len > 2 && hasDrive(path) && sepAt(path, 2));
}

// Root of `path` as resolve() sees it: { device, rootEnd, absolute }.
function resolveRoot(path) {
  const len = path.length;
  let device = '';
  let rootEnd = 0;
  let absolute = false;
  if (len > 0 && sepAt(path, 0)) {
    absolute = true;
    if (len === 1 || !sepAt(path, 1)) {
      rootEnd = 1;
    } else {
      const unc = matchUnc(path);
      if (unc !== undefined) {
        if (unc.first === '.' || unc.first === '?') {
          device = `\\\\${unc.first}`;
          rootEnd = 4;
        } else {
          device = `\\\\${unc.first}\\` +
            StringPrototypeSlice(path, unc.secondStart, unc.secondEnd);
          rootEnd = unc.secondEnd;
        }
      }
    }
  } else if (len > 1 && hasDrive(path)) {
    device = StringPrototypeSlice(path, 0, 2);
    rootEnd = 2;
    if (len > 2 && sepAt(path, 2)) {
      absolute = true;
      rootEnd = 3;
    }
  }
  return { device, rootEnd, absolute };
}

// The working directory of drive `device` ('C:'): Windows keeps one per
// drive in the hidden variable '=C:'; fall back to the process cwd, and to
// the drive's root when that cwd is on another drive.
function driveCwd(device) {
  let path = process.env[`=${device}`] || process.cwd();
  if (path === undefined ||
      (StringPrototypeToLowerCase(StringPrototypeSlice(path, 0, 2)) !==
       StringPrototypeToLowerCase(device) &&
       StringPrototypeCharCodeAt(path, 2) === kBackslash)) {
    path = `${device}\\`;
  }
  return path;
}

function resolve(...paths) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = paths.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = paths[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
    } else {
      path = driveCwd(device);
    }
    const root = resolveRoot(path);
    if (root.device.length > 0) {
      if (device.length === 0) {
        device = root.device;
      } else if (StringPrototypeToLowerCase(root.device) !==
                 StringPrototypeToLowerCase(device)) {
        // Another drive: not part of the result.
        continue;
      }
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${StringPrototypeSlice(path, root.rootEnd)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = foldSegments(tail, !absolute, '\\', isSep);
  if (absolute) return `${device}\\${tail}`;
  return `${device}${tail}` || '.';
}

function normalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return sepAt(path, 0) ? '\\' : path;
  let device;
  let rootEnd = 0;
  let absolute = false;
  if (sepAt(path, 0)) {
    absolute = true;
    if (!sepAt(path, 1)) {
      rootEnd = 1;
    } else {
      const unc = matchUnc(path);
      if (unc !== undefined) {
        if (unc.first === '.' || unc.first === '?') {
          device = `\\\\${unc.first}`;
          rootEnd = 4;
        } else if (unc.secondEnd === len) {
          // Only a UNC root: it always ends with a separator.
          return `\\\\${unc.first}\\${StringPrototypeSlice(path, unc.secondStart)}\\`;
        } else {
          device = `\\\\${unc.first}\\` +
            StringPrototypeSlice(path, unc.secondStart, unc.secondEnd);
          rootEnd = unc.secondEnd;
        }
      }
    }
  } else {
    const colon = StringPrototypeIndexOf(path, ':');
    if (colon === 1 && hasDrive(path)) {
      device = StringPrototypeSlice(path, 0, 2);
      rootEnd = 2;
      if (len > 2 && sepAt(path, 2)) {
        absolute = true;
        rootEnd = 3;
      }
    } else if (colon > 0 && isReservedName(path, colon)) {
      device = StringPrototypeSlice(path, 0, colon + 1);
      rootEnd = colon + 1;
    }
  }

  let tail = rootEnd < len ?
    foldSegments(StringPrototypeSlice(path, rootEnd), !absolute, '\\', isSep) :
    '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && sepAt(path, len - 1)) tail += '\\';

  // A relative path must not come out looking like a drive or a stream:
  // 'a/../c:x' must not become 'c:x' (CVE-2024-36139).
  if (!absolute && device === undefined &&
      StringPrototypeIndexOf(path, ':') !== -1) {
    if (tail.length >= 2 && hasDrive(tail)) return `.\\${tail}`;
    let colon = StringPrototypeIndexOf(path, ':');
    while (colon !== -1) {
      if (colon === len - 1 || sepAt(path, colon + 1)) return `.\\${tail}`;
      colon = StringPrototypeIndexOf(path, ':', colon + 1);
    }
  }
  if (isReservedName(path, StringPrototypeIndexOf(path, ':'))) {
    return `.\\${device ?? ''}${tail}`;
  }
  if (device === undefined) return absolute ? `\\${tail}` : tail;
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function join(...paths) {
  const parts = [];
  for (let i = 0; i < paths.length; i++) {
    const part = paths[i];
    validateString(part, 'path');
    if (part.length > 0) ArrayPrototypePush(parts, part);
  }
  if (parts.length === 0) return '.';
  const first = parts[0];
  let joined = ArrayPrototypeJoin(parts, '\\');
  // Keep a UNC root only when the first part clearly starts one (exactly
  // two separators, then a name); otherwise squash leading separators so
  // that normalize() does not take the result for a UNC path.
  const uncIntended = first.length > 2 && sepAt(first, 0) && sepAt(first, 1) &&
    !sepAt(first, 2);
  if (!uncIntended) {
    let n = 0;
    while (n < joined.length && sepAt(joined, n)) n++;
    if (n >= 2) joined = `\\${StringPrototypeSlice(joined, n)}`;
  }
  return normalize(joined);
}

function splitNames(resolved) {
  const names = StringPrototypeSplit(resolved, '\\');
  if (names[names.length - 1] === '') ArrayPrototypePop(names);
  return names;
}

function relativeByNames(fromOrig, toOrig) {
  const fromNames = splitNames(fromOrig);
  const toNames = splitNames(toOrig);
  const shorter = fromNames.length < toNames.length ?
    fromNames.length : toNames.length;
  let i = 0;
  while (i < shorter && StringPrototypeToLowerCase(fromNames[i]) ===
         StringPrototypeToLowerCase(toNames[i])) {
    i++;
  }
  if (i === 0) return toOrig;
  const rest = ArrayPrototypeJoin(ArrayPrototypeSlice(toNames, i), '\\');
  if (i === shorter) {
    if (toNames.length > shorter) return rest;
    if (fromNames.length > shorter) {
      return `${StringPrototypeRepeat('..\\', fromNames.length - 1 - i)}..`;
    }
    return '';
  }
  return `${StringPrototypeRepeat('..\\', fromNames.length - i)}${rest}`;
}

// relative() compares the resolved paths character by character, case-
// insensitively, and slices the answer out of the original `to`. Its
// results for paths without a drive are odd ('\\a:' to '\\a' gives '..a'),
// but they are node's, so they are kept.
function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = resolve(from);
  const toOrig = resolve(to);
  if (fromOrig === toOrig) return '';
  const f = StringPrototypeToLowerCase(fromOrig);
  const t = StringPrototypeToLowerCase(toOrig);
  if (f === t) return '';
  // Lower-casing changed a length ('İ'): character positions no longer line
  // up, so compare name by name instead.
  if (f.length !== fromOrig.length || t.length !== toOrig.length) {
    return relativeByNames(fromOrig, toOrig);
  }

  // Leading backslashes are skipped, trailing ones (a UNC root's) too.
  let fromStart = 0;
  while (fromStart < f.length && StringPrototypeCharCodeAt(f, fromStart) === kBackslash) {
    fromStart++;
  }
  let fromEnd = f.length;
  while (fromEnd - 1 > fromStart && StringPrototypeCharCodeAt(f, fromEnd - 1) === kBackslash) {
    fromEnd--;
  }
  let toStart = 0;
  while (toStart < t.length && StringPrototypeCharCodeAt(t, toStart) === kBackslash) {
    toStart++;
  }
  let toEnd = t.length;
  while (toEnd - 1 > toStart && StringPrototypeCharCodeAt(t, toEnd - 1) === kBackslash) {
    toEnd--;
  }
  const fromLen = fromEnd - fromStart;
  const toLen = toEnd - toStart;
  const shorter = fromLen < toLen ? fromLen : toLen;

  let i = 0;
  let lastCommonSep = -1;
  while (i < shorter) {
    const code = StringPrototypeCharCodeAt(f, fromStart + i);
    if (code !== StringPrototypeCharCodeAt(t, toStart + i)) break;
    if (code === kBackslash) lastCommonSep = i;
    i++;
  }
  if (i < shorter) {
    // They part before sharing even a root.
    if (lastCommonSep === -1) return toOrig;
  } else {
    if (toLen > shorter) {
      // `from` is a directory above `to`, or the drive root 'c:'.
      if (StringPrototypeCharCodeAt(t, toStart + i) === kBackslash) {
        return StringPrototypeSlice(toOrig, toStart + i + 1);
      }
      if (i === 2) return StringPrototypeSlice(toOrig, toStart + i);
    }
    if (fromLen > shorter) {
      if (StringPrototypeCharCodeAt(f, fromStart + i) === kBackslash) {
        lastCommonSep = i;
      } else if (i === 2) {
        lastCommonSep = 3;
      }
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }

  // One '..' per name of `from` below the common part.
  let out = '';
  for (let k = fromStart + lastCommonSep + 1; k <= fromEnd; k++) {
    if (k === fromEnd || StringPrototypeCharCodeAt(f, k) === kBackslash) {
      out += out.length === 0 ? '..' : '\\..';
    }
  }
  toStart += lastCommonSep;
  if (out.length > 0) {
    return `${out}${StringPrototypeSlice(toOrig, toStart, toEnd)}`;
  }
  if (StringPrototypeCharCodeAt(toOrig, toStart) === kBackslash) toStart++;
  return StringPrototypeSlice(toOrig, toStart, toEnd);
}

function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (StringPrototypeCharCodeAt(resolved, 0) === kBackslash) {
    if (StringPrototypeCharCodeAt(resolved, 1) === kBackslash) {
      const code = StringPrototypeCharCodeAt(resolved, 2);
      if (code !== kQuestionMark && code !== kDot) {
        return `\\\\?\\UNC\\${StringPrototypeSlice(resolved, 2)}`;
      }
    }
  } else if (hasDrive(resolved) &&
             StringPrototypeCharCodeAt(resolved, 2) === kBackslash) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// End of the root as dirname() and parse() see it; -1 when there is none,
// len when the whole path is a UNC root.
function plainRootEnd(path) {
  const len = path.length;
  if (sepAt(path, 0)) {
    if (len > 1 && sepAt(path, 1)) {
      const unc = matchUnc(path);
      if (unc !== undefined) {
        if (unc.secondEnd === len) return len;
        if (unc.secondEnd !== unc.secondStart) return unc.secondEnd + 1;
      }
    }
    return 1;
  }
  if (hasDrive(path)) return len > 2 && sepAt(path, 2) ? 3 : 2;
  return -1;
}

function dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return sepAt(path, 0) ? path : '.';
  const rootEnd = plainRootEnd(path);
  if (rootEnd === len && sepAt(path, 0)) return path;
  const offset = rootEnd === -1 ? 0 : rootEnd;
  let i = len - 1;
  while (i >= offset && sepAt(path, i)) i--;
  while (i >= offset && !sepAt(path, i)) i--;
  if (i < offset) {
    return rootEnd === -1 ? '.' : StringPrototypeSlice(path, 0, rootEnd);
  }
  return StringPrototypeSlice(path, 0, i);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const offset = hasDrive(path) ? 2 : 0;
  const { 0: start, 1: end } = baseBounds(path, offset, suffix, isSep);
  return StringPrototypeSlice(path, start, end);
}

function extname(path) {
  validateString(path, 'path');
  const offset = hasDrive(path) ? 2 : 0;
  const { 0: start, 1: end } = baseBounds(path, offset, undefined, isSep);
  const dot = extensionDot(path, start, end);
  return dot === -1 ? '' : StringPrototypeSlice(path, dot, end);
}

function format(pathObject) {
  return formatWith('\\', pathObject);
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  if (len === 1) {
    if (sepAt(path, 0)) {
      ret.root = ret.dir = path;
    } else {
      ret.base = ret.name = path;
    }
    return ret;
  }
  let rootEnd = plainRootEnd(path);
  if (rootEnd === -1) rootEnd = 0;
  if (rootEnd === len && !sepAt(path, 0) && len <= 3) {
    ret.root = ret.dir = path;
    return ret;
  }
  if (rootEnd > 0) ret.root = StringPrototypeSlice(path, 0, rootEnd);
  const { 0: start, 1: end } = baseBounds(path, rootEnd, undefined, isSep);
  if (end > start) {
    ret.base = StringPrototypeSlice(path, start, end);
    const dot = extensionDot(path, start, end);
    if (dot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = StringPrototypeSlice(path, start, dot);
      ret.ext = StringPrototypeSlice(path, dot, end);
    }
  }
  ret.dir = start > 0 && start !== rootEnd ?
    StringPrototypeSlice(path, 0, start - 1) : ret.root;
  return ret;
}

let glob;
// Experimental in node 20 (it warns once); see internal/path/glob.
function matchesGlob(path, pattern) {
  glob ??= require('internal/path/glob');
  return glob.matchesGlob(path, pattern, true);
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
  sep: '\\',
  delimiter: ';',
};
