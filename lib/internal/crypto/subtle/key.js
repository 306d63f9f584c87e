'use strict';

// CryptoKey (Web Crypto's key) as node has it: a KeyObject (secret, public
// or private) with the Web Crypto algorithm, the usages and whether it is
// extractable. Made only by crypto.subtle. Also the small helpers the
// subtle algorithm modules share.

const {
  ArrayBuffer,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  ObjectDefineProperties,
  Promise,
  Symbol,
  SymbolToStringTag,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

const { Buffer } = require('buffer');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { kEnumerableProperty, customInspectSymbol: kInspect } = require('internal/util');
const { isAnyArrayBuffer, isArrayBufferView, isDataView } = require('internal/util/types');
const { lazyDOMException, runJob } = require('internal/crypto/util');
const {
  JSTransferable,
  kClone,
  kDeserialize,
} = require('internal/worker/js_transferable');

const kKeyObject = Symbol('kKeyObject');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');

let constructing = false;

// Cloneable (postMessage, structuredClone): the clone has a clone of the
// KeyObject, the algorithm and the usages.
class CryptoKey extends JSTransferable {
  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  [kClone]() {
    return {
      data: {
        keyObject: this[kKeyObject],
        algorithm: this[kAlgorithm],
        usages: this[kUsages],
        extractable: this[kExtractable],
      },
      deserializeInfo: 'internal/crypto/subtle/key:ClonedCryptoKey',
    };
  }

  [kDeserialize]({ keyObject, algorithm, usages, extractable }) {
    defineKeySlots(this, keyObject, algorithm, usages, extractable);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `CryptoKey ${inspect({
      type: this.type,
      extractable: this.extractable,
      algorithm: this.algorithm,
      usages: this.usages,
    }, opts)}`;
  }

  get type() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kKeyObject].type;
  }

  get extractable() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kExtractable];
  }

  get algorithm() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kAlgorithm];
  }

  get usages() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kUsages];
  }
}

ObjectDefineProperties(CryptoKey.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, enumerable: false, configurable: true, writable: false,
    value: 'CryptoKey',
  },
  type: kEnumerableProperty,
  extractable: kEnumerableProperty,
  algorithm: kEnumerableProperty,
  usages: kEnumerableProperty,
});

function isCryptoKey(value) {
  return value != null && value[kKeyObject] !== undefined &&
    value instanceof CryptoKey;
}

// The key's slots are not enumerable (util.inspect shows none), and its
// usages are kept as given (generateKey passes them without repeats).
function newCryptoKey(keyObject, algorithm, usages, extractable) {
  constructing = true;
  let key;
  try {
    key = new CryptoKey();
  } finally {
    constructing = false;
  }
  defineKeySlots(key, keyObject, algorithm, usages, extractable);
  return key;
}

function defineKeySlots(key, keyObject, algorithm, usages, extractable) {
  ObjectDefineProperties(key, {
    [kKeyObject]: { __proto__: null, value: keyObject },
    [kAlgorithm]: { __proto__: null, value: algorithm },
    [kUsages]: { __proto__: null, value: usages },
    [kExtractable]: { __proto__: null, value: extractable },
  });
}

// The receiving side's new object for a clone (its slots come with
// [kDeserialize]).
function ClonedCryptoKey() {
  constructing = true;
  try {
    return new CryptoKey();
  } finally {
    constructing = false;
  }
}
ClonedCryptoKey.prototype = CryptoKey.prototype;

// Usages without repeats, in the order given.
function uniqueUsages(usages) {
  const unique = [];
  for (let i = 0; i < usages.length; i++) {
    if (!ArrayPrototypeIncludes(unique, usages[i])) {
      ArrayPrototypePush(unique, usages[i]);
    }
  }
  return unique;
}

function keyObjectOf(key) {
  return key[kKeyObject];
}

// A BufferSource's bytes as a private Buffer copy; undefined for anything
// else.
function bufferSourceCopy(value) {
  let view;
  if (isAnyArrayBuffer(value)) {
    view = new Uint8Array(value);
  } else if (isDataView(value)) {
    view = new Uint8Array(DataViewPrototypeGetBuffer(value),
                          DataViewPrototypeGetByteOffset(value),
                          DataViewPrototypeGetByteLength(value));
  } else if (isArrayBufferView(value)) {
    view = new Uint8Array(TypedArrayPrototypeGetBuffer(value),
                          TypedArrayPrototypeGetByteOffset(value),
                          TypedArrayPrototypeGetByteLength(value));
  } else {
    return undefined;
  }
  return Buffer.from(view);
}

function toArrayBuffer(bytes) {
  const out = new ArrayBuffer(bytes.length);
  TypedArrayPrototypeSet(new Uint8Array(out), bytes);
  return out;
}

// Throws node's SyntaxError when a usage is not one of `allowed`.
function checkUsages(usages, allowed, keyName) {
  for (let i = 0; i < usages.length; i++) {
    if (!ArrayPrototypeIncludes(allowed, usages[i])) {
      throw lazyDOMException(`Unsupported key usage for ${keyName}`,
                             'SyntaxError');
    }
  }
}

// The usages of `usages` that are in `allowed`, in `allowed`'s order.
function usagesIn(usages, allowed) {
  const out = [];
  for (let i = 0; i < allowed.length; i++) {
    if (ArrayPrototypeIncludes(usages, allowed[i])) {
      ArrayPrototypePush(out, allowed[i]);
    }
  }
  return out;
}

const kJwkKeyOps = [
  'sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey',
  'deriveKey', 'deriveBits',
];

// The checks every JWK import makes: `use`, `key_ops`, `ext`.
function checkJwk(jwk, usages, extractable, use) {
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
    throw lazyDOMException('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    const seen = [];
    for (let i = 0; i < jwk.key_ops.length; i++) {
      const op = jwk.key_ops[i];
      if (!ArrayPrototypeIncludes(kJwkKeyOps, op)) continue;
      if (ArrayPrototypeIncludes(seen, op)) {
        throw lazyDOMException('Duplicate key operation', 'DataError');
      }
      ArrayPrototypePush(seen, op);
    }
    for (let i = 0; i < usages.length; i++) {
      if (!ArrayPrototypeIncludes(jwk.key_ops, usages[i])) {
        throw lazyDOMException('Key operations and usage mismatch',
                               'DataError');
      }
    }
  }
  if (jwk.ext !== undefined && jwk.ext === false && extractable) {
    throw lazyDOMException('JWK "ext" Parameter and extractable mismatch',
                           'DataError');
  }
}

// Runs `start(job)` on the thread pool: a promise of the job's result that
// rejects with node's OperationError (the job's error as its cause).
function jobPromise(start) {
  return new Promise((resolve, reject) => {
    runJob(start, (err, result) => {
      if (err) {
        reject(lazyDOMException(
          'The operation failed for an operation-specific reason',
          { name: 'OperationError', cause: err }));
      } else {
        resolve(result);
      }
    });
  });
}

module.exports = {
  ClonedCryptoKey,
  CryptoKey,
  bufferSourceCopy,
  checkJwk,
  checkUsages,
  isCryptoKey,
  jobPromise,
  keyObjectOf,
  newCryptoKey,
  toArrayBuffer,
  uniqueUsages,
  usagesIn,
};
