'use strict';
// Happy eyeballs: the addresses of a host are tried in turn; one still
// pending after autoSelectFamilyAttemptTimeout is given up for the next
// ('connectionAttemptTimeout'), one refused is left at once
// ('connectionAttemptFailed'), each start is a 'connectionAttempt', and when
// every one fails the error is an AggregateError of theirs. The pending
// connect is real: a listener (python, which never accepts) whose accept
// queue is full drops further SYNs.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { spawn } = require('child_process');

const kEvents = ['connectionAttempt', 'connectionAttemptFailed',
                 'connectionAttemptTimeout'];

function connectRecording(port, addresses) {
  const events = [];
  const socket = net.connect({
    host: 'several.example', port, autoSelectFamilyAttemptTimeout: 50,
    lookup: common.mustCall((host, options, callback) => {
      assert.strictEqual(host, 'several.example');
      assert.strictEqual(options.all, true);
      callback(null, addresses);
    }),
  });
  for (const name of kEvents) {
    socket.on(name, (address, port_, family, error) => {
      assert.strictEqual(port_, port);
      events.push([name, address, family, error?.code]);
    });
  }
  return { socket, events };
}

const blackhole = spawn('python3', ['-c', `
import socket, sys
s = socket.socket()
s.bind(('127.0.0.2', 0))
s.listen(0)
print(s.getsockname()[1], flush=True)
sys.stdin.read()`], { stdio: ['pipe', 'pipe', 'inherit'] });

blackhole.stdout.once('data', common.mustCall((line) => {
  const port = Number(`${line}`);
  // One connection fills the queue of a backlog of 0; the second waits.
  const fillers = [net.connect(port, '127.0.0.2'),
                   net.connect(port, '127.0.0.2')];
  for (const filler of fillers) filler.on('error', () => {});
  const server = net.createServer((c) => c.end('hello'));
  // Once the first filler is in the queue, the queue is full.
  fillers[0].on('connect', common.mustCall(() => {
    server.listen(port, '127.0.0.1', common.mustCall(listening));
  }));
  function listening() {
    const { socket, events } = connectRecording(port, [
      { address: '127.0.0.2', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ]);
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { data += chunk; });
    socket.on('connect', common.mustCall(() => {
      // The first one's timeout came before the second attempt.
      assert.deepStrictEqual(events, [
        ['connectionAttemptTimeout', '127.0.0.2', 4, undefined],
        ['connectionAttempt', '127.0.0.1', 4, undefined],
      ]);
      assert.deepStrictEqual(socket.autoSelectFamilyAttemptedAddresses,
                             [`127.0.0.2:${port}`, `127.0.0.1:${port}`]);
    }));
    socket.on('close', common.mustCall(() => {
      assert.strictEqual(data, 'hello');
      for (const filler of fillers) filler.destroy();
      blackhole.stdin.end();
      server.close(common.mustCall(allRefused));
    }));
  }
}));

// Nothing listens: each attempt fails, and so does the socket.
function allRefused() {
  const probe = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
    const { port } = probe.address();
    probe.close(common.mustCall(() => {
      const { socket, events } = connectRecording(port, [
        { address: '127.0.0.1', family: 4 },
        { address: '127.0.0.3', family: 4 },
      ]);
      socket.on('connect', common.mustNotCall());
      socket.on('error', common.mustCall((err) => {
        assert.strictEqual(err.name, 'AggregateError');
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.deepStrictEqual(err.errors.map((e) => e.address),
                               ['127.0.0.1', '127.0.0.3']);
        assert.deepStrictEqual(events, [
          ['connectionAttemptFailed', '127.0.0.1', 4, 'ECONNREFUSED'],
          ['connectionAttempt', '127.0.0.3', 4, undefined],
          ['connectionAttemptFailed', '127.0.0.3', 4, 'ECONNREFUSED'],
        ]);
      }));
    }));
  }));
}
