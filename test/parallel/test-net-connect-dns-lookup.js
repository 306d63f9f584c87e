'use strict';
// net.connect resolves host names with dns.lookup, read at each connect
// (so a replaced dns.lookup is used), emits 'lookup' (err, address,
// family, host), and reports a failed lookup as the socket's error.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const net = require('net');

const originalLookup = dns.lookup;
const calls = [];
dns.lookup = function(host, options, callback) {
  calls.push({ host, options: { ...options } });
  return originalLookup.call(this, host, options, callback);
};

const server = net.createServer((socket) => socket.end('hi'));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  // listen() looked its host up too.
  assert.deepStrictEqual(calls.splice(0), [{ host: '127.0.0.1', options: {} }]);
  const steps = [
    (next) => {
      const socket = net.connect({ port, host: 'localhost', family: 4 });
      socket.on('lookup', common.mustCall((err, address, family, host) => {
        assert.strictEqual(err, null);
        assert.strictEqual(address, '127.0.0.1');
        assert.strictEqual(family, 4);
        assert.strictEqual(host, 'localhost');
      }));
      socket.setEncoding('utf8');
      socket.on('data', common.mustCall((data) => assert.strictEqual(data, 'hi')));
      socket.on('close', common.mustCall(() => {
        assert.deepStrictEqual(calls.pop(), {
          host: 'localhost', options: { family: 4, hints: 0 },
        });
        next();
      }));
    },
    (next) => {
      // Without a family: all addresses, only of families configured here.
      const socket = net.connect(port, 'localhost');
      socket.on('lookup', common.mustCallAtLeast((err, address, family, host) => {
        assert.strictEqual(err, null);
        assert.strictEqual(host, 'localhost');
      }));
      socket.resume();
      socket.on('close', common.mustCall(() => {
        const { host, options } = calls.pop();
        assert.strictEqual(host, 'localhost');
        assert.strictEqual(options.hints, dns.ADDRCONFIG);
        assert.strictEqual(options.all, true);
        next();
      }));
    },
    (next) => {
      const socket = net.connect({ port, host: 'no-such-host.invalid',
                                   family: 4 });
      let lookupError;
      socket.on('lookup', common.mustCall((err, address, family, host) => {
        assert.ok(err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN');
        assert.strictEqual(err.syscall, 'getaddrinfo');
        assert.strictEqual(host, 'no-such-host.invalid');
        lookupError = err;
      }));
      socket.on('error', common.mustCall((err) => {
        assert.strictEqual(err, lookupError);
        assert.strictEqual(calls.pop().host, 'no-such-host.invalid');
        next();
      }));
    },
    (next) => {
      // options.lookup wins over dns.lookup.
      const socket = net.connect({
        port,
        host: 'made.up.name',
        family: 4,
        lookup: common.mustCall((host, options, callback) => {
          assert.strictEqual(host, 'made.up.name');
          callback(null, '127.0.0.1', 4);
        }),
      });
      socket.resume();
      socket.on('close', common.mustCall(() => {
        assert.strictEqual(calls.length, 0);
        next();
      }));
    },
    (next) => {
      // IP literals are not looked up.
      const socket = net.connect(port, '127.0.0.1');
      socket.on('lookup', common.mustNotCall());
      socket.resume();
      socket.on('close', common.mustCall(() => {
        assert.strictEqual(calls.length, 0);
        next();
      }));
    },
  ];
  common.runInSeries(steps.length, (i, next) => steps[i](next),
                     common.mustCall(() => server.close()));
}));
