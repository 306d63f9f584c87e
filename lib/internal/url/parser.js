'use strict';
// The basic URL parser of the URL Standard (with state overrides, for the
// URL setters) and the URL serializer, over a plain URL record:
//   { scheme, username, password, host, port, path, opaque, query, fragment }
// `host` is null or the serialised host; `path` is an array of segments,
// or a string when `opaque` (e.g. 'mailto:x'); `query`/`fragment` are null
// or strings without their '?'/'#'.

const {
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  NumberParseInt,
  StringFromCodePoint,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
} = primordials;

const {
  C0_CONTROL_SET,
  FRAGMENT_SET,
  PATH_SET,
  QUERY_SET,
  SPECIAL_QUERY_SET,
  USERINFO_SET,
  encodeCodePoint,
  encodeString,
  toUSVString,
} = require('internal/url/encoding');
const { kFailure, parseHost } = require('internal/url/host');

const kSpecialPorts = {
  __proto__: null,
  'ftp': 21,
  'file': null,
  'http': 80,
  'https': 443,
  'ws': 80,
  'wss': 443,
};

function isSpecialScheme(scheme) {
  return scheme in kSpecialPorts;
}

function defaultPort(scheme) {
  const port = kSpecialPorts[scheme];
  return port === undefined ? null : port;
}

// Parser states.
const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const EOF = -1;

function newRecord() {
  return {
    scheme: '',
    username: '',
    password: '',
    host: null,
    port: null,
    path: [],
    opaque: false,
    query: null,
    fragment: null,
  };
}

function cloneRecord(url) {
  return {
    scheme: url.scheme,
    username: url.username,
    password: url.password,
    host: url.host,
    port: url.port,
    path: url.opaque ? url.path : ArrayPrototypeSlice(url.path),
    opaque: url.opaque,
    query: url.query,
    fragment: url.fragment,
  };
}

function isAsciiAlpha(c) {
  return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
}

function isAsciiDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

// 'c:' or 'c|' (normalized: only 'c:').
function isWindowsDriveLetter(str, normalizedOnly) {
  if (str.length !== 2 || !isAsciiAlpha(StringPrototypeCharCodeAt(str, 0))) {
    return false;
  }
  const second = StringPrototypeCharCodeAt(str, 1);
  return second === 0x3A || (!normalizedOnly && second === 0x7C);
}

// Whether cps[i..] starts with a Windows drive letter followed by the end,
// '/', '\\', '?' or '#'.
function startsWithWindowsDriveLetter(cps, i) {
  if (cps.length - i < 2) return false;
  if (!isAsciiAlpha(cps[i]) || (cps[i + 1] !== 0x3A && cps[i + 1] !== 0x7C)) {
    return false;
  }
  if (cps.length - i === 2) return true;
  const third = cps[i + 2];
  return third === 0x2F || third === 0x5C || third === 0x3F || third === 0x23;
}

function isSingleDot(seg) {
  return seg === '.' || StringPrototypeToLowerCase(seg) === '%2e';
}

function isDoubleDot(seg) {
  switch (StringPrototypeToLowerCase(seg)) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e':
      return true;
    default:
      return false;
  }
}

// Drops the last path segment; returns whether there was one to drop.
function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 &&
      isWindowsDriveLetter(path[0], true)) {
    return false;
  }
  if (path.length === 0) return false;
  ArrayPrototypePop(path);
  return true;
}

function hasCredentials(url) {
  return url.username !== '' || url.password !== '';
}

// Code points of `input` after the Standard's preprocessing: leading and
// trailing C0 controls and spaces trimmed (only for a fresh parse), tabs
// and newlines removed, lone surrogates replaced.
function preprocess(input, trim) {
  input = toUSVString(input);
  let start = 0;
  let end = input.length;
  if (trim) {
    while (start < end && StringPrototypeCharCodeAt(input, start) <= 0x20) start++;
    while (end > start && StringPrototypeCharCodeAt(input, end - 1) <= 0x20) end--;
  }
  const cps = [];
  for (let i = start; i < end; i++) {
    const cp = StringPrototypeCodePointAt(input, i);
    if (cp > 0xFFFF) i++;
    if (cp === 9 || cp === 10 || cp === 13) continue;
    ArrayPrototypePush(cps, cp);
  }
  return cps;
}

// Runs the basic URL parser. Without `url`, returns a new record or
// kFailure. With `url` and `stateOverride` (a setter), changes `url` in
// place and returns false on failure (earlier changes stay, as specified).
function basicParse(input, base, url, stateOverride) {
  const fresh = url === undefined;
  if (fresh) url = newRecord();
  const cps = preprocess(input, fresh);
  const len = cps.length;

  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let bufferCount = 0;
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;

  const fail = () => (fresh ? kFailure : false);
  const done = () => (fresh ? url : true);

  for (let pointer = 0; pointer <= len; pointer++) {
    const c = pointer < len ? cps[pointer] : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAsciiAlpha(c)) {
          buffer += StringPrototypeToLowerCase(StringFromCodePoint(c));
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return fail();
        }
        break;

      case SCHEME:
        if (isAsciiAlpha(c) || isAsciiDigit(c) || c === 0x2B || c === 0x2D ||
            c === 0x2E) {
          buffer += StringPrototypeToLowerCase(StringFromCodePoint(c));
        } else if (c === 0x3A) {
          if (stateOverride) {
            const wasSpecial = isSpecialScheme(url.scheme);
            const isSpecial = isSpecialScheme(buffer);
            if (wasSpecial !== isSpecial) return done();
            if ((hasCredentials(url) || url.port !== null) && buffer === 'file') {
              return done();
            }
            if (url.scheme === 'file' && url.host === '') return done();
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return done();
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (isSpecialScheme(url.scheme) && base != null &&
                     base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (pointer + 1 < len && cps[pointer + 1] === 0x2F) {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            url.opaque = true;
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return fail();
        }
        break;

      case NO_SCHEME:
        if (base == null || (base.opaque && c !== 0x23)) return fail();
        if (base.opaque && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2F && pointer + 1 < len && cps[pointer + 1] === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2F || (c === 0x5C && isSpecialScheme(url.scheme))) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = ArrayPrototypeSlice(base.path);
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            pointer--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === 0x2F || c === 0x5C)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2F && pointer + 1 < len && cps[pointer + 1] === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2F && c !== 0x5C) {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (let i = 0; i < buffer.length; i++) {
            const cp = StringPrototypeCodePointAt(buffer, i);
            if (cp > 0xFFFF) i++;
            if (cp === 0x3A && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = encodeCodePoint(cp, USERINFO_SET);
            if (passwordTokenSeen) {
              url.password += encoded;
            } else {
              url.username += encoded;
            }
          }
          buffer = '';
          bufferCount = 0;
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (c === 0x5C && isSpecialScheme(url.scheme))) {
          if (atSignSeen && buffer === '') return fail();
          pointer -= bufferCount + 1;
          buffer = '';
          bufferCount = 0;
          state = HOST;
        } else {
          buffer += StringFromCodePoint(c);
          bufferCount++;
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === 0x3A && !insideBrackets) {
          if (buffer === '') return fail();
          if (stateOverride === HOSTNAME) return fail();
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === kFailure) return fail();
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (c === 0x5C && isSpecialScheme(url.scheme))) {
          pointer--;
          if (isSpecialScheme(url.scheme) && buffer === '') return fail();
          if (stateOverride && buffer === '' &&
              (hasCredentials(url) || url.port !== null)) {
            return fail();
          }
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === kFailure) return fail();
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return done();
        } else {
          if (c === 0x5B) insideBrackets = true;
          if (c === 0x5D) insideBrackets = false;
          buffer += StringFromCodePoint(c);
        }
        break;

      case PORT:
        if (isAsciiDigit(c)) {
          buffer += StringFromCodePoint(c);
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (c === 0x5C && isSpecialScheme(url.scheme)) ||
                   stateOverride) {
          if (buffer !== '') {
            const port = NumberParseInt(buffer, 10);
            if (port > 65535) return fail();
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return done();
          }
          if (stateOverride) return fail();
          state = PATH_START;
          pointer--;
        } else {
          return fail();
        }
        break;

      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2F || c === 0x5C) {
          state = FILE_SLASH;
        } else if (base != null && base.scheme === 'file') {
          url.host = base.host;
          url.path = ArrayPrototypeSlice(base.path);
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer)) {
              shortenPath(url);
            } else {
              url.path = [];
            }
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2F || c === 0x5C) {
          state = FILE_HOST;
        } else {
          if (base != null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer) &&
                base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
              ArrayPrototypePush(url.path, base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            // The drive letter quirk: the buffer goes on into the path.
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return done();
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !isSpecialScheme(url.scheme));
            if (host === kFailure) return fail();
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return done();
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += StringFromCodePoint(c);
        }
        break;

      case PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = PATH;
          if (c !== 0x2F && c !== 0x5C) pointer--;
        } else if (!stateOverride && c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 0x2F) pointer--;
        } else if (stateOverride && url.host === null) {
          ArrayPrototypePush(url.path, '');
        }
        break;

      case PATH: {
        const special = isSpecialScheme(url.scheme);
        const slash = c === 0x2F || (special && c === 0x5C);
        if (c === EOF || slash ||
            (!stateOverride && (c === 0x3F || c === 0x23))) {
          if (isDoubleDot(buffer)) {
            // A final '..' leaves an empty last segment ('/a/..' is '/'),
            // except (in node's ada) in a non-special URL whose path was
            // already empty: 'sc://h/..' is 'sc://h'.
            const dropped = shortenPath(url);
            if (!slash && (special || dropped)) ArrayPrototypePush(url.path, '');
          } else if (isSingleDot(buffer) && !slash) {
            ArrayPrototypePush(url.path, '');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 &&
                isWindowsDriveLetter(buffer, false)) {
              buffer = `${buffer[0]}:`;
            }
            ArrayPrototypePush(url.path, buffer);
          }
          buffer = '';
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += encodeCodePoint(c, PATH_SET);
        }
        break;
      }

      case OPAQUE_PATH:
        if (c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          url.path += encodeCodePoint(c, C0_CONTROL_SET);
        }
        break;

      case QUERY:
        if ((!stateOverride && c === 0x23) || c === EOF) {
          url.query += encodeString(buffer,
            isSpecialScheme(url.scheme) ? SPECIAL_QUERY_SET : QUERY_SET);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += StringFromCodePoint(c);
        }
        break;

      case FRAGMENT:
        if (c !== EOF) url.fragment += encodeCodePoint(c, FRAGMENT_SET);
        break;
    }
  }
  return done();
}

function serializePath(url) {
  if (url.opaque) return url.path;
  let out = '';
  for (let i = 0; i < url.path.length; i++) out += `/${url.path[i]}`;
  return out;
}

function serializeURL(url, excludeFragment) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (hasCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

// When the query and fragment are gone, trailing spaces of an opaque path
// are dropped (they could not survive a reparse).
function stripTrailingSpacesFromOpaquePath(url) {
  if (!url.opaque || url.fragment !== null || url.query !== null) return;
  let end = url.path.length;
  while (end > 0 && StringPrototypeCharCodeAt(url.path, end - 1) === 0x20) end--;
  url.path = StringPrototypeSlice(url.path, 0, end);
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

// --- setters (URL Standard, "API" section); each changes `url` in place --

function setProtocol(url, value) {
  basicParse(`${value}:`, null, url, SCHEME_START);
}

function setUsername(url, value) {
  if (cannotHaveCredentialsOrPort(url)) return;
  url.username = encodeString(toUSVString(value), USERINFO_SET);
}

function setPassword(url, value) {
  if (cannotHaveCredentialsOrPort(url)) return;
  url.password = encodeString(toUSVString(value), USERINFO_SET);
}

// For special and file URLs the host and hostname setters are the
// Standard's. For other URLs node (ada) differs: the port after ':' is set
// first (ignored while the URL has no host), an empty host clears the host
// only if there was one (or the path needs the '//' back), and a host that
// fails to parse restores host and port.
function setHostOfNonSpecial(url, value, hostnameOnly) {
  let input = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '#') break;
    if (c !== '\t' && c !== '\n' && c !== '\r') input += c;
  }
  let end = 0;
  let insideBrackets = false;
  let foundColon = false;
  for (; end < input.length; end++) {
    const c = input[end];
    if (c === '[') insideBrackets = true;
    else if (c === ']') insideBrackets = false;
    else if (c === '/' || c === '?') break;
    else if (c === ':' && !insideBrackets) {
      foundColon = true;
      break;
    }
  }
  const hostView = StringPrototypeSlice(input, 0, end);
  const previousHost = url.host;
  const previousPort = url.port;
  if (foundColon) {
    if (hostnameOnly) return false;
    const rest = StringPrototypeSlice(input, end + 1);
    if (rest !== '') setPort(url, rest);
  } else if (hostView === '' && (hasCredentials(url) || url.port !== null)) {
    return false;
  }
  if (hostView === '') {
    if (url.host !== null || (url.path.length > 1 && url.path[0] === '')) {
      url.host = '';
    }
    return true;
  }
  const host = parseHost(toUSVString(hostView), true);
  if (host === kFailure) {
    url.host = previousHost;
    url.port = previousPort;
    return false;
  }
  url.host = host;
  return true;
}

function setHost(url, value) {
  if (url.opaque) return false;
  if (url.scheme !== 'file' && !isSpecialScheme(url.scheme)) {
    return setHostOfNonSpecial(url, value, false);
  }
  return basicParse(value, null, url, HOST);
}

function setHostname(url, value) {
  if (url.opaque) return false;
  if (url.scheme !== 'file' && !isSpecialScheme(url.scheme)) {
    return setHostOfNonSpecial(url, value, true);
  }
  return basicParse(value, null, url, HOSTNAME);
}

function setPort(url, value) {
  if (cannotHaveCredentialsOrPort(url)) return;
  if (value === '') {
    url.port = null;
  } else {
    basicParse(value, null, url, PORT);
  }
}

function setPathname(url, value) {
  if (url.opaque) return;
  url.path = [];
  basicParse(value, null, url, PATH_START);
}

function setSearch(url, value) {
  if (value === '') {
    url.query = null;
    stripTrailingSpacesFromOpaquePath(url);
    return;
  }
  const input = value[0] === '?' ? StringPrototypeSlice(value, 1) : value;
  url.query = '';
  basicParse(input, null, url, QUERY);
}

function setHash(url, value) {
  if (value === '') {
    url.fragment = null;
    stripTrailingSpacesFromOpaquePath(url);
    return;
  }
  const input = value[0] === '#' ? StringPrototypeSlice(value, 1) : value;
  url.fragment = '';
  basicParse(input, null, url, FRAGMENT);
}

function parseURL(input, base) {
  return basicParse(input, base, undefined, 0);
}

module.exports = {
  kFailure,
  parseURL,
  serializeURL,
  serializePath,
  cloneRecord,
  isSpecialScheme,
  defaultPort,
  setProtocol,
  setUsername,
  setPassword,
  setHost,
  setHostname,
  setPort,
  setPathname,
  setSearch,
  setHash,
};
