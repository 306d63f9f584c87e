'use strict';

// cluster in a worker: announces itself to the primary, asks it for the
// servers it listens on (a shared handle, or a stand-in handle fed with
// connections round-robin), and disconnects on request.

const {
  ArrayPrototypeJoin,
  FunctionPrototype,
  ObjectAssign,
  ReflectApply,
  SafeMap,
  SafeSet,
} = primordials;

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');
const { owner_symbol } = require('internal/stream_base_commons');

const cluster = new EventEmitter();
const handles = new SafeMap();
const indexes = new SafeMap();
const noop = FunctionPrototype;
const kTimeoutMax = 2 ** 31 - 1;

module.exports = cluster;

cluster.isWorker = true;
cluster.isMaster = false;  // Deprecated alias of isPrimary.
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function() {
  const worker = new Worker({
    id: +process.env.NODE_UNIQUE_ID | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away without asking: the worker ends too.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') {
      ReflectApply(_disconnect, worker, [true]);
    }
  }
};

// obj: a net.Server.
cluster._getServer = function(obj, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string') {
    address = path.resolve(address);
  }
  const indexesKey = ArrayPrototypeJoin(
    [address, options.port, options.addressType, options.fd], ':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new SafeSet() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);

  const message = { act: 'queryServer', index, data: null, ...options };
  message.address = address;
  send(message, (reply, handle) => {
    if (handle) {
      shared(reply, { handle, indexesKey, index }, cb);
    } else {
      rr(reply, { indexesKey, index }, cb);
    }
  });

  obj.once('listening', () => {
    // A short-lived server may be closed already.
    if (!indexes.has(indexesKey)) return;
    cluster.worker.state = 'listening';
    const address = obj.address();
    message.act = 'listening';
    message.port = (address && address.port) || options.port;
    send(message);
  });
};

function removeIndexesKey(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (!indexSet) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

// SCHED_NONE: the listening handle itself, its close() reported.
function shared(message, { handle, indexesKey, index }, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function() {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return ReflectApply(close, handle, arguments);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// SCHED_RR: a stand-in handle; connections come as 'newconn' messages. An
// interval keeps the process alive while it is ref'ed, as a real listening
// handle would.
function rr(message, { indexesKey, index }, cb) {
  if (message.errno) return cb(message.errno, null);
  let key = message.key;
  let fakeHandle = null;

  function ref() {
    fakeHandle ??= setInterval(noop, kTimeoutMax);
  }

  function unref() {
    if (fakeHandle) {
      clearInterval(fakeHandle);
      fakeHandle = null;
    }
  }

  function listen() {
    return 0;
  }

  // net treats close() as synchronous; connections that still arrive go
  // back to the primary (onconnection).
  function close() {
    if (key === undefined) return;
    unref();
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    key = undefined;
  }

  function getsockname(out) {
    if (key) ObjectAssign(out, message.sockname);
    return 0;
  }

  const handle = { close, listen, ref, unref };
  handle.ref();
  if (message.sockname) handle.getsockname = getsockname;  // TCP only.
  handles.set(key, handle);
  cb(0, handle);
}

function onconnection(message, handle) {
  const key = message.key;
  const server = handles.get(key);
  let accepted = server !== undefined;
  if (accepted && server[owner_symbol]) {
    const self = server[owner_symbol];
    if (self.maxConnections != null &&
        self._connections >= self.maxConnections) {
      accepted = false;
    }
  }
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else handle.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

function _disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waitingCount = 1;
  function checkWaitingCount() {
    waitingCount--;
    if (waitingCount === 0) {
      // A worker's own disconnect waits until the primary knows it was
      // intended.
      if (primaryInitiated) {
        process.disconnect();
      } else {
        send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
      }
    }
  }
  handles.forEach((handle) => {
    waitingCount++;
    if (handle[owner_symbol]) handle[owner_symbol].close(checkWaitingCount);
    else handle.close(checkWaitingCount);
  });
  handles.clear();
  checkWaitingCount();
}

Worker.prototype.disconnect = function() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    ReflectApply(_disconnect, this, []);
  }
  return this;
};

Worker.prototype.destroy = function() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};
