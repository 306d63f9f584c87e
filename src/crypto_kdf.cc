// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: key derivation (PBKDF2, scrypt, HKDF),
// each as a Sync function and as a CryptoJob on the thread pool. Used by
// lib/internal/crypto/pbkdf2.js, scrypt.js and hkdf.js.

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>
#include <string>
#include <vector>

#include "crypto.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

using Bytes = std::vector<uint8_t>;

// The derived key, shared between the pool's `run` and the JS-thread
// `result` of one job.
struct Output {
  Bytes key;
};

CryptoJob::Result KeyResult(std::shared_ptr<Output> out) {
  return [out](Environment& env) -> v8::MaybeLocal<v8::Value> {
    return NewArrayBuffer(env, out->key.data(), out->key.size());
  };
}

// Runs `run` now (Sync) or on the pool (job != null).
v8::MaybeLocal<v8::Value> Derive(Environment& env, CryptoJob* job,
                                 CryptoJob::Run run,
                                 std::shared_ptr<Output> out,
                                 const char* fallback) {
  if (job == nullptr) return RunSync(env, run, KeyResult(out), fallback);
  job->Start(std::move(run), KeyResult(out), fallback);
  return v8::True(env.isolate());
}

CryptoJob::Run Pbkdf2Run(BytesArg password, BytesArg salt, uint32_t iterations,
                         uint32_t keylen, const EVP_MD* md,
                         std::shared_ptr<Output> out) {
  out->key.resize(keylen);
  return [password = Copy(password), salt = Copy(salt), iterations, md,
          out](OpenSslErrors*) {
    if (out->key.empty()) return true;
    return PKCS5_PBKDF2_HMAC(
               reinterpret_cast<const char*>(password.data()),
               static_cast<int>(password.size()), salt.data(),
               static_cast<int>(salt.size()), static_cast<int>(iterations), md,
               static_cast<int>(out->key.size()), out->key.data()) == 1;
  };
}

// pbkdf2Sync(password, salt, iterations, keylen, digest) -> ArrayBuffer, or
// undefined for an unknown digest.
v8::MaybeLocal<v8::Value> Pbkdf2Sync(Environment& env, BytesArg password,
                                     BytesArg salt, uint32_t iterations,
                                     uint32_t keylen, Utf8Arg digest) {
  const EVP_MD* md = GetDigest(digest.value.c_str());
  if (md == nullptr) return v8::Undefined(env.isolate());
  auto out = std::make_shared<Output>();
  return Derive(env, nullptr,
                Pbkdf2Run(password, salt, iterations, keylen, md, out), out,
                "PBKDF2 failed");
}

// pbkdf2(job, ...): false for an unknown digest (nothing started).
v8::MaybeLocal<v8::Value> Pbkdf2(Environment& env, CryptoJob* job,
                                 BytesArg password, BytesArg salt,
                                 uint32_t iterations, uint32_t keylen,
                                 Utf8Arg digest) {
  const EVP_MD* md = GetDigest(digest.value.c_str());
  if (md == nullptr) return v8::False(env.isolate());
  auto out = std::make_shared<Output>();
  return Derive(env, job,
                Pbkdf2Run(password, salt, iterations, keylen, md, out), out,
                "PBKDF2 failed");
}

// scryptCheck(N, r, p, maxmem) -> undefined when OpenSSL accepts the
// parameters, else the OpenSSL error text ('' when it gave none).
v8::Local<v8::Value> ScryptCheck(Environment& env, double n, double r, double p,
                                 double maxmem) {
  ERR_clear_error();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, static_cast<uint64_t>(n),
                     static_cast<uint64_t>(r), static_cast<uint64_t>(p),
                     static_cast<uint64_t>(maxmem), nullptr, 0) == 1) {
    return v8::Undefined(env.isolate());
  }
  unsigned long err = ERR_get_error();
  ERR_clear_error();
  if (err == 0) return v8::String::Empty(env.isolate());
  char text[256];
  ERR_error_string_n(err, text, sizeof(text));
  return OneByteString(env, text);
}

CryptoJob::Run ScryptRun(BytesArg password, BytesArg salt, uint32_t keylen,
                         double n, double r, double p, double maxmem,
                         std::shared_ptr<Output> out) {
  out->key.resize(keylen);
  return [password = Copy(password), salt = Copy(salt),
          n = static_cast<uint64_t>(n), r = static_cast<uint64_t>(r),
          p = static_cast<uint64_t>(p), maxmem = static_cast<uint64_t>(maxmem),
          out](OpenSslErrors*) {
    if (out->key.empty()) return true;
    return EVP_PBE_scrypt(reinterpret_cast<const char*>(password.data()),
                          password.size(), salt.data(), salt.size(), n, r, p,
                          maxmem, out->key.data(), out->key.size()) == 1;
  };
}

v8::MaybeLocal<v8::Value> ScryptSync(Environment& env, BytesArg password,
                                     BytesArg salt, uint32_t keylen, double n,
                                     double r, double p, double maxmem) {
  auto out = std::make_shared<Output>();
  return Derive(env, nullptr,
                ScryptRun(password, salt, keylen, n, r, p, maxmem, out), out,
                "Scrypt failed");
}

v8::MaybeLocal<v8::Value> Scrypt(Environment& env, CryptoJob* job,
                                 BytesArg password, BytesArg salt,
                                 uint32_t keylen, double n, double r, double p,
                                 double maxmem) {
  auto out = std::make_shared<Output>();
  return Derive(env, job,
                ScryptRun(password, salt, keylen, n, r, p, maxmem, out), out,
                "Scrypt failed");
}

// getDigestSize(name) -> bytes, or -1 for an unknown digest.
int32_t GetDigestSize(Environment& env, Utf8Arg name) {
  const EVP_MD* md = GetDigest(name.value.c_str());
  return md == nullptr ? -1 : EVP_MD_get_size(md);
}

CryptoJob::Run HkdfRun(const EVP_MD* md, BytesArg key, BytesArg salt,
                       BytesArg info, uint32_t length,
                       std::shared_ptr<Output> out) {
  out->key.resize(length);
  return [md, key = Copy(key), salt = Copy(salt), info = Copy(info),
          out](OpenSslErrors*) {
    if (out->key.empty()) return true;
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = kdf == nullptr ? nullptr : EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (ctx == nullptr) return false;
    // Empty octet strings still need a valid pointer.
    static uint8_t kEmpty = 0;
    auto* key_data = const_cast<uint8_t*>(key.empty() ? &kEmpty : key.data());
    auto* salt_data =
        const_cast<uint8_t*>(salt.empty() ? &kEmpty : salt.data());
    auto* info_data =
        const_cast<uint8_t*>(info.empty() ? &kEmpty : info.data());
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(
            OSSL_KDF_PARAM_DIGEST, const_cast<char*>(EVP_MD_get0_name(md)), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, key_data,
                                          key.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt_data,
                                          salt.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info_data,
                                          info.size()),
        OSSL_PARAM_construct_end()};
    bool ok =
        EVP_KDF_derive(ctx, out->key.data(), out->key.size(), params) == 1;
    EVP_KDF_CTX_free(ctx);
    return ok;
  };
}

v8::MaybeLocal<v8::Value> HkdfSync(Environment& env, Utf8Arg digest,
                                   BytesArg key, BytesArg salt, BytesArg info,
                                   uint32_t length) {
  const EVP_MD* md = GetDigest(digest.value.c_str());
  CHECK(md != nullptr);
  auto out = std::make_shared<Output>();
  return Derive(env, nullptr, HkdfRun(md, key, salt, info, length, out), out,
                "HKDF failed");
}

v8::MaybeLocal<v8::Value> Hkdf(Environment& env, CryptoJob* job, Utf8Arg digest,
                               BytesArg key, BytesArg salt, BytesArg info,
                               uint32_t length) {
  const EVP_MD* md = GetDigest(digest.value.c_str());
  CHECK(md != nullptr);
  auto out = std::make_shared<Output>();
  return Derive(env, job, HkdfRun(md, key, salt, info, length, out), out,
                "HKDF failed");
}

constexpr Method kMethods[] = {
    {"pbkdf2Sync", Fn<&Pbkdf2Sync>},   {"pbkdf2", Fn<&Pbkdf2>},
    {"scryptCheck", Fn<&ScryptCheck>}, {"scryptSync", Fn<&ScryptSync>},
    {"scrypt", Fn<&Scrypt>},           {"getDigestSize", Fn<&GetDigestSize>},
    {"hkdfSync", Fn<&HkdfSync>},       {"hkdf", Fn<&Hkdf>},
};

}  // namespace

extern const Part kKdfPart{kMethods};

}  // namespace nodus::crypto
