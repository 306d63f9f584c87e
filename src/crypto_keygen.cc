// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: key-pair generation (RSA, RSA-PSS, DSA,
// EC, Ed25519/Ed448, X25519/X448, DH), now or as a CryptoJob. The new key
// goes into KeyObjectHandles lib/ made beforehand. Used by
// lib/internal/crypto/keygen.js.

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/dsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <memory>
#include <string>
#include <vector>

#include "crypto.h"
#include "crypto_keys.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

// The generated key, between the pool's `run` and the JS thread.
struct Generated {
  EVP_PKEY* pkey = nullptr;
  ~Generated() { EVP_PKEY_free(pkey); }
};

// Generates with `ctx` (initialised for keygen by the caller's setup).
bool Generate(EVP_PKEY_CTX* ctx, Generated* out) {
  bool ok = ctx != nullptr && EVP_PKEY_generate(ctx, &out->pkey) == 1;
  EVP_PKEY_CTX_free(ctx);
  return ok;
}

// Starts (job) or runs (no job) `run`, then puts the key into both handles.
v8::MaybeLocal<v8::Value> Finish(Environment& env,
                                 v8::Local<v8::Value> job_value,
                                 KeyObjectHandle* public_handle,
                                 KeyObjectHandle* private_handle,
                                 std::function<bool(Generated*)> generate) {
  auto out = std::make_shared<Generated>();
  v8::Isolate* isolate = env.isolate();
  auto handles = std::make_shared<
      std::pair<v8::Global<v8::Object>, v8::Global<v8::Object>>>(
      v8::Global<v8::Object>(isolate, public_handle->object()),
      v8::Global<v8::Object>(isolate, private_handle->object()));
  CryptoJob::Run run = [generate, out](OpenSslErrors*) {
    return generate(out.get());
  };
  CryptoJob::Result result =
      [out, handles](Environment& e) -> v8::MaybeLocal<v8::Value> {
    v8::Isolate* iso = e.isolate();
    auto* pub =
        Wrap::Unwrap<KeyObjectHandle>(handles->first.Get(iso).As<v8::Value>());
    auto* priv =
        Wrap::Unwrap<KeyObjectHandle>(handles->second.Get(iso).As<v8::Value>());
    if (pub == nullptr || priv == nullptr) return v8::Undefined(iso);
    EVP_PKEY_up_ref(out->pkey);
    pub->Reset(out->pkey);
    EVP_PKEY_up_ref(out->pkey);
    priv->Reset(out->pkey);
    return v8::True(iso);
  };
  if (job_value->IsNull())
    return RunSync(env, run, result, "Key generation failed");
  Wrap::Unwrap<CryptoJob>(job_value)->Start(run, result,
                                            "Key generation failed");
  return v8::True(isolate);
}

// generateRsa(job, pub, priv, modulusLength, publicExponent, pss, hash,
// mgf1Hash, saltLength): hash '' and saltLength -1 mean unrestricted.
v8::MaybeLocal<v8::Value> GenerateRsa(Environment& env,
                                      v8::Local<v8::Value> job,
                                      KeyObjectHandle* pub,
                                      KeyObjectHandle* priv, uint32_t bits,
                                      double exponent, bool pss, Utf8Arg hash,
                                      Utf8Arg mgf1, int32_t salt_length) {
  return Finish(
      env, job, pub, priv,
      [bits, exponent = static_cast<uint64_t>(exponent), pss, hash = hash.value,
       mgf1 = mgf1.value, salt_length](Generated* out) {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(
            nullptr, pss ? "RSA-PSS" : "RSA", nullptr);
        if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) != 1) {
          EVP_PKEY_CTX_free(ctx);
          return false;
        }
        BIGNUM* e = BN_new();
        BN_set_word(e, exponent);
        bool ok = EVP_PKEY_CTX_set_rsa_keygen_bits(
                      ctx, static_cast<int>(bits)) == 1 &&
                  EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) == 1;
        BN_free(e);
        if (ok && pss && !hash.empty()) {
          ok = EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(ctx, hash.c_str(),
                                                       nullptr) == 1 &&
               EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(
                   ctx, mgf1.empty() ? hash.c_str() : mgf1.c_str()) == 1;
        }
        if (ok && pss && salt_length >= 0) {
          ok = EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx, salt_length) == 1;
        }
        if (!ok) {
          EVP_PKEY_CTX_free(ctx);
          return false;
        }
        return Generate(ctx, out);
      });
}

// generateEc(job, pub, priv, curve, explicitParams).
v8::MaybeLocal<v8::Value> GenerateEc(Environment& env, v8::Local<v8::Value> job,
                                     KeyObjectHandle* pub,
                                     KeyObjectHandle* priv, Utf8Arg curve,
                                     bool explicit_params) {
  return Finish(
      env, job, pub, priv,
      [curve = curve.value, explicit_params](Generated* out) {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME,
                                             const_cast<char*>(curve.c_str()),
                                             0),
            OSSL_PARAM_construct_utf8_string(
                OSSL_PKEY_PARAM_EC_ENCODING,
                const_cast<char*>(explicit_params ? "explicit" : "named_curve"),
                0),
            OSSL_PARAM_construct_end()};
        if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) != 1 ||
            EVP_PKEY_CTX_set_params(ctx, params) != 1) {
          EVP_PKEY_CTX_free(ctx);
          return false;
        }
        return Generate(ctx, out);
      });
}

// generateOkp(job, pub, priv, type): 'ED25519', 'ED448', 'X25519', 'X448'.
v8::MaybeLocal<v8::Value> GenerateOkp(Environment& env,
                                      v8::Local<v8::Value> job,
                                      KeyObjectHandle* pub,
                                      KeyObjectHandle* priv, Utf8Arg type) {
  return Finish(env, job, pub, priv, [type = type.value](Generated* out) {
    EVP_PKEY_CTX* ctx =
        EVP_PKEY_CTX_new_from_name(nullptr, type.c_str(), nullptr);
    if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) != 1) {
      EVP_PKEY_CTX_free(ctx);
      return false;
    }
    return Generate(ctx, out);
  });
}

// Generates a key from domain parameters `params` (DSA, DH).
bool GenerateFromParams(EVP_PKEY* params, Generated* out) {
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, params, nullptr);
  EVP_PKEY_free(params);
  if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) != 1) {
    EVP_PKEY_CTX_free(ctx);
    return false;
  }
  return Generate(ctx, out);
}

// generateDsa(job, pub, priv, modulusLength, divisorLength | -1).
v8::MaybeLocal<v8::Value> GenerateDsa(Environment& env,
                                      v8::Local<v8::Value> job,
                                      KeyObjectHandle* pub,
                                      KeyObjectHandle* priv, uint32_t bits,
                                      int32_t divisor_bits) {
  return Finish(env, job, pub, priv, [bits, divisor_bits](Generated* out) {
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "DSA", nullptr);
    EVP_PKEY* params = nullptr;
    bool ok =
        ctx != nullptr && EVP_PKEY_paramgen_init(ctx) == 1 &&
        EVP_PKEY_CTX_set_dsa_paramgen_bits(ctx, static_cast<int>(bits)) == 1 &&
        (divisor_bits < 0 ||
         EVP_PKEY_CTX_set_dsa_paramgen_q_bits(ctx, divisor_bits) == 1) &&
        EVP_PKEY_paramgen(ctx, &params) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok && GenerateFromParams(params, out);
  });
}

// Domain parameters (p, g) as an EVP_PKEY of type DH.
EVP_PKEY* DhParams(const BIGNUM* p, const BIGNUM* g) {
  OSSL_PARAM_BLD* build = OSSL_PARAM_BLD_new();
  OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_FFC_P, p);
  OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_FFC_G, g);
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(build);
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr);
  EVP_PKEY* pkey = nullptr;
  if (ctx == nullptr || EVP_PKEY_fromdata_init(ctx) != 1 ||
      EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_KEY_PARAMETERS, params) != 1)
    pkey = nullptr;
  EVP_PKEY_CTX_free(ctx);
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(build);
  return pkey;
}

// generateDh(job, pub, priv, prime | null, primeLength, generator): a
// prime (from lib/: given, or a named group's) or a new one of primeLength
// bits.
v8::MaybeLocal<v8::Value> GenerateDh(Environment& env, v8::Local<v8::Value> job,
                                     KeyObjectHandle* pub,
                                     KeyObjectHandle* priv,
                                     v8::Local<v8::Value> prime_value,
                                     int32_t prime_length, int32_t generator) {
  std::vector<uint8_t> prime;
  if (prime_value->IsArrayBufferView()) {
    auto view = prime_value.As<v8::ArrayBufferView>();
    const uint8_t* data =
        static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    prime.assign(data, data + view->ByteLength());
  }
  return Finish(
      env, job, pub, priv,
      [prime = std::move(prime), prime_length, generator](Generated* out) {
        EVP_PKEY* params = nullptr;
        if (!prime.empty()) {
          BIGNUM* p =
              BN_bin2bn(prime.data(), static_cast<int>(prime.size()), nullptr);
          BIGNUM* g = BN_new();
          BN_set_word(g, static_cast<BN_ULONG>(generator));
          params = DhParams(p, g);
          BN_free(p);
          BN_free(g);
        } else {
          EVP_PKEY_CTX* ctx =
              EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr);
          bool ok =
              ctx != nullptr && EVP_PKEY_paramgen_init(ctx) == 1 &&
              EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx, prime_length) == 1 &&
              EVP_PKEY_CTX_set_dh_paramgen_generator(ctx, generator) == 1 &&
              EVP_PKEY_paramgen(ctx, &params) == 1;
          EVP_PKEY_CTX_free(ctx);
          if (!ok) params = nullptr;
        }
        return params != nullptr && GenerateFromParams(params, out);
      });
}

constexpr Method kMethods[] = {
    {"generateRsa", Fn<&GenerateRsa>}, {"generateEc", Fn<&GenerateEc>},
    {"generateOkp", Fn<&GenerateOkp>}, {"generateDsa", Fn<&GenerateDsa>},
    {"generateDh", Fn<&GenerateDh>},
};

}  // namespace

extern const Part kKeygenPart{kMethods};

}  // namespace nodus::crypto
