// SPDX-License-Identifier: MIT
// internalBinding('crypto') is assembled from one part per capability
// (src/crypto_hash.cc, crypto_random.cc, crypto_kdf.cc, crypto_cipher.cc,
// crypto_keys.cc, ...); src/crypto.cc lists them.
#pragma once

#include <span>

#include "binding.h"

namespace nodus {
struct Options;
}

namespace nodus::crypto {

// OpenSSL's per-process set-up from the options (src/crypto_init.cc), once,
// before any Environment: an exit code, or -1 to go on.
int InitProcess(const Options& options);

struct Part {
  std::span<const Method> methods;
  std::span<const Class> classes = {};
  std::span<const Constant> constants = {};
};

}  // namespace nodus::crypto
