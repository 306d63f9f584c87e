'use strict';

// The Web Crypto object: globalThis.crypto and crypto.webcrypto, an
// instance of Crypto with getRandomValues() and randomUUID().

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

class Crypto {
  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}

ObjectDefineProperties(Crypto.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, enumerable: false, configurable: true, writable: false,
    value: 'Crypto',
  },
  getRandomValues: kEnumerableProperty,
  randomUUID: kEnumerableProperty,
});

constructing = true;
const crypto = new Crypto();
constructing = false;

module.exports = {
  Crypto,
  crypto,
};
