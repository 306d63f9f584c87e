'use strict';
// A listening server keeps the loop alive: 'beforeExit' comes only after it
// is closed, and ref() after unref() makes it count again.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer();
server.unref();
server.ref();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  events.push('listening');
  // Several turns of the loop pass with only the server alive.
  let turns = 0;
  const spin = () => {
    if (++turns < 5) return setImmediate(spin);
    events.push('closing');
    server.close(() => events.push('closed'));
  };
  setImmediate(spin);
}));
process.once('beforeExit', common.mustCall(() => {
  events.push('beforeExit');
  assert.deepStrictEqual(events,
                         ['listening', 'closing', 'closed', 'beforeExit']);
}));
