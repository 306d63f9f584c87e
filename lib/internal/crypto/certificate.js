'use strict';

// crypto.Certificate: SPKAC (signed public key and challenge) helpers over
// src/crypto_spkac.cc. The methods use no state: they are both static and
// on the prototype, and Certificate() works without `new`, as in node.

const { FastBuffer } = require('internal/buffer');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');

// An empty input gives '' (as node's binding answers), as does one that
// does not decode (for the exports).
function verifySpkac(spkac, encoding) {
  const input = getArrayBufferOrView(spkac, 'spkac', encoding);
  if (input.byteLength === 0) return '';
  return binding.certVerifySpkac(input);
}

function exportPublicKey(spkac, encoding) {
  const input = getArrayBufferOrView(spkac, 'spkac', encoding);
  if (input.byteLength === 0) return '';
  const result = binding.certExportPublicKey(input);
  return result === undefined ? '' : new FastBuffer(result);
}

function exportChallenge(spkac, encoding) {
  const input = getArrayBufferOrView(spkac, 'spkac', encoding);
  if (input.byteLength === 0) return '';
  const result = binding.certExportChallenge(input);
  return result === undefined ? '' : new FastBuffer(result);
}

// A function, not a class: calling it without `new` makes an instance.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}

Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;

Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

module.exports = Certificate;
