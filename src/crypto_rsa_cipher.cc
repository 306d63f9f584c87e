// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: RSA encryption with a key pair
// (publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt), with
// PKCS#1 v1.5, OAEP (digest and label) or no padding. Used by
// lib/internal/crypto/rsa_cipher.js.

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <cstring>
#include <memory>
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

struct RsaParams {
  int32_t operation;
  int32_t padding;
  const EVP_MD* oaep_md;
  bool has_label;
  std::vector<uint8_t> label;
  std::vector<uint8_t> data;
};

bool Crypt(EVP_PKEY* pkey, const RsaParams& p, std::vector<uint8_t>* out) {
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(pkey, nullptr);
  bool ok = ctx != nullptr && Init(ctx, p.operation) &&
            EVP_PKEY_CTX_set_rsa_padding(ctx, p.padding) == 1;
  if (ok && p.padding == RSA_PKCS1_OAEP_PADDING) {
    ok = EVP_PKEY_CTX_set_rsa_oaep_md(ctx, p.oaep_md) == 1;
    if (ok && p.has_label && !p.label.empty()) {
      // OpenSSL takes ownership of the label.
      void* copy = OPENSSL_malloc(p.label.size());
      std::memcpy(copy, p.label.data(), p.label.size());
      ok = EVP_PKEY_CTX_set0_rsa_oaep_label(
               ctx, copy, static_cast<int>(p.label.size())) == 1;
      if (!ok) OPENSSL_free(copy);
    }
  }
  size_t size = 0;
  ok =
      ok && Run(ctx, p.operation, nullptr, &size, p.data.data(), p.data.size());
  out->resize(size);
  ok = ok &&
       Run(ctx, p.operation, out->data(), &size, p.data.data(), p.data.size());
  EVP_PKEY_CTX_free(ctx);
  out->resize(ok ? size : 0);
  return ok;
}

// rsaCipher(job | null, operation, key, data, padding, oaepHash,
// oaepLabel | null) -> ArrayBuffer (sync), true (job started; its result is
// the ArrayBuffer), or kInvalidDigest.
v8::MaybeLocal<v8::Value> RsaCipher(Environment& env,
                                    v8::Local<v8::Value> job_value,
                                    int32_t operation, KeyObjectHandle* key,
                                    BytesArg data, int32_t padding,
                                    Utf8Arg oaep_hash,
                                    v8::Local<v8::Value> label) {
  auto params = std::make_shared<RsaParams>(
      RsaParams{operation, padding, nullptr, false, {}, Copy(data)});
  if (padding == RSA_PKCS1_OAEP_PADDING) {
    params->oaep_md = GetDigest(oaep_hash.value.c_str());
    if (params->oaep_md == nullptr)
      return v8::Integer::New(env.isolate(), kInvalidDigest);
  }
  if (label->IsArrayBufferView()) {
    auto view = label.As<v8::ArrayBufferView>();
    params->label.resize(view->ByteLength());
    view->CopyContents(params->label.data(), params->label.size());
    params->has_label = true;
  }
  auto out = std::make_shared<std::vector<uint8_t>>();
  CryptoJob::Run run = [pkey = PkeyRef(key->pkey()), params,
                        out](OpenSslErrors*) {
    return Crypt(pkey.pkey, *params, out.get());
  };
  CryptoJob::Result result =
      [out](Environment& e) -> v8::MaybeLocal<v8::Value> {
    return NewArrayBuffer(e, out->data(), out->size());
  };
  const char* fallback = "RSA operation failed";
  if (job_value->IsNull()) return RunSync(env, run, result, fallback);
  Wrap::Unwrap<CryptoJob>(job_value)->Start(run, result, fallback);
  return v8::True(env.isolate());
}

constexpr Method kMethods[] = {
    {"rsaCipher", Fn<&RsaCipher>},
};

}  // namespace

extern const Part kRsaCipherPart{kMethods};

}  // namespace nodus::crypto
