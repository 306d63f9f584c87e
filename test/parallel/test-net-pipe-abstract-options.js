'use strict';
// An abstract Unix socket (a name starting with '\0') has no file whose
// mode readableAll/writableAll could set: listen() refuses them with
// node's ERR_INVALID_ARG_VALUE; without them it listens and accepts.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const path = `\0nodus-abstract-${process.pid}`;
for (const options of [{ readableAll: true }, { writableAll: true },
                       { readableAll: true, writableAll: true }]) {
  assert.throws(() => net.createServer().listen({ path, ...options }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'options' can not set readableAll or writableAllt to true when path is abstract unix socket\. Received /,
  });
}

const server = net.createServer(common.mustCall((socket) => {
  socket.end('hi');
  server.close();
}));
server.listen({ path }, common.mustCall(() => {
  let data = '';
  net.connect(path).setEncoding('utf8')
    .on('data', (chunk) => { data += chunk; })
    .on('end', common.mustCall(() => assert.strictEqual(data, 'hi')));
}));
