// SPDX-License-Identifier: MIT
// OpenSSL's per-process set-up, done before anything runs as node does it:
// the configuration (--openssl-config or $OPENSSL_CONF, node's
// `nodejs_conf` section unless --openssl-shared-config), the secure heap
// (--secure-heap, --secure-heap-min), and a working CSPRNG (start-up
// aborts without one, as node's does). Also internalBinding('crypto')'s
// secureHeapUsed.

#include <openssl/conf.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "crypto.h"
#include "crypto_util.h"
#include "environment.h"
#include "options.h"

namespace nodus::crypto {

namespace {

// RAND_status() seeds the generator if it can (with no generator to fetch,
// RAND_poll would keep answering 1 without helping).
bool CsprngWorks() {
  unsigned char byte;
  return RAND_status() == 1 && RAND_bytes(&byte, 1) == 1;
}

}  // namespace

int InitProcess(const Options& options) {
  const char* conf_file = nullptr;
  const char* env_conf = std::getenv("OPENSSL_CONF");
  if (env_conf != nullptr && env_conf[0] != '\0') conf_file = env_conf;
  if (!options.openssl_config.empty())
    conf_file = options.openssl_config.c_str();
  OPENSSL_INIT_SETTINGS* settings = OPENSSL_INIT_new();
  OPENSSL_INIT_set_config_filename(settings, conf_file);
  OPENSSL_INIT_set_config_appname(
      settings, options.openssl_shared_config ? "openssl_conf" : "nodejs_conf");
  OPENSSL_INIT_set_config_file_flags(settings, CONF_MFLAGS_IGNORE_MISSING_FILE);
  // No atexit cleanup: pool threads may still be inside OpenSSL at exit.
  OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG | OPENSSL_INIT_NO_ATEXIT,
                      settings);
  OPENSSL_INIT_free(settings);
  if (ERR_peek_error() != 0) {
    std::fprintf(stderr, "%s: OpenSSL configuration error:\n",
                 options.argv[0].c_str());
    while (unsigned long code = ERR_get_error()) {
      char text[256];
      ERR_error_string_n(code, text, sizeof(text));
      std::fprintf(stderr, "%s\n", text);
    }
    return 9;
  }
  if (!CsprngWorks()) {
    // Node CHECKs this: the configuration left no random generator.
    std::fprintf(stderr,
                 "%s: OpenSSL has no working random number generator "
                 "(check the OpenSSL configuration)\n",
                 options.argv[0].c_str());
    std::fflush(stderr);
    std::abort();
  }
  // After the CSPRNG check, as node: the generators' state is not in it.
  if (options.secure_heap != 0) {
    switch (CRYPTO_secure_malloc_init(
        static_cast<size_t>(options.secure_heap),
        static_cast<size_t>(options.secure_heap_min))) {
      case 0:
        std::fprintf(stderr, "Unable to initialize openssl secure heap.\n");
        break;
      case 2:
        std::fprintf(stderr, "Unable to memory map openssl secure heap.\n");
        break;
    }
  }
  return -1;
}

namespace {

// secureHeapUsed() -> [total, min, used] in bytes, or undefined without a
// secure heap.
v8::Local<v8::Value> SecureHeapUsed(Environment& env) {
  if (CRYPTO_secure_malloc_initialized() != 1)
    return v8::Undefined(env.isolate());
  const Options& options = env.options();
  v8::Local<v8::Value> values[] = {
      v8::Number::New(env.isolate(), static_cast<double>(options.secure_heap)),
      v8::Number::New(env.isolate(),
                      static_cast<double>(options.secure_heap_min)),
      v8::Number::New(env.isolate(), static_cast<double>(CRYPTO_secure_used())),
  };
  return v8::Array::New(env.isolate(), values, 3);
}

constexpr Method kMethods[] = {
    {"secureHeapUsed", Fn<&SecureHeapUsed>},
};

}  // namespace

extern const Part kSecureHeapPart{kMethods};

}  // namespace nodus::crypto
