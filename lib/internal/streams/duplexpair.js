'use strict';

// duplexPair([options]): two Duplex streams joined back to back, so that
// what is written to one is read from the other. A write completes once
// the other side's reader asks for more; ending one side ends the other's
// readable side (and completes once that 'end' is emitted).

const {
  Symbol,
} = primordials;

const Duplex = require('internal/streams/duplex');

// The callback of the last write made to the peer, released by our _read
// (a symbol-keyed property: util.inspect shows it as node does).
const kPendingWrite = Symbol('Callback');

class DuplexSide extends Duplex {
  #peer = null;

  constructor(options) {
    super(options);
    this[kPendingWrite] = null;
  }

  static pair(left, right) {
    left.#peer = right;
    right.#peer = left;
  }

  _read() {
    const callback = this[kPendingWrite];
    if (callback) {
      this[kPendingWrite] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    const peer = this.#peer;
    peer.push(chunk);
    peer[kPendingWrite] = callback;
  }

  _final(callback) {
    const peer = this.#peer;
    peer.on('end', callback);
    peer.push(null);
  }
}

function duplexPair(options) {
  const left = new DuplexSide(options);
  const right = new DuplexSide(options);
  DuplexSide.pair(left, right);
  return [left, right];
}

module.exports = duplexPair;
