'use strict';
// Url.prototype.resolveObject of the legacy url module: resolves a parsed
// relative URL against a parsed base, RFC 1808 style, with node's many
// special cases for non-slashed protocols (mailto:) and hosts.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  ObjectAssign,
  ObjectKeys,
  RegExpPrototypeExec,
  StringPrototypeCharAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = primordials;

const { slashedProtocol, hostlessProtocol } = require('internal/url');

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') +
      (result.search ? result.search : '');
  }
}

// 'user@host' stuck in the host (mailto:) goes back into auth.
function splitAuthFromHost(result) {
  if (result.host && StringPrototypeIndexOf(result.host, '@') > 0) {
    const parts = StringPrototypeSplit(result.host, '@');
    result.auth = ArrayPrototypeShift(parts);
    result.host = result.hostname = ArrayPrototypeShift(parts);
  }
}

function makeResolveObject(Url, urlParse) {
  return function resolveObject(relative) {
    if (typeof relative === 'string') {
      const rel = new Url();
      rel.parse(relative, false, true);
      relative = rel;
    }

    const result = new Url();
    ObjectAssign(result, this);

    // The hash always comes from `relative`, even an empty one.
    result.hash = relative.hash;

    if (relative.href === '') {
      result.href = result.format();
      return result;
    }

    // '//host/path' keeps only the protocol of the base.
    if (relative.slashes && !relative.protocol) {
      const keys = ObjectKeys(relative);
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] !== 'protocol') result[keys[i]] = relative[keys[i]];
      }
      if (slashedProtocol.has(result.protocol) && result.hostname &&
          !result.pathname) {
        result.path = result.pathname = '/';
      }
      result.href = result.format();
      return result;
    }

    if (relative.protocol && relative.protocol !== result.protocol) {
      // Another protocol: an unknown one is taken as absolute; a known one
      // needs a host (except file:) and a path.
      if (!slashedProtocol.has(relative.protocol)) {
        ObjectAssign(result, relative);
        result.href = result.format();
        return result;
      }
      result.protocol = relative.protocol;
      if (!relative.host &&
          RegExpPrototypeExec(/^file:?$/, relative.protocol) === null &&
          !hostlessProtocol.has(relative.protocol)) {
        const relPath = StringPrototypeSplit(relative.pathname || '', '/');
        while (relPath.length && !(relative.host = ArrayPrototypeShift(relPath)));
        if (!relative.host) relative.host = '';
        if (!relative.hostname) relative.hostname = '';
        if (relPath[0] !== '') ArrayPrototypeUnshift(relPath, '');
        if (relPath.length < 2) ArrayPrototypeUnshift(relPath, '');
        result.pathname = ArrayPrototypeJoin(relPath, '/');
      } else {
        result.pathname = relative.pathname;
      }
      result.search = relative.search;
      result.query = relative.query;
      result.host = relative.host || '';
      result.auth = relative.auth;
      result.hostname = relative.hostname || relative.host;
      result.port = relative.port;
      if (result.pathname || result.search) {
        result.path = (result.pathname || '') + (result.search || '');
      }
      result.slashes = result.slashes || relative.slashes;
      result.href = result.format();
      return result;
    }

    const isSourceAbs =
      result.pathname && StringPrototypeCharAt(result.pathname, 0) === '/';
    const isRelAbs = relative.host ||
      (relative.pathname && StringPrototypeCharAt(relative.pathname, 0) === '/');
    let mustEndAbs = isRelAbs || isSourceAbs ||
      (result.host && relative.pathname);
    const removeAllDots = mustEndAbs;
    let srcPath = (result.pathname && StringPrototypeSplit(result.pathname, '/')) || [];
    const relPath = (relative.pathname && StringPrototypeSplit(relative.pathname, '/')) || [];
    const noLeadingSlashes = result.protocol &&
      !slashedProtocol.has(result.protocol);

    // In a non-slashed URL, '../..' may climb into the host, so the host
    // becomes the first path segment for now.
    if (noLeadingSlashes) {
      result.hostname = '';
      result.port = null;
      if (result.host) {
        if (srcPath[0] === '') srcPath[0] = result.host;
        else ArrayPrototypeUnshift(srcPath, result.host);
      }
      result.host = '';
      if (relative.protocol) {
        relative.hostname = null;
        relative.port = null;
        result.auth = null;
        if (relative.host) {
          if (relPath[0] === '') relPath[0] = relative.host;
          else ArrayPrototypeUnshift(relPath, relative.host);
        }
        relative.host = null;
      }
      mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
    }

    if (isRelAbs) {
      if (relative.host || relative.host === '') {
        if (result.host !== relative.host) result.auth = null;
        result.host = relative.host;
        result.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (result.hostname !== relative.hostname) result.auth = null;
        result.hostname = relative.hostname;
      }
      result.search = relative.search;
      result.query = relative.query;
      srcPath = relPath;
    } else if (relPath.length) {
      // Relative: drop the base's last segment, append the new path.
      ArrayPrototypePop(srcPath);
      for (let i = 0; i < relPath.length; i++) ArrayPrototypePush(srcPath, relPath[i]);
      result.search = relative.search;
      result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      // Only a query ('?foo').
      if (noLeadingSlashes) {
        result.hostname = result.host = ArrayPrototypeShift(srcPath);
        splitAuthFromHost(result);
      }
      result.search = relative.search;
      result.query = relative.query;
      setPath(result);
      result.href = result.format();
      return result;
    }

    if (!srcPath.length) {
      result.pathname = null;
      result.path = result.search ? `/${result.search}` : null;
      result.href = result.format();
      return result;
    }

    // A path ending in '.' or '..' gets a trailing slash; one ending in
    // anything else does not.
    let last = srcPath[srcPath.length - 1];
    const hasTrailingSlash =
      ((result.host || relative.host || srcPath.length > 1) &&
       (last === '.' || last === '..')) || last === '';

    // Drop '.', fold '..'; `up` counts those that climb above the start.
    let up = 0;
    for (let i = srcPath.length - 1; i >= 0; i--) {
      last = srcPath[i];
      if (last === '.') {
        ArrayPrototypeSplice(srcPath, i, 1);
      } else if (last === '..') {
        ArrayPrototypeSplice(srcPath, i, 1);
        up++;
      } else if (up) {
        ArrayPrototypeSplice(srcPath, i, 1);
        up--;
      }
    }

    if (!mustEndAbs && !removeAllDots) {
      while (up--) ArrayPrototypeUnshift(srcPath, '..');
    }

    if (mustEndAbs && srcPath[0] !== '' &&
        (!srcPath[0] || StringPrototypeCharAt(srcPath[0], 0) !== '/')) {
      ArrayPrototypeUnshift(srcPath, '');
    }

    if (hasTrailingSlash &&
        StringPrototypeSlice(ArrayPrototypeJoin(srcPath, '/'), -1) !== '/') {
      ArrayPrototypePush(srcPath, '');
    }

    const isAbsolute = srcPath[0] === '' ||
      (srcPath[0] && StringPrototypeCharAt(srcPath[0], 0) === '/');

    // Put the host back.
    if (noLeadingSlashes) {
      result.hostname = result.host =
        isAbsolute ? '' : srcPath.length ? ArrayPrototypeShift(srcPath) : '';
      splitAuthFromHost(result);
    }

    mustEndAbs = mustEndAbs || (result.host && srcPath.length);
    if (mustEndAbs && !isAbsolute) ArrayPrototypeUnshift(srcPath, '');

    if (srcPath.length === 0) {
      result.pathname = null;
      result.path = null;
    } else {
      result.pathname = ArrayPrototypeJoin(srcPath, '/');
    }

    setPath(result);
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  };
}


module.exports = { makeResolveObject };
