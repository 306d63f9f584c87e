'use strict';

// dns.Resolver: the resolve* methods in callback style over a c-ares
// channel (internal/dns/utils' ResolverBase). Each query is a QueryReqWrap
// whose oncomplete(status, result, ttls) comes from src/cares_channel.cc.

const {
  ArrayPrototypeMap,
  FunctionPrototypeCall,
  ObjectDefineProperty,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const {
  binding,
  createResolverClass,
  queryException,
  startPerf,
  stopPerf,
  toASCII,
} = require('internal/dns/utils');

function onresolve(status, result, ttls) {
  if (status !== 0) {
    this.callback(queryException(status, this.bindingName, this.hostname));
    return;
  }
  if (this.ttl && ttls !== undefined) {
    result = ArrayPrototypeMap(result, (address, i) =>
      ({ address, ttl: ttls[i] }));
  }
  stopPerf(this, { result });
  this.callback(null, result);
}

// resolveX(name[, options], callback) for one binding method.
function makeQuery(bindingName) {
  // (name, callback) or (name, options, callback): length 2, as in node.
  function query(name, callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new binding.QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options && options.ttl);
    const status = this._handle[bindingName](req, toASCII(name));
    if (status !== 0) throw queryException(status, bindingName, name);
    startPerf(req, bindingName, { host: name, ttl: req.ttl });
    return req;
  }
  ObjectDefineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

const { Resolver, resolveMap } = createResolverClass(makeQuery);

// resolve(hostname[, rrtype], callback).
function resolve(hostname, rrtype, callback) {
  let query;
  if (typeof rrtype === 'string') {
    query = resolveMap[rrtype];
  } else if (typeof rrtype === 'function') {
    query = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (typeof query !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  }
  return FunctionPrototypeCall(query, this, hostname, callback);
}
Resolver.prototype.resolve = resolve;

module.exports = { Resolver };
