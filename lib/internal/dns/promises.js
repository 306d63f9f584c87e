'use strict';

// dns.promises (require('dns/promises')): lookup, lookupService and the
// resolve* methods returning promises, over the same bindings as lib/dns.js.

const {
  ArrayPrototypeMap,
  FunctionPrototypeCall,
  ObjectDefineProperty,
  Promise,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { isIP } = require('internal/net');
const {
  validateBoolean,
  validateNumber,
  validateOneOf,
  validatePort,
  validateString,
} = require('internal/validators');
const {
  bindDefaultResolver,
  binding,
  createResolverClass,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResultOrder,
  orderConstant,
  queryException,
  setDefaultResultOrder,
  setDefaultServers,
  startPerf,
  stopPerf,
  toASCII,
  validDnsOrders,
  validFamilies,
  validateHints,
} = require('internal/dns/utils');

// --- lookup ------------------------------------------------------------------

function onlookup(status, addresses) {
  if (status !== 0) {
    this.reject(queryException(status, 'getaddrinfo', this.hostname));
    return;
  }
  stopPerf(this, { addresses });
  const address = addresses[0];
  this.resolve({ address, family: this.family || isIP(address) });
}

function onlookupall(status, addresses) {
  if (status !== 0) {
    this.reject(queryException(status, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    addresses[i] = { address, family: family || isIP(address) };
  }
  stopPerf(this, { addresses });
  this.resolve(addresses);
}

function createLookupPromise(family, hostname, all, hints, order) {
  return new Promise((resolve, reject) => {
    if (!hostname) {
      emitInvalidHostnameWarning(hostname);
      resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const literalFamily = isIP(hostname);
    if (literalFamily !== 0) {
      const result = { address: hostname, family: literalFamily };
      resolve(all ? [result] : result);
      return;
    }
    const req = new binding.GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.oncomplete = all ? onlookupall : onlookup;
    req.resolve = resolve;
    req.reject = reject;
    const status = binding.getaddrinfo(req, toASCII(hostname), family, hints,
                                       orderConstant(order));
    if (status !== 0) {
      reject(queryException(status, 'getaddrinfo', hostname));
      return;
    }
    startPerf(req, 'lookup', {
      hostname, family, hints, verbatim: order === 'verbatim', order,
    });
  });
}

// lookup(hostname[, options | family]).
function lookup(hostname, options) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = getDefaultResultOrder();

  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      switch (options.family) {
        case 'IPv4':
          family = 4;
          break;
        case 'IPv6':
          family = 6;
          break;
        default:
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', validDnsOrders);
      order = options.order;
    }
  }
  return createLookupPromise(family, hostname, all, hints, order);
}

function onlookupservice(status, hostname, service) {
  if (status !== 0) {
    this.reject(queryException(status, 'getnameinfo', this.hostname));
    return;
  }
  stopPerf(this, { hostname, service });
  this.resolve({ hostname, service });
}

// lookupService(address, port).
function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const req = new binding.GetNameInfoReqWrap();
    req.hostname = address;
    req.port = port;
    req.oncomplete = onlookupservice;
    req.resolve = resolve;
    req.reject = reject;
    const status = binding.getnameinfo(req, address, port);
    if (status !== 0) {
      reject(queryException(status, 'getnameinfo', address));
      return;
    }
    startPerf(req, 'lookupService', { host: address, port });
  });
}

// --- resolve* ----------------------------------------------------------------

function onresolve(status, result, ttls) {
  if (status !== 0) {
    this.reject(queryException(status, this.bindingName, this.hostname));
    return;
  }
  if (this.ttl && ttls !== undefined) {
    result = ArrayPrototypeMap(result, (address, i) =>
      ({ address, ttl: ttls[i] }));
  }
  stopPerf(this, { result });
  this.resolve(result);
}

function makeQuery(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      const req = new binding.QueryReqWrap();
      req.bindingName = bindingName;
      req.hostname = name;
      req.oncomplete = onresolve;
      req.resolve = resolve;
      req.reject = reject;
      req.ttl = ttl;
      const status = this._handle[bindingName](req, toASCII(name));
      if (status !== 0) {
        reject(queryException(status, bindingName, name));
        return;
      }
      startPerf(req, bindingName, { host: name, ttl });
    });
  }
  ObjectDefineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

const { Resolver, resolveMap } = createResolverClass(makeQuery);

// resolve(hostname[, rrtype]).
function resolve(hostname, rrtype) {
  let query;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    query = resolveMap[rrtype];
    if (typeof query !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    }
  } else {
    query = resolveMap.A;
  }
  return FunctionPrototypeCall(query, this, hostname);
}
Resolver.prototype.resolve = resolve;

function setServers(servers) {
  setDefaultServers(servers, Resolver, () =>
    bindDefaultResolver(module.exports, Resolver.prototype));
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);
