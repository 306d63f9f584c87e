'use strict';
// node's built-in channels: child_process, worker_threads,
// net.client.socket, net.server.socket and the net.server.listen tracing
// channel (asyncStart with listen()'s options, then asyncEnd, or error
// published within the failing listen() call).
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');
const net = require('net');
const { ChildProcess, spawn } = require('child_process');
const { Worker } = require('worker_threads');

const seen = [];
dc.subscribe('child_process', common.mustCall(({ process }) => {
  assert.ok(process instanceof ChildProcess);
}));
spawn(process.execPath, ['-e', '0']);

dc.subscribe('worker_threads', common.mustCall(({ worker }) => {
  assert.ok(worker instanceof Worker);
  seen.push('channel');
}));
process.on('worker', common.mustCall(() => seen.push('event')));
new Worker('', { eval: true });
seen.push('constructed');
process.nextTick(common.mustCall(() => {
  // The 'worker' event comes on the next tick, after the channel.
  assert.deepStrictEqual(seen, ['channel', 'constructed', 'event']);
}));

assert.throws(() => dc.tracingChannel(0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "nameOrChannels" argument must be of type string or an instance of TracingChannel or Object\. Received type number \(0\)$/,
});

const listen = dc.tracingChannel('net.server.listen');
const events = [];
const subscribers = {
  asyncStart: ({ server, options }) => events.push(['start', server, options]),
  asyncEnd: ({ server }) => events.push(['end', server]),
  error: ({ server, error }) => events.push(['error', server, error.code]),
};
listen.subscribe(subscribers);
dc.subscribe('net.server.socket', common.mustCall(({ socket }) => {
  assert.ok(socket instanceof net.Socket);
}));
dc.subscribe('net.client.socket', common.mustCall(({ socket }) => {
  assert.ok(socket instanceof net.Socket);
}));

const server = net.createServer(common.mustCall((socket) => {
  socket.destroy();
  const second = net.createServer(common.mustNotCall());
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    server.close();
  }));
  events.length = 0;
  second.listen({ port: server.address().port, extra: 2 });
  // Published within listen() itself.
  assert.deepStrictEqual(events.map((e) => e[0]), ['start', 'error']);
  assert.strictEqual(events[0][1], second);
  assert.strictEqual(events[0][2].extra, 2);
  assert.strictEqual(events[1][2], 'EADDRINUSE');
  listen.unsubscribe(subscribers);
}));
server.listen({ port: 0, extra: 1 }, common.mustCall(() => {
  assert.deepStrictEqual(events.map((e) => e[0]), ['start', 'end']);
  assert.strictEqual(events[0][1], server);
  assert.strictEqual(events[0][2].extra, 1);
  net.connect(server.address().port);
}));
