'use strict';

// The Web Crypto object: globalThis.crypto and crypto.webcrypto, an
// instance of Crypto with getRandomValues(), randomUUID() and `subtle`
// (internal/crypto/subtle.js).

const {
  ObjectDefineProperties,
  SymbolToStringTag,
} = primordials;

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const random = require('internal/crypto/random');

let constructing = false;

let isCrypto;

class Crypto {
  // The brand of real instances (an object made with Reflect.construct and
  // Crypto as new.target is an instanceof Crypto without it).
  #brand = true;

  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  static {
    isCrypto = (value) =>
      value != null && typeof value === 'object' && #brand in value;
  }

  getRandomValues(array) {
    if (!isCrypto(this)) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!isCrypto(this)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }

  get subtle() {
    if (!isCrypto(this)) throw new ERR_INVALID_THIS('Crypto');
    return require('internal/crypto/subtle').subtle;
  }
}

ObjectDefineProperties(Crypto.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, enumerable: false, configurable: true, writable: false,
    value: 'Crypto',
  },
  getRandomValues: kEnumerableProperty,
  randomUUID: kEnumerableProperty,
  subtle: kEnumerableProperty,
});

constructing = true;
const crypto = new Crypto();
constructing = false;

module.exports = {
  Crypto,
  crypto,
};
