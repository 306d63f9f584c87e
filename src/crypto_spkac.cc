// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: SPKAC (Netscape signed public key and
// challenge, as <keygen> made) for crypto.Certificate
// (lib/internal/crypto/certificate.js): verify its signature, export its
// public key as PEM, export its challenge.

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <climits>

#include "crypto.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

// The decoded SPKAC (base64 text, trailing whitespace allowed), or null
// after throwing ERR_OUT_OF_RANGE for input over INT_MAX bytes, or null
// (with *too_large false) when it does not decode.
NETSCAPE_SPKI* Decode(Environment& env, const BytesArg& input,
                      bool* too_large) {
  *too_large = input.size > INT_MAX;
  if (*too_large) {
    ThrowCodedError(env, "ERR_OUT_OF_RANGE", "spkac is too large",
                    v8::Exception::RangeError);
    return nullptr;
  }
  NETSCAPE_SPKI* spki = NETSCAPE_SPKI_b64_decode(
      reinterpret_cast<const char*>(input.data), static_cast<int>(input.size));
  ERR_clear_error();
  return spki;
}

// certVerifySpkac(bytes) -> whether the signature verifies with the
// SPKAC's own public key.
v8::MaybeLocal<v8::Value> VerifySpkac(Environment& env, BytesArg input) {
  bool too_large = false;
  NETSCAPE_SPKI* spki = Decode(env, input, &too_large);
  if (too_large) return {};
  bool ok = false;
  if (spki != nullptr) {
    EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
    ok = pkey != nullptr && NETSCAPE_SPKI_verify(spki, pkey) > 0;
    EVP_PKEY_free(pkey);
    NETSCAPE_SPKI_free(spki);
  }
  ERR_clear_error();
  return v8::Boolean::New(env.isolate(), ok);
}

// certExportPublicKey(bytes) -> ArrayBuffer of the PEM public key, or
// undefined when the SPKAC does not decode.
v8::MaybeLocal<v8::Value> ExportPublicKey(Environment& env, BytesArg input) {
  bool too_large = false;
  NETSCAPE_SPKI* spki = Decode(env, input, &too_large);
  if (too_large) return {};
  v8::Local<v8::Value> result = v8::Undefined(env.isolate());
  if (spki == nullptr) return result;
  EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
  BIO* bio = pkey != nullptr ? BIO_new(BIO_s_mem()) : nullptr;
  if (bio != nullptr && PEM_write_bio_PUBKEY(bio, pkey) == 1) {
    char* data = nullptr;
    long size = BIO_get_mem_data(bio, &data);
    result = NewArrayBuffer(env, data, static_cast<size_t>(size));
  }
  BIO_free(bio);
  EVP_PKEY_free(pkey);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
  return result;
}

// certExportChallenge(bytes) -> ArrayBuffer of the challenge, or undefined
// when the SPKAC does not decode.
v8::MaybeLocal<v8::Value> ExportChallenge(Environment& env, BytesArg input) {
  bool too_large = false;
  NETSCAPE_SPKI* spki = Decode(env, input, &too_large);
  if (too_large) return {};
  if (spki == nullptr) return v8::Undefined(env.isolate());
  const ASN1_IA5STRING* challenge = spki->spkac->challenge;
  v8::Local<v8::Value> result =
      NewArrayBuffer(env, ASN1_STRING_get0_data(challenge),
                     static_cast<size_t>(ASN1_STRING_length(challenge)));
  NETSCAPE_SPKI_free(spki);
  return result;
}

constexpr Method kMethods[] = {
    {"certVerifySpkac", Fn<&VerifySpkac>},
    {"certExportPublicKey", Fn<&ExportPublicKey>},
    {"certExportChallenge", Fn<&ExportChallenge>},
};

}  // namespace

extern const Part kSpkacPart{kMethods};

}  // namespace nodus::crypto
