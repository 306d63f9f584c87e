'use strict';
// socket.setTimeout: an idle socket gets 'timeout' (and stays open until
// destroyed); setTimeout(0) removes the timer and the given listener;
// bad values throw node's errors.
const common = require('../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => new net.Socket().setTimeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "msecs" is out of range. It must be a non-negative ' +
    'finite number. Received -1',
});
assert.throws(() => new net.Socket().setTimeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => new net.Socket().setTimeout(1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
});

const server = net.createServer(common.mustCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const unused = common.mustNotCall();
  client.setTimeout(10, unused);
  client.setTimeout(0, unused);
  assert.strictEqual(client.listenerCount('timeout'), 0);
  client.setTimeout(20, common.mustCall(() => {
    assert.strictEqual(client.timeout, 20);
    assert.strictEqual(client.destroyed, false);
    client.destroy();
    server.close();
  }));
}));
