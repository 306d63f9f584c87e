'use strict';
// Bad arguments to connect() and listen() throw node's coded errors before
// anything starts.
const common = require('../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect(-1), {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError',
  message: 'Port should be >= 0 and < 65536. Received type number (-1).',
});
assert.throws(() => net.connect(65536), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.port" property must be one of type number or ' +
    'string. Received an instance of Object',
});
assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }), {
  code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: nope',
});
assert.throws(() => net.connect({ path: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.createServer().listen({}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'options' must have the property \"port\" or " +
    '"path". Received {}',
});
assert.throws(() => net.createServer().listen(-1), {
  code: 'ERR_SOCKET_BAD_PORT',
});
assert.throws(() => net.createServer(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new net.Socket({ objectMode: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
});

const server = net.createServer().listen(0);
assert.throws(() => server.listen(0), {
  code: 'ERR_SERVER_ALREADY_LISTEN',
  message: 'Listen method has been called more than once without closing.',
});
server.close(common.mustCall());
net.createServer().close(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
}));
