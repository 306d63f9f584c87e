// SPDX-License-Identifier: MIT
// internalBinding('crypto'): the parts of crypto.h in one binding object,
// used by lib/crypto.js and lib/internal/crypto/*.

#include "crypto.h"

#include <openssl/crypto.h>

#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {

extern const Part kHashPart;
extern const Part kRandomPart;
extern const Part kKdfPart;

namespace {

const Part* const kParts[] = {
    &kHashPart,
    &kRandomPart,
    &kKdfPart,
};

constexpr Class kClasses[] = {
    {"CryptoJob", Construct<CryptoJob>, {}},
};

void Initialize(Environment& env, v8::Local<v8::Object> target) {
  // The first OpenSSL call of the process (nothing in nodus uses OpenSSL
  // before this binding). No atexit cleanup: pool threads may still be
  // inside OpenSSL when the process exits (an uncaught error while a pbkdf2
  // runs), and OPENSSL_cleanup under them crashes.
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
}

}  // namespace

extern const Binding kCryptoBinding{"crypto", {}, {}, kClasses, Initialize};

}  // namespace nodus::crypto
