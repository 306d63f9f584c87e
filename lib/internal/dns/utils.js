'use strict';

// What the callback and promise halves of dns share: ResolverBase (one
// c-ares channel of src/cares_channel.cc: servers, local address, cancel),
// the default resolver and its binding onto the module objects, the default
// result order of lookup, argument checks, error codes, and how an answer's
// status becomes an error.

const {
  ArrayPrototypeForEach,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  FunctionPrototypeBind,
  NumberParseInt,
  ObjectDefineProperty,
  RegExpPrototypeExec,
  StringPrototypeCharCodeAt,
  Symbol,
} = primordials;

const {
  DNSException,
  constructWithoutFrames,
  codes: {
    ERR_DNS_SET_SERVERS_FAILED,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
  },
} = require('internal/errors');
const { isIP } = require('internal/net');
const {
  validateArray,
  validateInt32,
  validateOneOf,
  validateString,
} = require('internal/validators');

const binding = internalBinding('cares_wrap');

const IANA_DNS_PORT = 53;
// '[v6]' or '[v6]:port' (what follows the bracket is only read for a port,
// as in node).
const bracketedIPv6 = /^\[([^[\]]*)\]/;
const trailingPort = /:(\d+)$/;
// 'address' or 'address:port' (a bare IPv6 address has been tried first).
const addressAndPort = /^(.+?)(?::(\d+))?$/;

// c-ares statuses (ares.h) by number -> node's codes.
const aresCodes = [
  undefined, 'ENODATA', 'EFORMERR', 'ESERVFAIL', 'ENOTFOUND', 'ENOTIMP',
  'EREFUSED', 'EBADQUERY', 'EBADNAME', 'EBADFAMILY', 'EBADRESP',
  'ECONNREFUSED', 'ETIMEOUT', 'EOF', 'EFILE', 'ENOMEM', 'EDESTRUCTION',
  'EBADSTR', 'EBADFLAGS', 'ENONAME', 'EBADHINTS', 'ENOTINITIALIZED',
  'ELOADIPHLPAPI', 'EADDRGETNETWORKPARAMS', 'ECANCELLED',
];

const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

// The error for a query's status: a c-ares status (> 0) has a code string
// and no errno; a libuv errno (< 0) is named as a system error. Its stack
// starts at the caller.
function queryException(status, syscall, hostname) {
  const code = status > 0 ? (aresCodes[status] ?? `${status}`) : status;
  return constructWithoutFrames(DNSException, [code, syscall, hostname],
                                queryException);
}

// Names go to c-ares and getaddrinfo in ASCII: non-ASCII labels become
// punycode; a name that cannot be converted is passed on unchanged.
let hostModule;
function toASCII(name) {
  for (let i = 0; i < name.length; i++) {
    if (StringPrototypeCharCodeAt(name, i) > 0x7f) {
      hostModule ??= require('internal/url/host');
      const ascii = hostModule.toASCII(name);
      return ascii === '' ? name : ascii;
    }
  }
  return name;
}

const validDnsOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const validFamilies = [0, 4, 6];
let dnsOrder;

function getDefaultResultOrder() {
  if (dnsOrder === undefined) {
    const { dnsResultOrder } = internalBinding('options').getOptions();
    if (dnsResultOrder) {
      validateOneOf(dnsResultOrder, '--dns-result-order', validDnsOrders);
      dnsOrder = dnsResultOrder;
    } else {
      dnsOrder = 'verbatim';
    }
  }
  return dnsOrder;
}

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validDnsOrders);
  dnsOrder = value;
}

// The binding's number for an order name.
function orderConstant(order) {
  switch (order) {
    case 'ipv4first': return binding.constants.DNS_ORDER_IPV4_FIRST;
    case 'ipv6first': return binding.constants.DNS_ORDER_IPV6_FIRST;
    default: return binding.constants.DNS_ORDER_VERBATIM;
  }
}

function validateHints(hints) {
  const { AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED } = binding.constants;
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

let invalidHostnameWarned = false;
// DEP0118: a falsy hostname to lookup().
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is ` +
    'supported in the dns module solely for compatibility.',
    'DeprecationWarning', 'DEP0118');
}

// One 'a.b.c.d', 'a.b.c.d:port', 'v6', '[v6]' or '[v6]:port' ->
// [family, address, port], or throws ERR_INVALID_IP_ADDRESS.
function parseServer(server) {
  let family = isIP(server);
  if (family !== 0) return [family, server, IANA_DNS_PORT];
  let match = RegExpPrototypeExec(bracketedIPv6, server);
  if (match !== null) {
    family = isIP(match[1]);
    if (family !== 0) {
      const port = RegExpPrototypeExec(trailingPort, server);
      return [family, match[1],
              (port !== null && NumberParseInt(port[1])) || IANA_DNS_PORT];
    }
  }
  match = RegExpPrototypeExec(addressAndPort, server);
  if (match !== null) {
    family = isIP(match[1]);
    if (family !== 0) {
      return [family, match[1],
              match[2] === undefined ? IANA_DNS_PORT : NumberParseInt(match[2])];
    }
  }
  throw new ERR_INVALID_IP_ADDRESS(server);
}

// A dns.Resolver: one c-ares channel. The query methods are added by
// createResolverClass, as callbacks or as promises.
class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4 } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    this._handle = new binding.ChannelWrap(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    const servers = this._handle.getServers() || [];
    return ArrayPrototypeMap(servers, ({ 0: ip, 1: port }) => {
      if (!port || port === IANA_DNS_PORT) return ip;
      return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const list = [];
    ArrayPrototypeForEach(servers, (server, index) => {
      validateString(server, `servers[${index}]`);
      ArrayPrototypePush(list, parseServer(server));
    });
    const previous = ArrayPrototypeMap(this._handle.getServers() || [],
                                       ({ 0: ip, 1: port }) =>
                                         [isIP(ip), ip, port]);
    const status = this._handle.setServers(list);
    if (status !== 0) {
      // c-ares may have dropped the old list: put it back.
      this._handle.setServers(previous);
      throw new ERR_DNS_SET_SERVERS_FAILED(binding.strerror(status), servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    this._handle.setLocalAddress(ipv4, ipv6);
  }
}

// The resolve* methods, made by `makeQuery(bindingName)` (callback or
// promise style), on a Resolver class of their own; resolveMap maps rrtypes
// to them.
function createResolverClass(makeQuery) {
  const resolveMap = { __proto__: null };
  class Resolver extends ResolverBase {}
  const methods = [
    ['resolveAny', 'ANY', 'queryAny'],
    ['resolve4', 'A', 'queryA'],
    ['resolve6', 'AAAA', 'queryAaaa'],
    ['resolveCaa', 'CAA', 'queryCaa'],
    ['resolveCname', 'CNAME', 'queryCname'],
    ['resolveMx', 'MX', 'queryMx'],
    ['resolveNs', 'NS', 'queryNs'],
    ['resolveTxt', 'TXT', 'queryTxt'],
    ['resolveSrv', 'SRV', 'querySrv'],
    ['resolvePtr', 'PTR', 'queryPtr'],
    ['resolveNaptr', 'NAPTR', 'queryNaptr'],
    ['resolveSoa', 'SOA', 'querySoa'],
  ];
  for (let i = 0; i < methods.length; i++) {
    const { 0: method, 1: rrtype, 2: bindingName } = methods[i];
    Resolver.prototype[method] = resolveMap[rrtype] = makeQuery(bindingName);
  }
  Resolver.prototype.reverse = makeQuery('getHostByAddr');
  return { Resolver, resolveMap };
}

// What the module objects expose of their default resolver, bound to it.
const resolverKeys = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr',
  'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse',
];

let defaultResolver;
function getDefaultResolver() {
  defaultResolver ??= new ResolverBase();
  return defaultResolver;
}

function setDefaultResolver(resolver) {
  defaultResolver = resolver;
}

function bindDefaultResolver(target, prototype) {
  const resolver = getDefaultResolver();
  for (let i = 0; i < resolverKeys.length; i++) {
    const key = resolverKeys[i];
    target[key] = FunctionPrototypeBind(prototype[key], resolver);
  }
}

// dns.setServers / dnsPromises.setServers: a new default channel with the
// new servers (the old one may have queries in flight), then every bound
// method of both module objects moves to it.
function setDefaultServers(servers, ResolverClass, rebind) {
  const resolver = new ResolverClass();
  resolver.setServers(servers);
  setDefaultResolver(resolver);
  rebind();
}

// perf_hooks 'dns' entries: a request remembers its start and details when
// an observer wants them; a successful completion adds the result.
const kPerfContext = Symbol('kPerfContext');
let perfObserve;
function startPerf(req, name, detail) {
  perfObserve ??= require('internal/perf/observe');
  perfObserve.startPerf(req, kPerfContext, 'dns', name, detail);
}

function stopPerf(req, result) {
  if (req[kPerfContext] !== undefined) {
    perfObserve.stopPerf(req, kPerfContext, result);
  }
}

function defineCustomPromisifyArgs(fn, names) {
  const { customPromisifyArgs } = require('internal/util');
  ObjectDefineProperty(fn, customPromisifyArgs, {
    __proto__: null, value: names, enumerable: false,
  });
}

module.exports = {
  ResolverBase,
  bindDefaultResolver,
  binding,
  createResolverClass,
  defineCustomPromisifyArgs,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResolver,
  getDefaultResultOrder,
  orderConstant,
  queryException,
  setDefaultResolver,
  setDefaultResultOrder,
  setDefaultServers,
  startPerf,
  stopPerf,
  toASCII,
  validDnsOrders,
  validFamilies,
  validateHints,
};
