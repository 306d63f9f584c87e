'use strict';

// duplexPair([options]): two Duplex streams joined back to back — what is
// written to one is read from the other. A write completes when the other
// side's reader asks for more.

const {
  Symbol,
} = primordials;

const Duplex = require('internal/streams/duplex');
const { internalAssert } = require('internal/errors');

const kWriteCallback = Symbol('kWriteCallback');
const kPair = Symbol('kPair');

class DuplexSide extends Duplex {
  #otherSide = null;
  // The callback of the last write, called once the other side reads.
  #callback = null;

  constructor(options) {
    super(options);
    this.#otherSide = null;
  }

  [kPair](otherSide) {
    internalAssert(this.#otherSide === null);
    this.#otherSide = otherSide;
  }

  set [kWriteCallback](callback) {
    this.#callback = callback;
  }

  _read() {
    const callback = this.#callback;
    if (callback) {
      this.#callback = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    internalAssert(this.#otherSide !== null);
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this.#otherSide.push(chunk);
      this.#otherSide[kWriteCallback] = callback;
    }
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kPair](side1);
  side1[kPair](side0);
  return [side0, side1];
}

module.exports = duplexPair;
