'use strict';
// destroy(err) emits 'error' with that error and then 'close' with
// hadError = true; a plain destroy() emits only 'close' (false); the other
// end sees its connection end.
const common = require('../common');
const assert = require('assert');
const net = require('net');

let serverSide = 0;
const server = net.createServer((socket) => {
  socket.resume();
  socket.on('close', common.mustCall(() => {
    if (++serverSide === 2) server.close();
  }));
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const events = [];
  const a = net.connect(port, '127.0.0.1', common.mustCall(() => {
    a.destroy(new Error('boom'));
    assert.strictEqual(a.destroyed, true);
  }));
  a.on('error', common.mustCall((err) => {
    events.push(`error:${err.message}`);
  }));
  a.on('close', common.mustCall((hadError) => {
    events.push(`close:${hadError}`);
    assert.deepStrictEqual(events, ['error:boom', 'close:true']);
  }));
  const b = net.connect(port, '127.0.0.1', common.mustCall(() => b.destroy()));
  b.on('error', common.mustNotCall());
  b.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
  }));
}));
