'use strict';

// SCHED_RR: the primary listens and accepts; each connection is handed to
// the next free worker over IPC (act 'newconn'), which tells whether it
// took it.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  Boolean,
  SafeMap,
} = primordials;

const net = require('net');
const { sendHelper } = require('internal/cluster/utils');
const { constants: TCPConstants } = internalBinding('tcp_wrap');

function RoundRobinHandle(key, address, { port, fd, flags, backlog,
                                          readableAll, writableAll }) {
  this.key = key;
  this.all = new SafeMap();
  this.free = new SafeMap();
  this.handles = [];
  this.handle = null;
  this.server = net.createServer(() => {
    throw new Error('the round-robin server accepts nothing itself');
  });
  if (fd >= 0) {
    this.server.listen({ fd, backlog });
  } else if (port >= 0) {
    this.server.listen({
      port,
      host: address,
      ipv6Only: Boolean(flags & TCPConstants.UV_TCP_IPV6ONLY),
      backlog,
    });
  } else {
    this.server.listen({ path: address, backlog, readableAll, writableAll });
  }
  this.server.once('listening', () => {
    this.handle = this.server._handle;
    this.handle.onconnection = (err, handle) => this.distribute(err, handle);
    this.server._handle = null;
    this.server = null;
  });
}

RoundRobinHandle.prototype.add = function(worker, send) {
  this.all.set(worker.id, worker);
  const done = () => {
    if (this.handle.getsockname) {
      const out = {};
      this.handle.getsockname(out);
      send(null, { sockname: out }, null);
    } else {
      send(null, null, null);  // A Unix socket.
    }
    this.handoff(worker);  // Connections may be waiting.
  };
  if (this.server === null) return done();
  // Still binding.
  this.server.once('listening', done);
  this.server.once('error', (err) => send(err.errno, null));
};

RoundRobinHandle.prototype.remove = function(worker) {
  const existed = this.all.delete(worker.id);
  if (!existed) return false;
  this.free.delete(worker.id);
  if (this.all.size !== 0) return false;
  for (const handle of this.handles) handle.close();
  this.handles = [];
  if (this.handle !== null) {
    this.handle.close();
    this.handle = null;
  }
  return true;
};

RoundRobinHandle.prototype.distribute = function(err, handle) {
  // A failed accept has no handle: skip it.
  if (err) return;
  ArrayPrototypePush(this.handles, handle);
  for (const { 0: workerId, 1: worker } of this.free) {
    this.free.delete(workerId);
    this.handoff(worker);
    break;
  }
};

RoundRobinHandle.prototype.handoff = function(worker) {
  if (!this.all.has(worker.id)) return;  // The worker closed its server.
  const handle = ArrayPrototypeShift(this.handles);
  if (handle === undefined) {
    this.free.set(worker.id, worker);  // Ready for the next one.
    return;
  }
  const message = { act: 'newconn', key: this.key };
  sendHelper(worker.process, message, handle, (reply) => {
    if (reply.accepted) handle.close();
    else this.distribute(0, handle);  // Shutting down: to another worker.
    this.handoff(worker);
  });
};

module.exports = RoundRobinHandle;
