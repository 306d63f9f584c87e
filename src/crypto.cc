// SPDX-License-Identifier: MIT
// internalBinding('crypto'): the parts of crypto.h in one binding object,
// used by lib/crypto.js and lib/internal/crypto/*.

#include "crypto.h"

#include <openssl/crypto.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/engine.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>

#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {

extern const Part kHashPart;
extern const Part kRandomPart;
extern const Part kKdfPart;
extern const Part kCipherPart;
extern const Part kKeysPart;
extern const Part kSigPart;
extern const Part kKeygenPart;
extern const Part kDhPart;
extern const Part kRsaCipherPart;
extern const Part kPrimePart;
extern const Part kX509Part;
extern const Part kAesPart;
extern const Part kSpkacPart;
extern const Part kSecureHeapPart;

namespace {

const Part* const kParts[] = {
    &kHashPart, &kRandomPart, &kKdfPart,   &kCipherPart,     &kKeysPart,
    &kSigPart,  &kKeygenPart, &kDhPart,    &kRsaCipherPart,  &kPrimePart,
    &kX509Part, &kAesPart,    &kSpkacPart, &kSecureHeapPart,
};

// crypto.constants, in node's order (lib/crypto.js adds the two default
// TLS cipher lists).
constexpr Constant kConstants[] = {
    {"OPENSSL_VERSION_NUMBER", OPENSSL_VERSION_NUMBER},
    {"SSL_OP_ALL", SSL_OP_ALL},
    {"SSL_OP_ALLOW_NO_DHE_KEX", SSL_OP_ALLOW_NO_DHE_KEX},
    {"SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION",
     SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION},
    {"SSL_OP_CIPHER_SERVER_PREFERENCE", SSL_OP_CIPHER_SERVER_PREFERENCE},
    {"SSL_OP_CISCO_ANYCONNECT", SSL_OP_CISCO_ANYCONNECT},
    {"SSL_OP_COOKIE_EXCHANGE", SSL_OP_COOKIE_EXCHANGE},
    {"SSL_OP_CRYPTOPRO_TLSEXT_BUG", SSL_OP_CRYPTOPRO_TLSEXT_BUG},
    {"SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS", SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS},
    {"SSL_OP_LEGACY_SERVER_CONNECT", SSL_OP_LEGACY_SERVER_CONNECT},
    {"SSL_OP_NO_COMPRESSION", SSL_OP_NO_COMPRESSION},
    {"SSL_OP_NO_ENCRYPT_THEN_MAC", SSL_OP_NO_ENCRYPT_THEN_MAC},
    {"SSL_OP_NO_QUERY_MTU", SSL_OP_NO_QUERY_MTU},
    {"SSL_OP_NO_RENEGOTIATION", SSL_OP_NO_RENEGOTIATION},
    {"SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION",
     SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION},
    {"SSL_OP_NO_SSLv2", 0},
    {"SSL_OP_NO_SSLv3", SSL_OP_NO_SSLv3},
    {"SSL_OP_NO_TICKET", SSL_OP_NO_TICKET},
    {"SSL_OP_NO_TLSv1", SSL_OP_NO_TLSv1},
    {"SSL_OP_NO_TLSv1_1", SSL_OP_NO_TLSv1_1},
    {"SSL_OP_NO_TLSv1_2", SSL_OP_NO_TLSv1_2},
    {"SSL_OP_NO_TLSv1_3", SSL_OP_NO_TLSv1_3},
    {"SSL_OP_PRIORITIZE_CHACHA", SSL_OP_PRIORITIZE_CHACHA},
    {"SSL_OP_TLS_ROLLBACK_BUG", SSL_OP_TLS_ROLLBACK_BUG},
    {"ENGINE_METHOD_RSA", ENGINE_METHOD_RSA},
    {"ENGINE_METHOD_DSA", ENGINE_METHOD_DSA},
    {"ENGINE_METHOD_DH", ENGINE_METHOD_DH},
    {"ENGINE_METHOD_RAND", ENGINE_METHOD_RAND},
    {"ENGINE_METHOD_EC", ENGINE_METHOD_EC},
    {"ENGINE_METHOD_CIPHERS", ENGINE_METHOD_CIPHERS},
    {"ENGINE_METHOD_DIGESTS", ENGINE_METHOD_DIGESTS},
    {"ENGINE_METHOD_PKEY_METHS", ENGINE_METHOD_PKEY_METHS},
    {"ENGINE_METHOD_PKEY_ASN1_METHS", ENGINE_METHOD_PKEY_ASN1_METHS},
    {"ENGINE_METHOD_ALL", ENGINE_METHOD_ALL},
    {"ENGINE_METHOD_NONE", ENGINE_METHOD_NONE},
    {"DH_CHECK_P_NOT_SAFE_PRIME", DH_CHECK_P_NOT_SAFE_PRIME},
    {"DH_CHECK_P_NOT_PRIME", DH_CHECK_P_NOT_PRIME},
    {"DH_UNABLE_TO_CHECK_GENERATOR", DH_UNABLE_TO_CHECK_GENERATOR},
    {"DH_NOT_SUITABLE_GENERATOR", DH_NOT_SUITABLE_GENERATOR},
    {"RSA_PKCS1_PADDING", RSA_PKCS1_PADDING},
    {"RSA_NO_PADDING", RSA_NO_PADDING},
    {"RSA_PKCS1_OAEP_PADDING", RSA_PKCS1_OAEP_PADDING},
    {"RSA_X931_PADDING", RSA_X931_PADDING},
    {"RSA_PKCS1_PSS_PADDING", RSA_PKCS1_PSS_PADDING},
    {"RSA_PSS_SALTLEN_DIGEST", RSA_PSS_SALTLEN_DIGEST},
    {"RSA_PSS_SALTLEN_MAX_SIGN", RSA_PSS_SALTLEN_MAX_SIGN},
    {"RSA_PSS_SALTLEN_AUTO", RSA_PSS_SALTLEN_AUTO},
    {"TLS1_VERSION", TLS1_VERSION},
    {"TLS1_1_VERSION", TLS1_1_VERSION},
    {"TLS1_2_VERSION", TLS1_2_VERSION},
    {"TLS1_3_VERSION", TLS1_3_VERSION},
    {"POINT_CONVERSION_COMPRESSED", POINT_CONVERSION_COMPRESSED},
    {"POINT_CONVERSION_UNCOMPRESSED", POINT_CONVERSION_UNCOMPRESSED},
    {"POINT_CONVERSION_HYBRID", POINT_CONVERSION_HYBRID},
};

constexpr Class kClasses[] = {
    {"CryptoJob", Construct<CryptoJob>, {}},
};

void Initialize(Environment& env, v8::Local<v8::Object> target) {
  // InitProcess (src/crypto_init.cc) set OpenSSL up before start-up; this
  // is a no-op then. Without it, still no atexit cleanup: pool threads may
  // be inside OpenSSL when the process exits, and OPENSSL_cleanup under
  // them crashes.
  OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
  for (const Part* part : kParts) {
    InstallMethods(env, target, part->methods);
    for (const Class& cls : part->classes) InstallClass(env, target, cls);
    for (const Constant& constant : part->constants) {
      target
          ->Set(env.context(), OneByteString(env, constant.name),
                v8::Number::New(env.isolate(), constant.value))
          .Check();
    }
  }
  v8::Local<v8::Object> constants = v8::Object::New(env.isolate());
  for (const Constant& constant : kConstants) {
    constants
        ->Set(env.context(), OneByteString(env, constant.name),
              v8::Number::New(env.isolate(), constant.value))
        .Check();
  }
  target->Set(env.context(), OneByteString(env, "constants"), constants)
      .Check();
}

}  // namespace

extern const Binding kCryptoBinding{"crypto", {}, {}, kClasses, Initialize};

}  // namespace nodus::crypto
