'use strict';
// The `url` module: the legacy url.parse()/format()/resolve() API (the
// `Url` object), and re-exports of the WHATWG URL API from internal/url.

const {
  ArrayPrototypeIncludes,
  Boolean,
  Int8Array,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  decodeURIComponent,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_URL,
  },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { encodeStr, hexTable } = require('internal/querystring');
const querystring = require('querystring');
const { toASCII } = require('internal/url/host');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  unsafeProtocol,
  hostlessProtocol,
  slashedProtocol,
  formatWHATWG,
} = require('internal/url');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Reference: RFC 3986, RFC 1808, RFC 2396.
const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path with an optional query and nothing else: the fast path.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
// What must not be left in a hostname after IDNA (a spoofing attempt).
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Chars of `auth` that format() leaves alone: A-Z a-z 0-9 !'()*-._~:
const noEscapeAuth = new Int8Array(128);
for (let c = 48; c <= 57; c++) noEscapeAuth[c] = 1;
for (let c = 65; c <= 90; c++) noEscapeAuth[c] = 1;
for (let c = 97; c <= 122; c++) noEscapeAuth[c] = 1;
noEscapeAuth[0x21] = noEscapeAuth[0x27] = noEscapeAuth[0x28] = 1;
noEscapeAuth[0x29] = noEscapeAuth[0x2A] = noEscapeAuth[0x2D] = 1;
noEscapeAuth[0x2E] = noEscapeAuth[0x5F] = noEscapeAuth[0x7E] = 1;
noEscapeAuth[0x3A] = 1;

// Chars that parse() always escapes after the host (RFC 2396 "delims",
// "unwise" and the quote).
const autoEscapeCodes = {
  __proto__: null,
  0x09: '%09', 0x0A: '%0A', 0x0D: '%0D', 0x20: '%20', 0x22: '%22',
  0x27: '%27', 0x3C: '%3C', 0x3E: '%3E', 0x5C: '%5C', 0x5E: '%5E',
  0x60: '%60', 0x7B: '%7B', 0x7C: '%7C', 0x7D: '%7D',
};

function autoEscapeStr(rest) {
  let out = '';
  let last = 0;
  for (let i = 0; i < rest.length; i++) {
    const escaped = autoEscapeCodes[StringPrototypeCharCodeAt(rest, i)];
    if (escaped === undefined) continue;
    out += StringPrototypeSlice(rest, last, i) + escaped;
    last = i + 1;
  }
  return last === 0 ? rest : out + StringPrototypeSlice(rest, last);
}

let urlParseWarned = false;
let invalidPortWarned = false;

function pendingDeprecation() {
  return ArrayPrototypeIncludes(process.execArgv, '--pending-deprecation') ||
    process.env.NODE_PENDING_DEPRECATION === '1';
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!urlParseWarned && pendingDeprecation()) {
    urlParseWarned = true;
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to ' +
      'errors that have security implications. Use the WHATWG URL API ' +
      'instead. CVEs are not issued for `url.parse()` vulnerabilities.',
      'DeprecationWarning',
      'DEP0169',
    );
  }
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

// node hands the IDNA result back through a C string: it ends at a NUL.
function legacyToASCII(hostname) {
  const ascii = toASCII(hostname);
  const nul = StringPrototypeIndexOf(ascii, '\0');
  return nul === -1 ? ascii : StringPrototypeSlice(ascii, 0, nul);
}

function isIpv6Hostname(hostname) {
  return StringPrototypeCharCodeAt(hostname, 0) === 0x5B &&
    StringPrototypeCharCodeAt(hostname, hostname.length - 1) === 0x5D;
}

// Cuts the hostname at the first '/', '\\', '#', '?' or ':' and moves the
// rest into the path. A ':' there is a malformed port: node warns once.
function cutHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const code = StringPrototypeCharCodeAt(hostname, i);
    if (code !== 0x2F && code !== 0x5C && code !== 0x23 && code !== 0x3F &&
        code !== 0x3A) {
      continue;
    }
    if (!invalidPortWarned && code === 0x3A) {
      invalidPortWarned = true;
      process.emitWarning(
        `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
        'DeprecationWarning',
        'DEP0170',
      );
    }
    self.hostname = StringPrototypeSlice(hostname, 0, i);
    return `/${StringPrototypeSlice(hostname, i)}${rest}`;
  }
  return rest;
}

// Trims whitespace (code < 33, U+00A0, U+FEFF) and turns '\\' into '/'
// before the first '?' or '#'. Returns [rest, hasHash, hasAt].
function prepare(url) {
  let rest = '';
  let start = -1;
  let end = -1;
  let lastPos = 0;
  let hasHash = false;
  let hasAt = false;
  let inWs = false;
  let split = false;
  for (let i = 0; i < url.length; i++) {
    const code = StringPrototypeCharCodeAt(url, i);
    const isWs = code < 33 || code === 0xA0 || code === 0xFEFF;
    if (start === -1) {
      if (isWs) continue;
      lastPos = start = i;
    } else if (inWs) {
      if (!isWs) {
        end = -1;
        inWs = false;
      }
    } else if (isWs) {
      end = i;
      inWs = true;
    }
    if (!split) {
      if (code === 0x40) {
        hasAt = true;
      } else if (code === 0x23 || code === 0x3F) {
        if (code === 0x23) hasHash = true;
        split = true;
      } else if (code === 0x5C) {
        if (i > lastPos) rest += StringPrototypeSlice(url, lastPos, i);
        rest += '/';
        lastPos = i + 1;
      }
    } else if (!hasHash && code === 0x23) {
      hasHash = true;
    }
  }
  if (start !== -1) {
    if (lastPos === start) {
      rest = end === -1 ? StringPrototypeSlice(url, start) :
        StringPrototypeSlice(url, start, end);
    } else if (end === -1 && lastPos < url.length) {
      rest += StringPrototypeSlice(url, lastPos);
    } else if (end !== -1 && lastPos < end) {
      rest += StringPrototypeSlice(url, lastPos, end);
    }
  }
  return [rest, hasHash, hasAt];
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { 0: rest, 1: hasHash, 2: hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simplePath = RegExpPrototypeExec(simplePathPattern, rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ?
          querystring.parse(StringPrototypeSlice(this.search, 1)) :
          StringPrototypeSlice(this.search, 1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = RegExpPrototypeExec(protocolPattern, rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = StringPrototypeToLowerCase(proto);
    this.protocol = lowerProto;
    rest = StringPrototypeSlice(rest, proto.length);
  }

  // user@server is always a host; '//host/path' is one when slashes denote
  // a host (url.resolve's relative side) or after a protocol.
  let slashes;
  if (slashesDenoteHost || proto || RegExpPrototypeExec(hostPattern, rest) !== null) {
    slashes = StringPrototypeCharCodeAt(rest, 0) === 0x2F &&
      StringPrototypeCharCodeAt(rest, 1) === 0x2F;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = StringPrototypeSlice(rest, 2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthorityAndHost(this, rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (code === 0x23) {
      this.hash = StringPrototypeSlice(rest, i);
      hashIdx = i;
      break;
    } else if (code === 0x3F && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    const queryEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = StringPrototypeSlice(rest, questionIdx, queryEnd);
    this.query = StringPrototypeSlice(rest, questionIdx + 1, queryEnd);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const useQuestionIdx =
    questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  const firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = StringPrototypeSlice(rest, 0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }

  this.href = this.format();
  return this;
};

// Splits '[auth@]host[:port]' off `rest` into self.auth, self.host,
// self.hostname and self.port; returns what follows the host.
function parseAuthorityAndHost(self, rest, url) {
  // The host ends at the first '/', '?' or '#'. Before the last '@',
  // anything goes (it is the auth); after it, the first char that cannot
  // be in a host ends the host too.
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    switch (StringPrototypeCharCodeAt(rest, i)) {
      case 0x09: case 0x0A: case 0x0D:
        // Tabs and newlines are dropped, as the WHATWG parser does.
        rest = StringPrototypeSlice(rest, 0, i) + StringPrototypeSlice(rest, i + 1);
        i--;
        break;
      case 0x20: case 0x22: case 0x25: case 0x27: case 0x3B: case 0x3C:
      case 0x3E: case 0x5C: case 0x5E: case 0x60: case 0x7B: case 0x7C:
      case 0x7D:
        if (nonHost === -1) nonHost = i;
        break;
      case 0x23: case 0x2F: case 0x3F:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case 0x40:
        atSign = i;
        nonHost = -1;
        break;
    }
    if (hostEnd !== -1) break;
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(StringPrototypeSlice(rest, 0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = StringPrototypeSlice(rest, start);
    rest = '';
  } else {
    self.host = StringPrototypeSlice(rest, start, nonHost);
    rest = StringPrototypeSlice(rest, nonHost);
  }

  self.parseHost();
  // There is a host, even an empty one.
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6Hostname = isIpv6Hostname(hostname);
  if (!ipv6Hostname) rest = cutHostname(self, rest, hostname, url);

  if (self.hostname.length > hostnameMaxLen) {
    self.hostname = '';
  } else {
    self.hostname = StringPrototypeToLowerCase(self.hostname);
  }

  if (self.hostname !== '') {
    if (ipv6Hostname) {
      if (RegExpPrototypeExec(forbiddenHostCharsIpv6, self.hostname) !== null) {
        throw new ERR_INVALID_URL(url);
      }
    } else {
      // IDNA; an empty or forbidden result can only come from there, and
      // would let the host be spoofed: refuse it.
      self.hostname = legacyToASCII(self.hostname);
      if (self.hostname === '' ||
          RegExpPrototypeExec(forbiddenHostChars, self.hostname) !== null) {
        throw new ERR_INVALID_URL(url);
      }
    }
  }

  const port = self.port ? `:${self.port}` : '';
  self.host = (self.hostname || '') + port;

  // The hostname loses its brackets; the host keeps them.
  if (ipv6Hostname) {
    self.hostname = StringPrototypeSlice(self.hostname, 1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let port = RegExpPrototypeExec(portPattern, host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = StringPrototypeSlice(port, 1);
    host = StringPrototypeSlice(host, 0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWHATWG(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, noEscapeAuth, hexTable)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (StringPrototypeIncludes(this.hostname, ':') &&
                   !isIpv6Hostname(this.hostname) ?
      `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = querystring.stringify(this.query);
  }
  let search = this.search || (query && (`?${query}`)) || '';

  if (protocol && StringPrototypeCharCodeAt(protocol, protocol.length - 1) !== 0x3A) {
    protocol += ':';
  }

  // '#' and '?' inside the pathname are data, not delimiters.
  if (StringPrototypeIncludes(pathname, '#') || StringPrototypeIncludes(pathname, '?')) {
    pathname = RegExpPrototypeSymbolReplace(/[#?]/g, pathname,
                                            (c) => (c === '#' ? '%23' : '%3F'));
  }

  // Only the slashed protocols get '//' (not mailto:, xmpp: ...), unless
  // the URL had them.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && StringPrototypeCharCodeAt(pathname, 0) !== 0x2F) {
        pathname = `/${pathname}`;
      }
      host = `//${host}`;
    } else if (protocol.length >= 4 &&
               StringPrototypeSlice(protocol, 0, 4) === 'file') {
      host = '//';
    }
  }

  search = RegExpPrototypeSymbolReplace(/#/g, search, '%23');
  if (hash && StringPrototypeCharCodeAt(hash, 0) !== 0x23) hash = `#${hash}`;
  if (search && StringPrototypeCharCodeAt(search, 0) !== 0x3F) search = `?${search}`;

  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  // The legacy API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

// resolveObject is long enough to have a file of its own.
Url.prototype.resolveObject = require('internal/url/legacy_resolve')
  .makeResolveObject(Url, urlParse);
