'use strict';

// package.json "exports" and "imports" resolution (node's
// PACKAGE_EXPORTS_RESOLVE / PACKAGE_IMPORTS_RESOLVE), on file paths: a
// package's subpath and a set of conditions give a file inside the package.

const {
  ArrayIsArray,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
  },
} = require('internal/errors');

// Segments a target may not contain after its leading "./".
const invalidSegmentRegEx =
  /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
// The same segments, but not an empty one: '//', or a leading or trailing
// '/', is deprecated (DEP0166), not an error.
const deprecatedInvalidSegmentRegEx =
  /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRegEx = /^\.|%|\\/;

// DEP0155, once per package and request.
const trailingSlashWarned = new SafeSet();
function emitTrailingSlashPatternDeprecation(request, jsonPath, base) {
  const key = `${jsonPath}|${request}`;
  if (trailingSlashWarned.has(key)) return;
  trailingSlashWarned.add(key);
  process.emitWarning(
    `Use of deprecated trailing slash pattern mapping "${request}" in the ` +
    `"exports" field module resolution of the package at ${jsonPath}` +
    `${importedFrom(base)}. Mapping specifiers ending in "/" is no longer ` +
    'supported.', 'DeprecationWarning', 'DEP0155');
}

// ' imported from <path>' for a warning, when there is an importer.
function importedFrom(base) {
  if (!base) return '';
  return ` imported from ${StringPrototypeStartsWith(`${base}`, 'file:') ?
    require('internal/url').fileURLToPath(base) : base}`;
}

function emitInvalidSegmentDeprecation(target, request, match, jsonPath,
                                       isImports, base, isTarget) {
  const double = RegExpPrototypeExec(/[/\\]{2}/,
                                     isTarget ? target : request) !== null;
  process.emitWarning(
    `Use of deprecated ${double ? 'double slash' :
      'leading or trailing slash matching'} resolving "${target}" for ` +
    `module request "${request}" ${request !== match ?
      `matched to "${match}" ` : ''}in the "${isImports ? 'imports' :
      'exports'}" field module resolution of the package at ${jsonPath}` +
    `${importedFrom(base)}.`, 'DeprecationWarning', 'DEP0166');
}

function isArrayIndex(key) {
  const n = +key;
  if (`${n}` !== key) return false;
  return n >= 0 && n < 0xFFFFFFFF;
}

// pkgDir ends with '/'.
function resolveTarget(pkgDir, jsonPath, subpath, target, patternMatch,
                       isImports, conditions, base) {
  if (typeof target === 'string') {
    return resolveTargetString(pkgDir, jsonPath, subpath, target,
                               patternMatch, isImports, base);
  }
  if (ArrayIsArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (let i = 0; i < target.length; i++) {
      let resolved;
      try {
        resolved = resolveTarget(pkgDir, jsonPath, subpath, target[i],
                                 patternMatch, isImports, conditions, base);
      } catch (e) {
        lastError = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = ObjectKeys(target);
    for (let i = 0; i < keys.length; i++) {
      if (isArrayIndex(keys[i])) {
        throw new ERR_INVALID_PACKAGE_CONFIG(jsonPath, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || conditions.has(key)) {
        const resolved = resolveTarget(pkgDir, jsonPath, subpath, target[key],
                                       patternMatch, isImports, conditions,
                                       base);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new ERR_INVALID_PACKAGE_TARGET(pkgDir, subpath, target, isImports,
                                       base);
}

// Targets are URLs relative to the package: '%20' in one is a space.
function decodeTarget(path, base) {
  if (!StringPrototypeIncludes(path, '%')) return path;
  if (RegExpPrototypeExec(/%2f|%5c/i, path) !== null) {
    throw new ERR_INVALID_MODULE_SPECIFIER(path,
      'must not include encoded "/" or "\\" characters', base);
  }
  const { fileURLToPath } = require('internal/url');
  return fileURLToPath(new URL(`file://${path}`));
}

function resolveTargetString(pkgDir, jsonPath, subpath, target, patternMatch,
                             isImports, base) {
  if (!StringPrototypeStartsWith(target, './')) {
    if (isImports && !StringPrototypeStartsWith(target, '../') &&
        !StringPrototypeStartsWith(target, '/') &&
        RegExpPrototypeExec(/^[a-zA-Z][a-zA-Z\d+\-.]*:/, target) === null) {
      // "#x": "some-package/sub": resolved by the caller as a bare request.
      const request = patternMatch !== null ?
        StringPrototypeReplaceAll(target, '*', patternMatch) : target;
      return { bare: request };
    }
    throw new ERR_INVALID_PACKAGE_TARGET(pkgDir, subpath, target, isImports,
                                         base);
  }
  const withMatch = (text) => (patternMatch === null ? text :
    StringPrototypeReplaceAll(text, '*', () => patternMatch));
  const targetPath = StringPrototypeSlice(target, 2);
  // A request ending in '/' is a (deprecated) folder mapping: its empty
  // segments are not warned about.
  const isPathMap = StringPrototypeEndsWith(withMatch(subpath), '/');
  if (RegExpPrototypeExec(invalidSegmentRegEx, targetPath) !== null) {
    if (RegExpPrototypeExec(deprecatedInvalidSegmentRegEx, targetPath) !== null) {
      throw new ERR_INVALID_PACKAGE_TARGET(pkgDir, subpath, target, isImports,
                                           base);
    }
    if (!isPathMap) {
      emitInvalidSegmentDeprecation(withMatch(target), withMatch(subpath),
                                    subpath, jsonPath, isImports, base, true);
    }
  }
  const resolved = pkgDir + targetPath;
  if (patternMatch === null) return decodeTarget(resolved, base);
  if (RegExpPrototypeExec(invalidSegmentRegEx, patternMatch) !== null) {
    const request = withMatch(subpath);
    if (RegExpPrototypeExec(deprecatedInvalidSegmentRegEx,
                            patternMatch) !== null) {
      throw new ERR_INVALID_MODULE_SPECIFIER(request,
        `request is not a valid match in pattern "${subpath}" for the ` +
        `"${isImports ? 'imports' : 'exports'}" resolution of ${jsonPath}`,
        base);
    }
    if (!isPathMap) {
      emitInvalidSegmentDeprecation(withMatch(target), request, subpath,
                                    jsonPath, isImports, base, false);
    }
  }
  return decodeTarget(
    StringPrototypeReplaceAll(resolved, '*', () => patternMatch), base);
}

function patternKeyCompare(a, b) {
  const aPatternIndex = StringPrototypeIndexOf(a, '*');
  const bPatternIndex = StringPrototypeIndexOf(b, '*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function resolveInMap(matchKey, matchObj, pkgDir, jsonPath, isImports,
                      conditions, base) {
  if (ObjectPrototypeHasOwnProperty(matchObj, matchKey) &&
      !StringPrototypeIncludes(matchKey, '*')) {
    return resolveTarget(pkgDir, jsonPath, matchKey, matchObj[matchKey],
                         null, isImports, conditions, base);
  }
  let bestMatch = '';
  let bestMatchSubpath;
  const keys = ObjectKeys(matchObj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const patternIndex = StringPrototypeIndexOf(key, '*');
    if (patternIndex === -1 ||
        !StringPrototypeStartsWith(matchKey,
                                   StringPrototypeSlice(key, 0, patternIndex))) {
      continue;
    }
    if (StringPrototypeLastIndexOf(key, '*') !== patternIndex) continue;
    const patternTrailer = StringPrototypeSlice(key, patternIndex + 1);
    if (matchKey.length >= key.length &&
        StringPrototypeEndsWith(matchKey, patternTrailer) &&
        patternKeyCompare(bestMatch, key) === 1) {
      bestMatch = key;
      bestMatchSubpath = StringPrototypeSlice(
        matchKey, patternIndex, matchKey.length - patternTrailer.length);
    }
  }
  if (bestMatch) {
    if (!isImports && StringPrototypeEndsWith(matchKey, '/')) {
      emitTrailingSlashPatternDeprecation(matchKey, jsonPath, base);
    }
    return resolveTarget(pkgDir, jsonPath, bestMatch, matchObj[bestMatch],
                         bestMatchSubpath, isImports, conditions, base);
  }
  return null;
}

function isConditionalExportsMainSugar(exports, jsonPath, base) {
  if (typeof exports === 'string' || ArrayIsArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = ObjectKeys(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const curIsConditionalSugar = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      throw new ERR_INVALID_PACKAGE_CONFIG(jsonPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

// pkgDir: the package directory with a trailing '/'; subpath: '.' or
// './x'. Returns a file path; throws ERR_PACKAGE_PATH_NOT_EXPORTED.
function packageExportsResolve(pkgDir, subpath, exports, conditions, base) {
  const jsonPath = `${pkgDir}package.json`;
  if (isConditionalExportsMainSugar(exports, jsonPath, base)) {
    exports = { '.': exports };
  }
  const resolved = resolveInMap(subpath, exports, pkgDir, jsonPath, false,
                                conditions, base);
  if (resolved === null || resolved === undefined) {
    throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir, subpath, base);
  }
  return resolved;
}

// name: '#x'. Returns a file path, or { bare } for a mapping to a package.
function packageImportsResolve(name, pkgDir, imports, conditions, base) {
  if (name === '#' || StringPrototypeStartsWith(name, '#/') ||
      StringPrototypeEndsWith(name, '/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name,
      'is not a valid internal imports specifier name', base);
  }
  if (imports !== null && imports !== undefined) {
    const resolved = resolveInMap(name, imports, pkgDir,
                                  `${pkgDir}package.json`, true, conditions,
                                  base);
    if (resolved !== null && resolved !== undefined) return resolved;
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkgDir, base);
}

// Splits 'pkg/sub' or '@scope/pkg/sub' into ['pkg', './sub'].
function parsePackageName(request) {
  let separatorIndex = StringPrototypeIndexOf(request, '/');
  if (request[0] === '@') {
    if (separatorIndex === -1) return null;
    separatorIndex = StringPrototypeIndexOf(request, '/', separatorIndex + 1);
  }
  const name = separatorIndex === -1 ?
    request : StringPrototypeSlice(request, 0, separatorIndex);
  if (RegExpPrototypeExec(invalidPackageNameRegEx, name) !== null) return null;
  return {
    name,
    subpath: `.${separatorIndex === -1 ? '' : StringPrototypeSlice(request, separatorIndex)}`,
  };
}


module.exports = {
  packageExportsResolve,
  packageImportsResolve,
  parsePackageName,
};
