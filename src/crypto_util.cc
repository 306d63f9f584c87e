// SPDX-License-Identifier: MIT
// OpenSSL errors as node's error objects, the digest/cipher caches, and the
// CryptoJob pool request (crypto_util.h).

#include "crypto_util.h"

#include <openssl/err.h>
#include <strings.h>

#include <cctype>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "environment.h"

namespace nodus::crypto {
namespace {

// Libraries whose name node puts into the code: ERR_OSSL_<LIB>_<REASON>.
// Errors of other libraries (providers, decoders) are ERR_OSSL_<REASON>.
struct LibName {
  int lib;
  const char* name;
};
constexpr LibName kCodeLibraries[] = {
    {ERR_LIB_SYS, "SYS"},       {ERR_LIB_BN, "BN"},
    {ERR_LIB_RSA, "RSA"},       {ERR_LIB_DH, "DH"},
    {ERR_LIB_EVP, "EVP"},       {ERR_LIB_BUF, "BUF"},
    {ERR_LIB_OBJ, "OBJ"},       {ERR_LIB_PEM, "PEM"},
    {ERR_LIB_DSA, "DSA"},       {ERR_LIB_X509, "X509"},
    {ERR_LIB_ASN1, "ASN1"},     {ERR_LIB_CONF, "CONF"},
    {ERR_LIB_CRYPTO, "CRYPTO"}, {ERR_LIB_EC, "EC"},
    {ERR_LIB_SSL, "SSL"},       {ERR_LIB_BIO, "BIO"},
    {ERR_LIB_PKCS7, "PKCS7"},   {ERR_LIB_X509V3, "X509V3"},
    {ERR_LIB_PKCS12, "PKCS12"}, {ERR_LIB_RAND, "RAND"},
    {ERR_LIB_DSO, "DSO"},       {ERR_LIB_ENGINE, "ENGINE"},
    {ERR_LIB_OCSP, "OCSP"},     {ERR_LIB_UI, "UI"},
    {ERR_LIB_COMP, "COMP"},     {ERR_LIB_ECDSA, "ECDSA"},
    {ERR_LIB_ECDH, "ECDH"},     {ERR_LIB_OSSL_STORE, "OSSL_STORE"},
    {ERR_LIB_FIPS, "FIPS"},     {ERR_LIB_CMS, "CMS"},
    {ERR_LIB_TS, "TS"},         {ERR_LIB_HMAC, "HMAC"},
    {ERR_LIB_CT, "CT"},         {ERR_LIB_ASYNC, "ASYNC"},
    {ERR_LIB_KDF, "KDF"},       {ERR_LIB_SM2, "SM2"},
    {ERR_LIB_USER, "USER"},
};

std::string ErrorString(unsigned long code) {
  char buf[256];
  ERR_error_string_n(code, buf, sizeof(buf));
  return buf;
}

std::string ErrorCode(unsigned long code, const char* reason) {
  std::string out = "ERR_OSSL_";
  int lib = ERR_GET_LIB(code);
  for (const LibName& entry : kCodeLibraries) {
    if (entry.lib == lib) {
      out += entry.name;
      out += '_';
      break;
    }
  }
  for (const char* p = reason; *p != '\0'; p++)
    out += *p == ' ' ? '_' : static_cast<char>(std::toupper(*p));
  return out;
}

// False when a setter (user code on Object.prototype) threw.
bool SetString(Environment& env, v8::Local<v8::Object> target, const char* name,
               const std::string& value) {
  v8::Local<v8::String> string;
  if (!v8::String::NewFromUtf8(env.isolate(), value.data(),
                               v8::NewStringType::kNormal,
                               static_cast<int>(value.size()))
           .ToLocal(&string))
    return false;
  return target->Set(env.context(), OneByteString(env, name), string)
      .FromMaybe(false);
}

template <typename T>
class FetchCache {
 public:
  using Fetch = T* (*)(OSSL_LIB_CTX*, const char*, const char*);
  // `canonical` maps a legacy alias ("RSA-SHA256") to a fetchable name.
  using Canonical = const char* (*)(const char*);
  FetchCache(Fetch fetch, Canonical canonical)
      : fetch_(fetch), canonical_(canonical) {}
  // Cached per FIPS mode: the default properties decide what a fetch finds.
  const T* Get(const char* plain_name) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::string key =
        EVP_default_properties_is_fips_enabled(nullptr) ? "fips:" : "";
    key += plain_name;
    const char* name = plain_name;
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    T* value = fetch_(nullptr, name, nullptr);
    if (value == nullptr) {
      const char* canonical = canonical_(name);
      if (canonical != nullptr) value = fetch_(nullptr, canonical, nullptr);
    }
    ERR_clear_error();
    cache_.emplace(key, value);
    return value;
  }

 private:
  Fetch fetch_;
  Canonical canonical_;
  std::mutex mutex_;
  std::unordered_map<std::string, T*> cache_;
};

}  // namespace

void OpenSslErrors::Capture() {
  codes.clear();
  while (unsigned long code = ERR_get_error()) codes.push_back(code);
}

v8::MaybeLocal<v8::Value> MakeOpenSslError(Environment& env,
                                           const OpenSslErrors& errors,
                                           const char* fallback) {
  v8::Isolate* isolate = env.isolate();
  if (errors.empty()) {
    return v8::Exception::Error(OneByteString(
        env, fallback != nullptr ? fallback : "Operation failed"));
  }
  // The first error queued is the message; the later ones, newest first,
  // are its opensslErrorStack.
  unsigned long code = errors.codes.front();
  std::string message = ErrorString(code);
  v8::Local<v8::Object> error =
      v8::Exception::Error(
          v8::String::NewFromUtf8(isolate, message.c_str()).ToLocalChecked())
          .As<v8::Object>();
  if (errors.codes.size() > 1) {
    v8::Local<v8::Array> stack = v8::Array::New(isolate);
    uint32_t index = 0;
    for (size_t i = errors.codes.size() - 1; i > 0; i--) {
      std::string text = ErrorString(errors.codes[i]);
      stack
          ->Set(env.context(), index++,
                v8::String::NewFromUtf8(isolate, text.c_str()).ToLocalChecked())
          .FromMaybe(false);
    }
    if (!error
             ->Set(env.context(), OneByteString(env, "opensslErrorStack"),
                   stack)
             .FromMaybe(false))
      return {};
  }
  const char* library = ERR_lib_error_string(code);
  const char* reason = ERR_reason_error_string(code);
  if (library != nullptr && !SetString(env, error, "library", library))
    return {};
  if (reason != nullptr &&
      (!SetString(env, error, "reason", reason) ||
       !SetString(env, error, "code", ErrorCode(code, reason))))
    return {};
  return error;
}

void ThrowOpenSslError(Environment& env, const char* fallback) {
  OpenSslErrors errors;
  errors.Capture();
  v8::Local<v8::Value> error;
  // Empty: decorating the error threw, and that exception is pending.
  if (MakeOpenSslError(env, errors, fallback).ToLocal(&error))
    env.isolate()->ThrowException(error);
}

void ThrowCodedError(Environment& env, const char* code, const char* message,
                     v8::Local<v8::Value> (*make)(v8::Local<v8::String>)) {
  v8::Local<v8::Object> error =
      make(OneByteString(env, message)).As<v8::Object>();
  if (SetString(env, error, "code", code)) env.isolate()->ThrowException(error);
}

v8::Local<v8::ArrayBuffer> NewArrayBuffer(Environment& env, size_t size) {
  return v8::ArrayBuffer::New(env.isolate(), size);
}

v8::Local<v8::ArrayBuffer> NewArrayBuffer(Environment& env, const void* data,
                                          size_t size) {
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(env.isolate(), size);
  if (size > 0) std::memcpy(buffer->Data(), data, size);
  return buffer;
}

v8::Local<v8::String> OneByteString(Environment& env, const char* text) {
  return v8::String::NewFromOneByte(env.isolate(),
                                    reinterpret_cast<const uint8_t*>(text))
      .ToLocalChecked();
}

const EVP_MD* GetDigest(const char* name) {
  // node accepts the legacy name DSS1 for SHA-1.
  if (strcasecmp(name, "dss1") == 0) name = "sha1";
  static FetchCache<EVP_MD> cache(EVP_MD_fetch, [](const char* name) {
    const EVP_MD* md = EVP_get_digestbyname(name);
    return md == nullptr ? nullptr : EVP_MD_get0_name(md);
  });
  return cache.Get(name);
}

const EVP_CIPHER* GetCipher(const char* name) {
  static FetchCache<EVP_CIPHER> cache(EVP_CIPHER_fetch, [](const char* name) {
    const EVP_CIPHER* cipher = EVP_get_cipherbyname(name);
    return cipher == nullptr ? nullptr : EVP_CIPHER_get0_name(cipher);
  });
  return cache.Get(name);
}

const WrapType CryptoJob::kType{"CryptoJob", "CRYPTOJOB"};

struct CryptoJob::PoolWork {
  uv_work_t work{};
  CryptoJob* job = nullptr;
  Run run;
  Result result;
  const char* fallback_error = nullptr;
  OpenSslErrors errors;
  bool ok = false;
};

CryptoJob::~CryptoJob() {
  if (work_ != nullptr) work_->job = nullptr;
}

void CryptoJob::Start(Run run, Result result, const char* fallback_error) {
  auto* work = new PoolWork();
  work->job = this;
  work->run = std::move(run);
  work->result = std::move(result);
  work->fallback_error = fallback_error;
  work->work.data = work;
  int err = Dispatch([&](uv_work_t*) {
    return uv_queue_work(env().loop(), &work->work, DoWork, AfterWork);
  });
  CHECK_EQ(err, 0);
  work_ = work;
}

void CryptoJob::DoWork(uv_work_t* req) {
  auto* work = static_cast<PoolWork*>(req->data);
  ERR_clear_error();
  work->ok = work->run(&work->errors);
  if (!work->ok && work->errors.empty()) work->errors.Capture();
  ERR_clear_error();
}

void CryptoJob::AfterWork(uv_work_t* req, int status) {
  std::unique_ptr<PoolWork> work(static_cast<PoolWork*>(req->data));
  CryptoJob* job = work->job;
  if (job == nullptr) return;
  job->work_ = nullptr;
  CompletionScope<uv_work_t> scope(job);
  Environment& env = scope.env();
  if (!env.can_call_into_js() || status == UV_ECANCELED) return;
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Value> argv[2] = {v8::Undefined(isolate),
                                  v8::Undefined(isolate)};
  if (work->ok) {
    v8::TryCatch try_catch(isolate);
    if (!work->result(env).ToLocal(&argv[1])) {
      argv[0] =
          try_catch.HasCaught()
              ? try_catch.Exception()
              : v8::Exception::Error(OneByteString(env, "Operation failed"));
      argv[1] = v8::Undefined(isolate);
    }
  } else {
    v8::TryCatch try_catch(isolate);
    if (!MakeOpenSslError(env, work->errors, work->fallback_error)
             .ToLocal(&argv[0])) {
      argv[0] = try_catch.Exception();
    }
  }
  CallOnComplete(env, scope.object(), 2, argv);
}

v8::MaybeLocal<v8::Value> RunSync(Environment& env, const CryptoJob::Run& run,
                                  const CryptoJob::Result& result,
                                  const char* fallback_error) {
  ERR_clear_error();
  OpenSslErrors errors;
  if (!run(&errors)) {
    if (errors.empty()) errors.Capture();
    v8::Local<v8::Value> error;
    if (MakeOpenSslError(env, errors, fallback_error).ToLocal(&error))
      env.isolate()->ThrowException(error);
    return {};
  }
  return result(env);
}

}  // namespace nodus::crypto
