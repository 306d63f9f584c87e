'use strict';
// The WHATWG URL class and the helpers around it: file URL <-> path,
// urlToHttpOptions, domainToASCII/Unicode, object URLs. The parser itself
// lives in internal/url/parser (hosts in internal/url/host), and
// URLSearchParams in internal/url/search_params.

const {
  Boolean,
  Number,
  ObjectDefineProperties,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  RegExpPrototypeSymbolReplace,
  SafeMap,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  decodeURIComponent,
  ErrorCaptureStackTrace,
  TypeError,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { encodeStr } = require('internal/querystring');
const parser = require('internal/url/parser');
const { toUSVString } = require('internal/url/encoding');
const { domainToUnicodeInternal } = require('internal/url/host');
const {
  URLSearchParams,
  serializeParams,
  getSearchParamsList,
  replaceSearchParamsList,
  attachSearchParamsToURL,
} = require('internal/url/search_params');
const pathModule = require('path');

const { kFailure, serializeURL, serializePath } = parser;

const kInspectCustom = SymbolFor('nodejs.util.inspect.custom');
const kParseURLSymbol = Symbol('kParseURL');
const contextForInspect = Symbol('context');
const isWindows = process.platform === 'win32';

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

// ada's scheme types, shown by util.inspect(url, { showHidden: true }).
const kSchemeTypes = {
  __proto__: null, 'http': 0, 'https': 2, 'ws': 3, 'ftp': 4, 'wss': 5, 'file': 6,
};
const kOmitted = 4294967295;

// What node's URL keeps internally (ada's component offsets into href);
// built only for util.inspect with showHidden.
class URLContext {
  constructor(record) {
    const href = serializeURL(record);
    this.href = href;
    this.protocol_end = record.scheme.length + 1;
    if (record.host !== null) {
      this.username_end = this.protocol_end + 2 + record.username.length;
      this.host_start = this.username_end;
      if (record.username !== '' || record.password !== '') {
        if (record.password !== '') this.host_start += 1 + record.password.length;
        this.host_end = this.host_start + 1 + record.host.length;
      } else {
        this.host_end = this.host_start + record.host.length;
      }
    } else {
      this.username_end = this.protocol_end;
      this.host_start = this.protocol_end;
      this.host_end = this.protocol_end;
    }
    this.pathname_start = this.host_end +
      (record.port !== null ? 1 + `${record.port}`.length : 0) +
      (record.host === null && !record.opaque && record.path.length > 1 &&
       record.path[0] === '' ? 2 : 0);
    let at = this.pathname_start + serializePath(record).length;
    this.search_start = record.query !== null ? at : kOmitted;
    if (record.query !== null) at += 1 + record.query.length;
    this.hash_start = record.fragment !== null ? at : kOmitted;
    this.port = record.port !== null ? record.port : kOmitted;
    this.scheme_type = kSchemeTypes[record.scheme] ?? 1;
    const context = this;
    ObjectDefineProperties(this, {
      hasPort: { __proto__: null, get() { return context.port !== kOmitted; } },
      hasSearch: { __proto__: null, get() { return context.search_start !== kOmitted; } },
      hasHash: { __proto__: null, get() { return context.hash_start !== kOmitted; } },
    });
  }
}

// The nearest `constructor` on the prototype chain (a subclass's name).
function getConstructorOf(obj) {
  while (obj) {
    const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '') {
      return desc.value;
    }
    obj = ObjectGetPrototypeOf(obj);
  }
  return null;
}

let onSearchParamsChange;
let getRecord;

// The WHATWG parser's failure, as node's C++ throws it: a TypeError whose
// header has no [code], with `code`, `input` and `base` properties.
function invalidURL(input, base) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  if (base !== undefined) error.base = base;
  ErrorCaptureStackTrace(error, invalidURL);
  return error;
}

class URL {
  // The URL record (see internal/url/parser).
  #context;
  #searchParams;

  static {
    getRecord = (url) => url.#context;
    onSearchParamsChange = (url) => {
      const record = url.#context;
      const query = serializeParams(getSearchParamsList(url.#searchParams));
      record.query = query === '' ? null : query;
      if (record.query === null) parser.setSearch(record, '');
    };
  }

  constructor(input, base = undefined, parseSymbol = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    let record = kFailure;
    let baseRecord = null;
    if (base !== undefined) baseRecord = parser.parseURL(base, null);
    if (base === undefined || baseRecord !== kFailure) {
      record = parser.parseURL(input, baseRecord);
    }
    if (record === kFailure) {
      if (parseSymbol !== kParseURLSymbol) throw invalidURL(input, base);
      record = null;
    }
    this.#context = record;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const url = new URL(input, base, kParseURLSymbol);
    return url.#context === null ? null : url;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = parser.parseURL(`${base}`, null);
      if (baseRecord === kFailure) return false;
    }
    return parser.parseURL(url, baseRecord) !== kFailure;
  }

  [kInspectCustom](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) obj[contextForInspect] = new URLContext(this.#context);
    return `${constructor.name} ${lazyInspect().inspect(obj, opts)}`;
  }

  // node reads href, search and the string forms through a private method
  // (its brand check is what a wrong receiver trips over); updates from
  // searchParams are applied eagerly here, so there is nothing to sync.
  #ensureSearchParamsUpdated() {
    return this.#context;
  }

  // After href or search changed the query, searchParams follows it.
  #queryChanged() {
    if (this.#searchParams !== undefined) {
      replaceSearchParamsList(this.#searchParams, this.#context.query ?? '');
    }
  }

  toString() {
    return serializeURL(this.#ensureSearchParamsUpdated());
  }

  get href() {
    return serializeURL(this.#ensureSearchParamsUpdated());
  }

  set href(value) {
    value = `${value}`;
    this.#context; // eslint-disable-line no-unused-expressions
    const record = parser.parseURL(value, null);
    if (record === kFailure) throw invalidURL(value);
    this.#context = record;
    this.#queryChanged();
  }

  get origin() {
    const record = this.#context;
    const scheme = record.scheme;
    if (scheme === 'file') return 'null';
    if (parser.isSpecialScheme(scheme)) {
      return `${scheme}://${hostWithPort(record)}`;
    }
    if (scheme === 'blob') {
      const inner = parser.parseURL(serializePath(record), null);
      if (inner !== kFailure &&
          (inner.scheme === 'http' || inner.scheme === 'https')) {
        return `${inner.scheme}://${hostWithPort(inner)}`;
      }
    }
    return 'null';
  }

  get protocol() {
    return `${this.#context.scheme}:`;
  }

  set protocol(value) {
    parser.setProtocol(this.#context, `${value}`);
  }

  get username() {
    return this.#context.username;
  }

  set username(value) {
    parser.setUsername(this.#context, `${value}`);
  }

  get password() {
    return this.#context.password;
  }

  set password(value) {
    parser.setPassword(this.#context, `${value}`);
  }

  get host() {
    return hostWithPort(this.#context);
  }

  set host(value) {
    parser.setHost(this.#context, `${value}`);
  }

  get hostname() {
    return this.#context.host ?? '';
  }

  set hostname(value) {
    parser.setHostname(this.#context, `${value}`);
  }

  get port() {
    const port = this.#context.port;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    parser.setPort(this.#context, `${value}`);
  }

  get pathname() {
    return serializePath(this.#context);
  }

  set pathname(value) {
    parser.setPathname(this.#context, `${value}`);
  }

  get search() {
    const query = this.#ensureSearchParamsUpdated().query;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    parser.setSearch(this.#context, toUSVString(`${value}`));
    this.#queryChanged();
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      // The query as it is: a '?' it starts with is data, not a prefix.
      this.#searchParams = new URLSearchParams();
      replaceSearchParamsList(this.#searchParams, this.#context.query ?? '');
      attachSearchParamsToURL(this.#searchParams, this, onSearchParamsChange);
    }
    return this.#searchParams;
  }

  get hash() {
    const fragment = this.#context.fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    parser.setHash(this.#context, `${value}`);
  }

  toJSON() {
    return serializeURL(this.#ensureSearchParamsUpdated());
  }
}

// node's host getter: '' for an empty host even when a port follows it
// ('sc://:99/').
function hostWithPort(record) {
  if (record.host === null || record.host === '') return '';
  return record.port === null ? record.host : `${record.host}:${record.port}`;
}

const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(URL.prototype, {
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'URL' },
  toString: kEnumerable,
  href: kEnumerable,
  origin: kEnumerable,
  protocol: kEnumerable,
  username: kEnumerable,
  password: kEnumerable,
  host: kEnumerable,
  hostname: kEnumerable,
  port: kEnumerable,
  pathname: kEnumerable,
  search: kEnumerable,
  searchParams: kEnumerable,
  hash: kEnumerable,
  toJSON: kEnumerable,
});
ObjectDefineProperties(URL, {
  parse: kEnumerable,
  canParse: kEnumerable,
});

// url.format(urlObject, options) for a WHATWG URL.
function formatWHATWG(url, fragment, unicode, search, auth) {
  const record = parser.cloneRecord(getRecord(url));
  if (!fragment) record.fragment = null;
  if (unicode && record.host !== null) {
    record.host = domainToUnicodeInternal(record.host);
  }
  if (!search) record.query = null;
  if (!auth) record.username = record.password = '';
  return serializeURL(record);
}

// --- object URLs (blob:nodedata:<uuid>) ------------------------------------

const objectURLs = new SafeMap();

function createObjectURL(obj) {
  const { Blob } = require('buffer');
  if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  }
  const id = require('crypto').randomUUID();
  objectURLs.set(id, obj);
  return `blob:nodedata:${id}`;
}

function objectURLId(url) {
  const record = parser.parseURL(`${url}`, null);
  if (record === kFailure || record.scheme !== 'blob') return undefined;
  const path = serializePath(record);
  if (!StringPrototypeStartsWith(path, 'nodedata:')) return undefined;
  return StringPrototypeSlice(path, 9);
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  const id = objectURLId(url);
  if (id !== undefined) objectURLs.delete(id);
}

// The Blob behind an object URL, for buffer.resolveObjectURL.
function resolveObjectURL(url) {
  const id = objectURLId(url);
  return id === undefined ? undefined : objectURLs.get(id);
}

ObjectDefineProperties(URL, {
  createObjectURL: {
    __proto__: null, configurable: true, writable: true, enumerable: true,
    value: createObjectURL,
  },
  revokeObjectURL: {
    __proto__: null, configurable: true, writable: true, enumerable: true,
    value: revokeObjectURL,
  },
});

// --- domains -----------------------------------------------------------------

// node answers these with the hostname setter of a 'ws://x' URL.
function hostnameOf(domain) {
  const record = parser.parseURL('ws://x', null);
  if (!parser.setHostname(record, domain)) return '';
  return record.host;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return hostnameOf(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return domainToUnicodeInternal(hostnameOf(`${domain}`));
}

// --- file URLs -----------------------------------------------------------------

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

// Whether pathname holds '%2F'/'%2f' (or, on Windows, '%5C'/'%5c').
function hasEncodedSeparator(pathname, windows) {
  for (let i = 0; i + 2 < pathname.length + 1; i++) {
    if (pathname[i] !== '%') continue;
    const third = (StringPrototypeCodePointAt(pathname, i + 2) | 0x20);
    if (pathname[i + 1] === '2' && third === 102) return true;
    if (windows && pathname[i + 1] === '5' && third === 99) return true;
  }
  return false;
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncodedSeparator(pathname, false)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncodedSeparator(pathname, true)) {
    throw new ERR_INVALID_FILE_URL_PATH(
      'must not include encoded \\ or / characters');
  }
  pathname = RegExpPrototypeSymbolReplace(/\//g, pathname, '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') {
    // A UNC path; an 'xn--' host is shown in Unicode.
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = StringPrototypeCodePointAt(pathname, 1) | 0x20;
  if (letter < 0x61 || letter > 0x7A || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return StringPrototypeSlice(pathname, 1);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows;
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return (windows ?? isWindows) ? getPathFromURLWin32(path) :
    getPathFromURLPosix(path);
}

// Chars of a path that the URL parser would not keep as path data: '%'
// (which would start an escape), '\\' (a separator in file URLs, except on
// Windows where it is one), newline, CR and tab (which the parser drops),
// '?' and '#' (which would start the query and fragment), and, as node 20
// does, '[', ']', '^', '|' and '~'.
function encodePathChars(filepath, windows) {
  let out = '';
  let last = 0;
  for (let i = 0; i < filepath.length; i++) {
    let encoded;
    switch (StringPrototypeCharCodeAt(filepath, i)) {
      case 0x25: encoded = '%25'; break;
      case 0x5C: if (!windows) encoded = '%5C'; break;
      case 0x0A: encoded = '%0A'; break;
      case 0x0D: encoded = '%0D'; break;
      case 0x09: encoded = '%09'; break;
      case 0x3F: encoded = '%3F'; break;
      case 0x23: encoded = '%23'; break;
      case 0x5B: encoded = '%5B'; break;
      case 0x5D: encoded = '%5D'; break;
      case 0x5E: encoded = '%5E'; break;
      case 0x7C: encoded = '%7C'; break;
      case 0x7E: encoded = '%7E'; break;
    }
    if (encoded === undefined) continue;
    out += StringPrototypeSlice(filepath, last, i) + encoded;
    last = i + 1;
  }
  return last === 0 ? filepath : out + StringPrototypeSlice(filepath, last);
}

function pathToFileURL(filepath, options = undefined) {
  validateString(filepath, 'path');
  const windows = options?.windows ?? isWindows;
  if (windows && StringPrototypeStartsWith(filepath, '\\\\')) {
    // UNC: \\server\share\resource, or \\?\UNC\server\share\resource.
    const outURL = new URL('file://');
    const extended = StringPrototypeStartsWith(filepath, '\\\\?\\UNC\\');
    const prefixLength = extended ? 8 : 2;
    const hostnameEnd = StringPrototypeIndexOf(filepath, '\\', prefixLength);
    if (hostnameEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath,
                                      'Missing UNC resource path');
    }
    if (hostnameEnd === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    const hostname = StringPrototypeSlice(filepath, prefixLength, hostnameEnd);
    outURL.hostname = domainToASCII(hostname);
    outURL.pathname = encodePathChars(
      RegExpPrototypeSymbolReplace(/\\/g,
                                   StringPrototypeSlice(filepath, hostnameEnd),
                                   '/'),
      windows);
    return outURL;
  }
  let resolved = windows ? pathModule.win32.resolve(filepath) :
    pathModule.posix.resolve(filepath);
  // resolve() drops a trailing separator; a directory URL keeps it.
  const last = StringPrototypeCharCodeAt(filepath, filepath.length - 1);
  if ((last === 0x2F || (windows && last === 0x5C)) &&
      resolved[resolved.length - 1] !== pathModule.sep) {
    resolved += '/';
  }
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// --- http -----------------------------------------------------------------------

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // own properties a caller may have added
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ?
      StringPrototypeSlice(hostname, 1, -1) : hostname,
    hash: url.hash,
    search: search,
    pathname: pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth =
      `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// Protocols the legacy url module treats specially.
const unsafeProtocol = new SafeSet(['javascript', 'javascript:']);
const hostlessProtocol = new SafeSet(['javascript', 'javascript:']);
const slashedProtocol = new SafeSet([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
]);


module.exports = {
  URL,
  URLSearchParams,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  domainToASCII,
  domainToUnicode,
  urlToHttpOptions,
  encodeStr,
  isURL,
  formatWHATWG,
  resolveObjectURL,
  unsafeProtocol,
  hostlessProtocol,
  slashedProtocol,
};
