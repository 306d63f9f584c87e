// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: prime generation and primality tests
// (generatePrime, checkPrime), now or as a CryptoJob. Used by
// lib/internal/crypto/prime.js.

#include <openssl/bn.h>

#include <memory>
#include <vector>

#include "crypto.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

using Bytes = std::vector<uint8_t>;

Bytes OptionalBytes(v8::Local<v8::Value> value) {
  if (!value->IsArrayBufferView()) return {};
  auto view = value.As<v8::ArrayBufferView>();
  const uint8_t* data =
      static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  return Bytes(data, data + view->ByteLength());
}

v8::MaybeLocal<v8::Value> Dispatch(Environment& env,
                                   v8::Local<v8::Value> job_value,
                                   CryptoJob::Run run,
                                   CryptoJob::Result result) {
  if (job_value->IsNull())
    return RunSync(env, run, result, "Prime operation failed");
  Wrap::Unwrap<CryptoJob>(job_value)->Start(std::move(run), std::move(result),
                                            "Prime operation failed");
  return v8::True(env.isolate());
}

// generatePrime(job | null, bits, safe, add | null, rem | null) ->
// ArrayBuffer (big-endian).
v8::MaybeLocal<v8::Value> GeneratePrime(Environment& env,
                                        v8::Local<v8::Value> job, int32_t bits,
                                        bool safe, v8::Local<v8::Value> add,
                                        v8::Local<v8::Value> rem) {
  auto out = std::make_shared<Bytes>();
  CryptoJob::Run run = [bits, safe, add = OptionalBytes(add),
                        has_add = add->IsArrayBufferView(),
                        rem = OptionalBytes(rem),
                        has_rem = rem->IsArrayBufferView(),
                        out](OpenSslErrors*) {
    BIGNUM* prime = BN_new();
    BIGNUM* a =
        has_add ? BN_bin2bn(add.data(), static_cast<int>(add.size()), nullptr)
                : nullptr;
    BIGNUM* r =
        has_rem ? BN_bin2bn(rem.data(), static_cast<int>(rem.size()), nullptr)
                : nullptr;
    BN_CTX* ctx = BN_CTX_new();
    bool ok = BN_generate_prime_ex2(prime, bits, safe ? 1 : 0, a, r, nullptr,
                                    ctx) == 1;
    if (ok) {
      out->resize(static_cast<size_t>(BN_num_bytes(prime)));
      BN_bn2bin(prime, out->data());
    }
    BN_CTX_free(ctx);
    BN_free(a);
    BN_free(r);
    BN_free(prime);
    return ok;
  };
  CryptoJob::Result result =
      [out](Environment& e) -> v8::MaybeLocal<v8::Value> {
    return NewArrayBuffer(e, out->data(), out->size());
  };
  return Dispatch(env, job, run, result);
}

// checkPrime(job | null, candidate, checks) -> bool.
v8::MaybeLocal<v8::Value> CheckPrime(Environment& env, v8::Local<v8::Value> job,
                                     BytesArg candidate, int32_t checks) {
  auto verdict = std::make_shared<bool>(false);
  // OpenSSL 3 chooses the number of Miller-Rabin rounds for the size (at
  // least as many as node's default); `checks` is validated by lib/ only.
  CryptoJob::Run run = [candidate = Copy(candidate), verdict](OpenSslErrors*) {
    BIGNUM* n = BN_bin2bn(candidate.data(), static_cast<int>(candidate.size()),
                          nullptr);
    BN_CTX* ctx = BN_CTX_new();
    int result = BN_check_prime(n, ctx, nullptr);
    BN_CTX_free(ctx);
    BN_free(n);
    if (result < 0) return false;
    *verdict = result == 1;
    return true;
  };
  CryptoJob::Result result =
      [verdict](Environment& e) -> v8::MaybeLocal<v8::Value> {
    return v8::Boolean::New(e.isolate(), *verdict);
  };
  return Dispatch(env, job, run, result);
}

constexpr Method kMethods[] = {
    {"generatePrime", Fn<&GeneratePrime>},
    {"checkPrime", Fn<&CheckPrime>},
};

}  // namespace

extern const Part kPrimePart{kMethods};

}  // namespace nodus::crypto
