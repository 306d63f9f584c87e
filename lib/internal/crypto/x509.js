'use strict';

// crypto.X509Certificate over the native X509Handle (src/crypto_x509.cc).
// Every getter asks the handle once and keeps the answer.

const {
  ArrayPrototypeForEach,
  ObjectPrototypeHasOwnProperty,
  SafeMap,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  Symbol,
  TypeError,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer, nativeError } = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateObject,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { customInspectSymbol: kInspect } = require('internal/util');
const { isIP } = require('internal/net');
const { binding, kHandle } = require('internal/crypto/util');
const {
  KeyObjectHandle,
  PublicKeyObject,
  isKeyObject,
} = require('internal/crypto/keys');

const { X509Handle } = binding;

// X509_CHECK_FLAG_* (openssl/x509v3.h).
const kAlwaysCheckSubject = 0x1;
const kNoWildcards = 0x2;
const kNoPartialWildcards = 0x4;
const kMultiLabelWildcards = 0x8;
const kSingleLabelSubdomains = 0x10;
const kNeverCheckSubject = 0x20;

const kCache = Symbol('kCache');

function isX509Certificate(value) {
  return value != null && value[kHandle] instanceof X509Handle;
}

function checkFlags(options) {
  if (options === undefined) return 0;
  validateObject(options, 'options');
  const {
    subject = 'default',
    wildcards = true,
    partialWildcards = true,
    multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = options;
  validateString(subject, 'options.subject');
  let flags = 0;
  switch (subject) {
    case 'default': break;
    case 'always': flags |= kAlwaysCheckSubject; break;
    case 'never': flags |= kNeverCheckSubject; break;
    default:
      throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  if (!wildcards) flags |= kNoWildcards;
  if (!partialWildcards) flags |= kNoPartialWildcards;
  if (multiLabelWildcards) flags |= kMultiLabelWildcards;
  if (singleLabelSubdomains) flags |= kSingleLabelSubdomains;
  return flags;
}

// "OCSP - URI:http://a\nCA Issuers - URI:http://b" -> { 'OCSP - URI':
// ['http://a'], ... } as node's legacy object has it.
function parseInfoAccess(text) {
  const out = { __proto__: null };
  ArrayPrototypeForEach(StringPrototypeSplit(text, '\n'), (line) => {
    const colon = StringPrototypeIndexOf(line, ':');
    if (colon === -1) return;
    const key = StringPrototypeSlice(line, 0, colon);
    const value = StringPrototypeSlice(line, colon + 1);
    if (ObjectPrototypeHasOwnProperty(out, key)) out[key].push(value);
    else out[key] = [value];
  });
  return out;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE(
        'buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const handle = new X509Handle();
    handle.init(buffer);
    this[kHandle] = handle;
    this[kCache] = new SafeMap();
  }

  #cached(key, compute) {
    const cache = this[kCache];
    if (cache.has(key)) return cache.get(key);
    const value = compute();
    cache.set(key, value);
    return value;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() {
    return this.#cached('subject', () => this[kHandle].subject());
  }

  get subjectAltName() {
    return this.#cached('subjectAltName', () => this[kHandle].subjectAltName());
  }

  get issuer() {
    return this.#cached('issuer', () => this[kHandle].issuer());
  }

  // Set only for certificates of a TLS peer (not built: no tls module yet).
  get issuerCertificate() {
    return undefined;
  }

  get infoAccess() {
    return this.#cached('infoAccess', () => this[kHandle].infoAccess());
  }

  get validFrom() {
    return this.#cached('validFrom', () => this[kHandle].validFrom());
  }

  get validTo() {
    return this.#cached('validTo', () => this[kHandle].validTo());
  }

  get fingerprint() {
    return this.#cached('fingerprint', () => this[kHandle].fingerprint('sha1'));
  }

  get fingerprint256() {
    return this.#cached('fingerprint256',
                        () => this[kHandle].fingerprint('sha256'));
  }

  get fingerprint512() {
    return this.#cached('fingerprint512',
                        () => this[kHandle].fingerprint('sha512'));
  }

  get keyUsage() {
    return this.#cached('keyUsage', () => this[kHandle].keyUsage());
  }

  get serialNumber() {
    return this.#cached('serialNumber', () => this[kHandle].serialNumber());
  }

  get raw() {
    return this.#cached('raw', () => new FastBuffer(this[kHandle].raw()));
  }

  get publicKey() {
    return this.#cached('publicKey', () => {
      const key = new KeyObjectHandle();
      this[kHandle].publicKey(key);
      return new PublicKeyObject(key);
    });
  }

  toString() {
    return this.#cached('pem', () => this[kHandle].pem());
  }

  // The PEM encoding, so that JSON.stringify gives it.
  toJSON() {
    return this.toString();
  }

  get ca() {
    return this.#cached('ca', () => this[kHandle].ca());
  }

  checkHost(name, options) {
    validateString(name, 'name');
    return this[kHandle].checkHost(name, checkFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return this[kHandle].checkEmail(email, checkFlags(options));
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    if (!isIP(ip)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
    }
    return this[kHandle].checkIP(ip, 0);
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return this[kHandle].checkIssued(otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) {
      throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    }
    if (pkey.type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    }
    return this[kHandle].checkPrivateKey(pkey[kHandle]);
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) {
      throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    }
    if (pkey.type !== 'public') {
      throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    }
    return this[kHandle].verify(pkey[kHandle]);
  }

  // The certificate as tls.TLSSocket#getPeerCertificate() describes one.
  toLegacyObject() {
    const fields = this[kHandle].legacyFields();
    const out = { subject: fields.subject, issuer: fields.issuer };
    const altName = this.subjectAltName;
    if (altName !== undefined) out.subjectaltname = altName;
    const infoAccess = this.infoAccess;
    if (infoAccess !== undefined) out.infoAccess = parseInfoAccess(infoAccess);
    out.ca = this.ca;
    if (fields.modulus !== undefined) {
      out.modulus = fields.modulus;
      out.bits = fields.bits;
      out.exponent = fields.exponent;
      out.pubkey = new FastBuffer(fields.pubkey);
    } else if (fields.bits !== undefined) {
      out.bits = fields.bits;
      if (fields.pubkey !== undefined) out.pubkey = new FastBuffer(fields.pubkey);
      if (fields.asn1Curve !== undefined) out.asn1Curve = fields.asn1Curve;
      if (fields.nistCurve !== undefined) out.nistCurve = fields.nistCurve;
    }
    out.valid_from = this.validFrom;
    out.valid_to = this.validTo;
    out.fingerprint = this.fingerprint;
    out.fingerprint256 = this.fingerprint256;
    out.fingerprint512 = this.fingerprint512;
    const usage = this.keyUsage;
    if (usage !== undefined) out.ext_key_usage = usage;
    out.serialNumber = this.serialNumber;
    out.raw = new FastBuffer(this[kHandle].raw());
    return out;
  }
}

module.exports = {
  X509Certificate,
  isX509Certificate,
};
