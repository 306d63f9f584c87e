// SPDX-License-Identifier: MIT
// Shared pieces of the crypto bindings (src/crypto_*.cc): OpenSSL errors
// turned into node's error objects, byte results as ArrayBuffers, and
// CryptoJob, the thread-pool request behind every async crypto call.
#pragma once

#include <openssl/err.h>
#include <openssl/evp.h>
#include <uv.h>
#include <v8.h>

#include <functional>
#include <string>
#include <vector>

#include "binding.h"
#include "request.h"

namespace nodus::crypto {

// The OpenSSL error queue of one thread, taken off it (it is thread-local,
// so a pool job captures it before returning to the JS thread).
struct OpenSslErrors {
  std::vector<unsigned long> codes;
  void Capture();
  bool empty() const { return codes.empty(); }
};

// Node's error for an OpenSSL failure: message "error:XXXXXXXX:lib::reason",
// own `library`, `reason`, `code` ('ERR_OSSL_...'), and `opensslErrorStack`
// for the errors queued before the last one. With no queued error, a plain
// Error(fallback). Empty when a setter on Object.prototype threw while
// decorating it (that exception is then pending).
v8::MaybeLocal<v8::Value> MakeOpenSslError(Environment& env,
                                           const OpenSslErrors& errors,
                                           const char* fallback);
// Takes this thread's queue and throws the error made from it.
void ThrowOpenSslError(Environment& env, const char* fallback);
// Throws a plain Error (or TypeError/RangeError) with a node `code`.
void ThrowCodedError(
    Environment& env, const char* code, const char* message,
    v8::Local<v8::Value> (*make)(v8::Local<v8::String>) = v8::Exception::Error);

v8::Local<v8::ArrayBuffer> NewArrayBuffer(Environment& env, const void* data,
                                          size_t size);
// An ArrayBuffer of `size` bytes whose contents the caller fills.
v8::Local<v8::ArrayBuffer> NewArrayBuffer(Environment& env, size_t size);
v8::Local<v8::String> OneByteString(Environment& env, const char* text);

// A digest by name, fetched once per process and cached (EVP_MD_fetch is
// costly in OpenSSL 3; the fetched objects are immutable and thread-safe).
const EVP_MD* GetDigest(const char* name);
const EVP_CIPHER* GetCipher(const char* name);

// The work of one async crypto call: `run` on a pool thread (no V8), false
// on failure with `errors` filled; `result` makes the JS value afterwards on
// the JS thread. The completion calls job.oncomplete(err) or
// job.oncomplete(undefined, result).
// Lifetime: a Request<uv_work_t> (request.h): weak while idle, strong from
// Start() until the completion. The work itself (its inputs, copied, and
// outputs) lives in a PoolWork owned by libuv from queueing to the
// after-work callback, so that a job deleted at teardown while the pool
// still runs it leaves the pool thread nothing freed: the PoolWork is then
// orphaned (job == nullptr) and its after-work callback only frees it.
class CryptoJob : public Request<uv_work_t> {
 public:
  static const WrapType kType;
  CryptoJob(Environment& env, v8::Local<v8::Object> object)
      : Request(env, object, kType) {}
  ~CryptoJob() override;

  using Run = std::function<bool(OpenSslErrors* errors)>;
  using Result = std::function<v8::MaybeLocal<v8::Value>(Environment& env)>;
  void Start(Run run, Result result, const char* fallback_error);

 private:
  struct PoolWork;
  static void DoWork(uv_work_t* work);
  static void AfterWork(uv_work_t* work, int status);
  PoolWork* work_ = nullptr;
};

// Runs a job's `run` and `result` on the JS thread (the Sync forms), throwing
// the OpenSSL error on failure.
v8::MaybeLocal<v8::Value> RunSync(Environment& env, const CryptoJob::Run& run,
                                  const CryptoJob::Result& result,
                                  const char* fallback_error);

// An owned copy of input bytes, safe to use from a pool thread.
inline std::vector<uint8_t> Copy(const BytesArg& bytes) {
  return std::vector<uint8_t>(bytes.data, bytes.data + bytes.size);
}

}  // namespace nodus::crypto
