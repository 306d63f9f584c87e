// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: RSA encryption with a key pair
// (publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt), with
// PKCS#1 v1.5, OAEP (digest and label) or no padding. Used by
// lib/internal/crypto/rsa_cipher.js.

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <cstring>
#include <vector>

#include "crypto.h"
#include "crypto_keys.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

enum Operation : int32_t {
  kPublicEncrypt = 0,
  kPrivateDecrypt = 1,
  kPrivateEncrypt = 2,
  kPublicDecrypt = 3,
};

// Returned instead of a buffer when the OAEP digest is unknown.
constexpr int32_t kInvalidDigest = 1;

bool Init(EVP_PKEY_CTX* ctx, int32_t operation) {
  switch (operation) {
    case kPublicEncrypt:
      return EVP_PKEY_encrypt_init(ctx) == 1;
    case kPrivateDecrypt:
      return EVP_PKEY_decrypt_init(ctx) == 1;
    case kPrivateEncrypt:
      return EVP_PKEY_sign_init(ctx) == 1;
    case kPublicDecrypt:
      return EVP_PKEY_verify_recover_init(ctx) == 1;
  }
  return false;
}

bool Run(EVP_PKEY_CTX* ctx, int32_t operation, uint8_t* out, size_t* size,
         const uint8_t* in, size_t in_size) {
  switch (operation) {
    case kPublicEncrypt:
      return EVP_PKEY_encrypt(ctx, out, size, in, in_size) == 1;
    case kPrivateDecrypt:
      return EVP_PKEY_decrypt(ctx, out, size, in, in_size) == 1;
    case kPrivateEncrypt:
      return EVP_PKEY_sign(ctx, out, size, in, in_size) == 1;
    case kPublicDecrypt:
      return EVP_PKEY_verify_recover(ctx, out, size, in, in_size) == 1;
  }
  return false;
}

// rsaCipher(operation, key, data, padding, oaepHash, oaepLabel | null) ->
// ArrayBuffer, or kInvalidDigest.
v8::MaybeLocal<v8::Value> RsaCipher(Environment& env, int32_t operation,
                                    KeyObjectHandle* key, BytesArg data,
                                    int32_t padding, Utf8Arg oaep_hash,
                                    v8::Local<v8::Value> label) {
  ERR_clear_error();
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key->pkey(), nullptr);
  bool ok = ctx != nullptr && Init(ctx, operation) &&
            EVP_PKEY_CTX_set_rsa_padding(ctx, padding) == 1;
  if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
    const EVP_MD* md = GetDigest(oaep_hash.value.c_str());
    if (md == nullptr) {
      EVP_PKEY_CTX_free(ctx);
      return v8::Integer::New(env.isolate(), kInvalidDigest);
    }
    ok = EVP_PKEY_CTX_set_rsa_oaep_md(ctx, md) == 1;
    if (ok && label->IsArrayBufferView()) {
      auto view = label.As<v8::ArrayBufferView>();
      size_t size = view->ByteLength();
      // OpenSSL takes ownership of the label.
      void* copy = OPENSSL_malloc(size == 0 ? 1 : size);
      std::memcpy(
          copy,
          static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset(),
          size);
      ok = EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, copy,
                                            static_cast<int>(size)) == 1;
      if (!ok) OPENSSL_free(copy);
    }
  }
  size_t size = 0;
  ok = ok && Run(ctx, operation, nullptr, &size, data.data, data.size);
  std::vector<uint8_t> out(size);
  ok = ok && Run(ctx, operation, out.data(), &size, data.data, data.size);
  EVP_PKEY_CTX_free(ctx);
  if (!ok) {
    ThrowOpenSslError(env, "RSA operation failed");
    return {};
  }
  return NewArrayBuffer(env, out.data(), size);
}

constexpr Method kMethods[] = {
    {"rsaCipher", Fn<&RsaCipher>},
};

}  // namespace

extern const Part kRsaCipherPart{kMethods};

}  // namespace nodus::crypto
