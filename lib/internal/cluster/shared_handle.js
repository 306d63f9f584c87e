'use strict';

// SCHED_NONE: the primary binds one listening handle and sends it to every
// worker; the kernel spreads the connections among them.

const { SafeMap } = primordials;

const net = require('net');

function SharedHandle(key, address, { port, addressType, fd, flags }) {
  this.key = key;
  this.workers = new SafeMap();
  this.handle = null;
  this.errno = 0;
  const rval = net._createServerHandle(address, port, addressType, fd, flags);
  if (typeof rval === 'number') this.errno = rval;
  else this.handle = rval;
}

SharedHandle.prototype.add = function(worker, send) {
  this.workers.set(worker.id, worker);
  send(this.errno, null, this.handle);
};

SharedHandle.prototype.remove = function(worker) {
  if (!this.workers.has(worker.id)) return false;
  this.workers.delete(worker.id);
  if (this.workers.size !== 0) return false;
  if (this.handle !== null) this.handle.close();
  this.handle = null;
  return true;
};

module.exports = SharedHandle;
