'use strict';

// dns: lookup/lookupService through the system resolver (getaddrinfo and
// getnameinfo on libuv's thread pool, src/cares_wrap.cc), and resolve*,
// reverse and Resolver through c-ares (internal/dns/callback_resolver).
// dns.promises is internal/dns/promises.

const {
  ObjectDefineProperties,
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
  validateFunction,
  validateNumber,
  validateOneOf,
  validatePort,
  validateString,
} = require('internal/validators');
const {
  bindDefaultResolver,
  binding,
  defineCustomPromisifyArgs,
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
const { Resolver } = require('internal/dns/callback_resolver');

function onlookup(status, addresses) {
  if (status !== 0) {
    this.callback(queryException(status, 'getaddrinfo', this.hostname));
    return;
  }
  stopPerf(this, { addresses });
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(status, addresses) {
  if (status !== 0) {
    this.callback(queryException(status, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    addresses[i] = { address, family: family || isIP(address) };
  }
  stopPerf(this, { addresses });
  this.callback(null, addresses);
}

// lookup(hostname[, options | family], callback).
function lookup(hostname, options, callback) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = getDefaultResultOrder();

  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
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

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) {
      process.nextTick(callback, null, []);
    } else {
      process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    }
    return {};
  }

  const literalFamily = isIP(hostname);
  if (literalFamily) {
    if (all) {
      process.nextTick(callback, null,
                       [{ address: hostname, family: literalFamily }]);
    } else {
      process.nextTick(callback, null, hostname, literalFamily);
    }
    return {};
  }

  const req = new binding.GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const status = binding.getaddrinfo(req, toASCII(hostname), family, hints,
                                     orderConstant(order));
  if (status !== 0) {
    process.nextTick(callback,
                     queryException(status, 'getaddrinfo', hostname));
    return {};
  }
  startPerf(req, 'lookup', {
    hostname, family, hints, verbatim: order === 'verbatim', order,
  });
  return req;
}
defineCustomPromisifyArgs(lookup, ['address', 'family']);

function onlookupservice(status, hostname, service) {
  if (status !== 0) {
    this.callback(queryException(status, 'getnameinfo', this.hostname));
    return;
  }
  stopPerf(this, { hostname, service });
  this.callback(null, hostname, service);
}

// lookupService(address, port, callback).
function lookupService(address, port, callback) {
  if (arguments.length !== 3) {
    throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  }
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new binding.GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const status = binding.getnameinfo(req, address, port);
  if (status !== 0) throw queryException(status, 'getnameinfo', address);
  startPerf(req, 'lookupService', { host: address, port });
  return req;
}
defineCustomPromisifyArgs(lookupService, ['hostname', 'service']);

let promises = null;

function rebindDefaultResolver() {
  bindDefaultResolver(module.exports, Resolver.prototype);
  if (promises !== null) {
    bindDefaultResolver(promises, promises.Resolver.prototype);
  }
}

function setServers(servers) {
  setDefaultServers(servers, Resolver, rebindDefaultResolver);
}

module.exports = {
  lookup,
  lookupService,

  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,

  // getaddrinfo flags
  ADDRCONFIG: binding.constants.AI_ADDRCONFIG,
  ALL: binding.constants.AI_ALL,
  V4MAPPED: binding.constants.AI_V4MAPPED,

  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);

ObjectDefineProperties(module.exports, {
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (promises === null) promises = require('internal/dns/promises');
      return promises;
    },
  },
});
