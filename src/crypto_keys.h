// SPDX-License-Identifier: MIT
// KeyObjectHandle: the native side of a public or private KeyObject (an
// EVP_PKEY), shared by the key, key-generation, signature and key-agreement
// parts of internalBinding('crypto').
#pragma once

#include <openssl/evp.h>

#include "binding.h"
#include "wrap.h"

namespace nodus::crypto {

// Lifetime: weak from creation; GC of the JS handle (held by a KeyObject)
// frees its reference to the EVP_PKEY, which OpenSSL reference-counts, so
// jobs on the pool take their own reference (EVP_PKEY_up_ref).
class KeyObjectHandle : public Wrap {
 public:
  static const WrapType kType;
  KeyObjectHandle(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~KeyObjectHandle() override { EVP_PKEY_free(pkey_); }

  EVP_PKEY* pkey() const { return pkey_; }
  // Takes ownership of `pkey`.
  void Reset(EVP_PKEY* pkey) {
    EVP_PKEY_free(pkey_);
    pkey_ = pkey;
  }

 private:
  EVP_PKEY* pkey_ = nullptr;
};

// An EVP_PKEY reference safe to keep on a pool thread.
struct PkeyRef {
  EVP_PKEY* pkey = nullptr;
  explicit PkeyRef(EVP_PKEY* p) : pkey(p) {
    if (pkey != nullptr) EVP_PKEY_up_ref(pkey);
  }
  PkeyRef(const PkeyRef& other) : PkeyRef(other.pkey) {}
  PkeyRef& operator=(const PkeyRef&) = delete;
  ~PkeyRef() { EVP_PKEY_free(pkey); }
};

}  // namespace nodus::crypto
