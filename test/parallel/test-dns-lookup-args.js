'use strict';
// Bad arguments to lookup, lookupService and resolve* throw node's coded
// errors before anything starts (callback and promise forms alike).
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const dnsPromises = dns.promises;

const cb = common.mustNotCall();
const throwsBoth = (args, error) => {
  assert.throws(() => dns.lookup(...args, cb), error);
  assert.throws(() => dnsPromises.lookup(...args), error);
};

// hostname
for (const hostname of [1, {}, [], true, () => {}]) {
  throwsBoth([hostname], {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "hostname" argument must be of type string\. Received/,
  });
}
// callback
assert.throws(() => dns.lookup('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => dns.lookup('x', 4), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup(false, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup(false, 'options', 'cb'),
              { code: 'ERR_INVALID_ARG_TYPE' });
// options of the wrong type
assert.throws(() => dns.lookup('x', '4', cb), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object or integer. ' +
    "Received type string ('4')",
});
for (const family of [0n, '', '0', Symbol(), true]) {
  throwsBoth([false, family], { code: 'ERR_INVALID_ARG_TYPE' });
}
// family
assert.throws(() => dns.lookup('x', 5, cb), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'family' must be one of: 0, 4, 6. Received 5",
});
throwsBoth(['x', { family: 20 }], {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' must be one of: 0, 4, 6. Received 20",
});
for (const family of [1, 0n, '', '0', 'IPv5', Symbol(), true, {}, []]) {
  throwsBoth([false, { family }], { code: 'ERR_INVALID_ARG_VALUE' });
}
// hints
throwsBoth(['x', { hints: 100 }], {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'hints' is invalid. Received 100",
});
throwsBoth(['x', { hints: (dns.V4MAPPED | dns.ADDRCONFIG | dns.ALL) + 1 }],
           { code: 'ERR_INVALID_ARG_VALUE' });
for (const hints of [0n, '', '0', Symbol(), true, {}, []]) {
  throwsBoth(['x', { hints }], { code: 'ERR_INVALID_ARG_TYPE' });
}
// all, verbatim, order
for (const value of [0, 1, 0n, '', 'true', Symbol(), {}, []]) {
  throwsBoth(['x', { all: value }], { code: 'ERR_INVALID_ARG_TYPE' });
  throwsBoth(['x', { verbatim: value }], { code: 'ERR_INVALID_ARG_TYPE' });
  throwsBoth(['x', { order: value }], { code: 'ERR_INVALID_ARG_VALUE' });
}
throwsBoth(['x', { order: 'random' }], {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.order' must be one of: 'verbatim', " +
    "'ipv4first', 'ipv6first'. Received 'random'",
});
// Valid combinations are accepted.
dns.lookup('', { hints: dns.ADDRCONFIG | dns.V4MAPPED | dns.ALL,
                 family: 'IPv6' }, common.mustCall());
dns.lookup('127.0.0.1', { family: 'IPv4', order: 'ipv6first',
                          verbatim: false }, common.mustCall());

// lookupService
assert.throws(() => dns.lookupService('0.0.0.0'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address", "port", and "callback" arguments must be specified',
});
assert.throws(() => dnsPromises.lookupService('0.0.0.0'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address" and "port" arguments must be specified',
});
for (const address of ['fasdfdsaf', 1, null]) {
  assert.throws(() => dns.lookupService(address, 0, cb), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
  });
  assert.throws(() => dnsPromises.lookupService(address, 0),
                { code: 'ERR_INVALID_ARG_VALUE' });
}
for (const port of [null, undefined, 65538, -1, 'test', NaN, Infinity,
                    Symbol(), 0n, true, false, '', () => {}, {}]) {
  assert.throws(() => dns.lookupService('0.0.0.0', port, cb), {
    code: 'ERR_SOCKET_BAD_PORT',
    name: 'RangeError',
  });
  assert.throws(() => dnsPromises.lookupService('0.0.0.0', port),
                { code: 'ERR_SOCKET_BAD_PORT' });
}
assert.throws(() => dns.lookupService('0.0.0.0', 80, null), {
  code: 'ERR_INVALID_ARG_TYPE',
});

// resolve*
assert.throws(() => dns.resolve4(1, cb), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. Received type number (1)',
});
assert.throws(() => dns.resolveMx('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => dns.resolve4('x', { ttl: true }, 3), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. ' +
    'Received type number (3)',
});
assert.throws(() => dns.resolve('x', 'Q', cb), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'rrtype' is invalid. Received 'Q'",
});
for (const rrtype of ['constructor', '__proto__', 'toString']) {
  assert.throws(() => dns.resolve('x', rrtype, cb),
                { code: 'ERR_INVALID_ARG_VALUE' });
}
assert.throws(() => dns.resolve('x', [], cb), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "rrtype" argument must be of type string. Received an ' +
    'instance of Array',
});
assert.throws(() => dns.resolve('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "rrtype" argument must be of type string. Received undefined',
});

// Resolver options
for (const ctor of [dns.Resolver, dnsPromises.Resolver]) {
  for (const timeout of [null, true, false, '', '2']) {
    assert.throws(() => new ctor({ timeout }), {
      code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    });
  }
  for (const timeout of [-2, 4.2, 2 ** 31]) {
    assert.throws(() => new ctor({ timeout }), {
      code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    });
  }
  for (const tries of [0, -1, 1.5, 2 ** 31]) {
    assert.throws(() => new ctor({ tries }), { code: 'ERR_OUT_OF_RANGE' });
  }
  assert.throws(() => new ctor({ tries: '1' }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  for (const timeout of [-1, 0, 1]) new ctor({ timeout });
  new ctor(null);
  new ctor(1);
  assert.throws(() => ctor(), TypeError);
}
