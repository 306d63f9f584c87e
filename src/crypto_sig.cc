// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: signatures. Sign/Verify hash streamed
// data then sign the digest with a private key (RSA with PKCS#1 v1.5 or
// PSS padding, ECDSA, DSA); signOneShot/verifyOneShot do the whole message
// (also Ed25519/Ed448), now or as a CryptoJob. ECDSA/DSA signatures convert
// between DER and IEEE P1363 (r || s). Used by lib/internal/crypto/sig.js.

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
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

using Bytes = std::vector<uint8_t>;

constexpr int32_t kDsaEncodingDer = 0;
constexpr int32_t kNoPadding = -1;
// Not one of OpenSSL's special salt lengths: "use the default".
constexpr int32_t kDefaultSaltLength = -100;

// How a signature is made: padding and salt length for RSA, the encoding
// of ECDSA/DSA signatures.
struct SignOptions {
  int32_t padding = kNoPadding;
  int32_t salt_length = kDefaultSaltLength;
  int32_t dsa_encoding = kDsaEncodingDer;
};

bool IsRsa(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  return id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS;
}

bool UsesDsaSignatures(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  return id == EVP_PKEY_EC || id == EVP_PKEY_DSA;
}

// Bytes of one of r and s in a P1363 signature for this key.
size_t P1363ComponentSize(EVP_PKEY* pkey) {
  if (EVP_PKEY_get_base_id(pkey) == EVP_PKEY_DSA) {
    BIGNUM* q = nullptr;
    EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q);
    size_t size = q == nullptr ? 0 : static_cast<size_t>(BN_num_bytes(q));
    BN_free(q);
    return size;
  }
  return static_cast<size_t>((EVP_PKEY_get_bits(pkey) + 7) / 8);
}

bool DerToP1363(EVP_PKEY* pkey, Bytes* signature) {
  const uint8_t* p = signature->data();
  ECDSA_SIG* sig =
      d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(signature->size()));
  if (sig == nullptr) return false;
  size_t n = P1363ComponentSize(pkey);
  Bytes out(2 * n);
  bool ok = BN_bn2binpad(ECDSA_SIG_get0_r(sig), out.data(),
                         static_cast<int>(n)) > 0 &&
            BN_bn2binpad(ECDSA_SIG_get0_s(sig), out.data() + n,
                         static_cast<int>(n)) > 0;
  ECDSA_SIG_free(sig);
  if (ok) *signature = std::move(out);
  return ok;
}

// False when the P1363 signature has the wrong length for the key.
bool P1363ToDer(EVP_PKEY* pkey, Bytes* signature) {
  size_t n = P1363ComponentSize(pkey);
  if (signature->size() != 2 * n) return false;
  ECDSA_SIG* sig = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(signature->data(), static_cast<int>(n), nullptr);
  BIGNUM* s = BN_bin2bn(signature->data() + n, static_cast<int>(n), nullptr);
  ECDSA_SIG_set0(sig, r, s);
  uint8_t* der = nullptr;
  int size = i2d_ECDSA_SIG(sig, &der);
  ECDSA_SIG_free(sig);
  if (size <= 0) return false;
  signature->assign(der, der + size);
  OPENSSL_free(der);
  return true;
}

// Applies RSA padding and PSS salt length to a signing context; what is
// not given keeps OpenSSL's default (PKCS#1 v1.5 for RSA keys, PSS for
// RSA-PSS keys, whose salt-length restriction then applies).
bool ApplyOptions(EVP_PKEY_CTX* ctx, EVP_PKEY* pkey, const SignOptions& o,
                  bool sign) {
  if (!IsRsa(pkey)) return true;
  if (o.padding != kNoPadding &&
      EVP_PKEY_CTX_set_rsa_padding(ctx, o.padding) != 1)
    return false;
  int padding = o.padding;
  if (padding == kNoPadding && EVP_PKEY_get_base_id(pkey) == EVP_PKEY_RSA_PSS)
    padding = RSA_PKCS1_PSS_PADDING;
  if (padding == RSA_PKCS1_PSS_PADDING && o.salt_length != kDefaultSaltLength &&
      EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, o.salt_length) != 1)
    return false;
  return true;
}

// Signs a digest already computed with `md`.
bool SignDigest(EVP_PKEY* pkey, const EVP_MD* md, const uint8_t* digest,
                size_t digest_size, const SignOptions& options, Bytes* out) {
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(pkey, nullptr);
  bool ok = ctx != nullptr && EVP_PKEY_sign_init(ctx) == 1 &&
            ApplyOptions(ctx, pkey, options, true) &&
            EVP_PKEY_CTX_set_signature_md(ctx, md) == 1;
  size_t size = 0;
  ok = ok && EVP_PKEY_sign(ctx, nullptr, &size, digest, digest_size) == 1;
  if (ok) {
    out->resize(size);
    ok = EVP_PKEY_sign(ctx, out->data(), &size, digest, digest_size) == 1;
    out->resize(size);
  }
  EVP_PKEY_CTX_free(ctx);
  if (ok && options.dsa_encoding != kDsaEncodingDer && UsesDsaSignatures(pkey))
    ok = DerToP1363(pkey, out);
  return ok;
}

// 1 valid, 0 invalid, -1 error.
int VerifyDigest(EVP_PKEY* pkey, const EVP_MD* md, const uint8_t* digest,
                 size_t digest_size, Bytes signature,
                 const SignOptions& options) {
  if (options.dsa_encoding != kDsaEncodingDer && UsesDsaSignatures(pkey) &&
      !P1363ToDer(pkey, &signature))
    return 0;
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(pkey, nullptr);
  bool ok = ctx != nullptr && EVP_PKEY_verify_init(ctx) == 1 &&
            ApplyOptions(ctx, pkey, options, false) &&
            EVP_PKEY_CTX_set_signature_md(ctx, md) == 1;
  int result = -1;
  if (ok) {
    result = EVP_PKEY_verify(ctx, signature.data(), signature.size(), digest,
                             digest_size) == 1
                 ? 1
                 : 0;
    ERR_clear_error();
  }
  EVP_PKEY_CTX_free(ctx);
  return result;
}

// Lifetime: weak from creation; GC of the JS Sign/Verify frees the digest.
class SignBase : public Wrap {
 public:
  static const WrapType kType;
  SignBase(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~SignBase() override { EVP_MD_CTX_free(ctx_); }

  // The digest so far (the context is consumed).
  bool Finish(uint8_t* out, unsigned int* size) {
    bool ok = EVP_DigestFinal_ex(ctx_, out, size) == 1;
    EVP_MD_CTX_free(ctx_);
    ctx_ = nullptr;
    return ok;
  }

  EVP_MD_CTX* ctx_ = nullptr;
  const EVP_MD* md_ = nullptr;
};
const WrapType SignBase::kType{"SignBase"};

// init(algorithm) -> false for an unknown digest.
bool SignInit(Environment& env, Receiver<SignBase> self, Utf8Arg algorithm) {
  const EVP_MD* md = GetDigest(algorithm.value.c_str());
  if (md == nullptr) return false;
  self->md_ = md;
  self->ctx_ = EVP_MD_CTX_new();
  return EVP_DigestInit_ex(self->ctx_, md, nullptr) == 1;
}

bool SignUpdate(Environment& env, Receiver<SignBase> self, BytesArg data) {
  return self->ctx_ != nullptr &&
         EVP_DigestUpdate(self->ctx_, data.data, data.size) == 1;
}

SignOptions OptionsOf(int32_t padding, int32_t salt_length,
                      int32_t dsa_encoding) {
  return SignOptions{padding, salt_length, dsa_encoding};
}

// sign(key, padding, saltLength, dsaEncoding) -> ArrayBuffer.
v8::MaybeLocal<v8::Value> SignFinal(Environment& env, Receiver<SignBase> self,
                                    KeyObjectHandle* key, int32_t padding,
                                    int32_t salt_length, int32_t dsa_encoding) {
  uint8_t digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  ERR_clear_error();
  Bytes out;
  if (!self->Finish(digest, &size) ||
      !SignDigest(key->pkey(), self->md_, digest, size,
                  OptionsOf(padding, salt_length, dsa_encoding), &out)) {
    ThrowOpenSslError(env, "Failed to sign");
    return {};
  }
  return NewArrayBuffer(env, out.data(), out.size());
}

// verify(key, signature, padding, saltLength, dsaEncoding) -> bool.
v8::MaybeLocal<v8::Value> VerifyFinal(Environment& env, Receiver<SignBase> self,
                                      KeyObjectHandle* key, BytesArg signature,
                                      int32_t padding, int32_t salt_length,
                                      int32_t dsa_encoding) {
  uint8_t digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  ERR_clear_error();
  if (!self->Finish(digest, &size)) {
    ThrowOpenSslError(env, "Failed to verify");
    return {};
  }
  int result =
      VerifyDigest(key->pkey(), self->md_, digest, size, Copy(signature),
                   OptionsOf(padding, salt_length, dsa_encoding));
  if (result < 0) {
    ThrowOpenSslError(env, "Failed to verify");
    return {};
  }
  return v8::Boolean::New(env.isolate(), result == 1);
}

// The whole-message signature (EVP_DigestSign): `md` may be null for
// Ed25519/Ed448 (and means the key's default digest for the others).
bool SignMessage(EVP_PKEY* pkey, const EVP_MD* md, const Bytes& data,
                 const SignOptions& options, Bytes* out) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX* pctx = nullptr;
  bool ok = EVP_DigestSignInit(ctx, &pctx, md, nullptr, pkey) == 1 &&
            ApplyOptions(pctx, pkey, options, true);
  size_t size = 0;
  ok = ok && EVP_DigestSign(ctx, nullptr, &size, data.data(), data.size()) == 1;
  if (ok) {
    out->resize(size);
    ok = EVP_DigestSign(ctx, out->data(), &size, data.data(), data.size()) == 1;
    out->resize(size);
  }
  EVP_MD_CTX_free(ctx);
  if (ok && options.dsa_encoding != kDsaEncodingDer && UsesDsaSignatures(pkey))
    ok = DerToP1363(pkey, out);
  return ok;
}

int VerifyMessage(EVP_PKEY* pkey, const EVP_MD* md, const Bytes& data,
                  Bytes signature, const SignOptions& options) {
  if (options.dsa_encoding != kDsaEncodingDer && UsesDsaSignatures(pkey) &&
      !P1363ToDer(pkey, &signature))
    return 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX* pctx = nullptr;
  int result = -1;
  if (EVP_DigestVerifyInit(ctx, &pctx, md, nullptr, pkey) == 1 &&
      ApplyOptions(pctx, pkey, options, false)) {
    result = EVP_DigestVerify(ctx, signature.data(), signature.size(),
                              data.data(), data.size()) == 1
                 ? 1
                 : 0;
    ERR_clear_error();
  }
  EVP_MD_CTX_free(ctx);
  return result;
}

// The digest for a one-shot call: '' means none (the key decides).
bool DigestFor(const Utf8Arg& algorithm, const EVP_MD** md) {
  *md = nullptr;
  if (algorithm.value.empty()) return true;
  *md = GetDigest(algorithm.value.c_str());
  return *md != nullptr;
}

// signOneShot(job | null, algorithm ('' for none), data, key, padding,
// saltLength, dsaEncoding) -> ArrayBuffer (sync), true (job started), or
// false for an unknown digest.
v8::MaybeLocal<v8::Value> SignOneShot(Environment& env,
                                      v8::Local<v8::Value> job_value,
                                      Utf8Arg algorithm, BytesArg data,
                                      KeyObjectHandle* key, int32_t padding,
                                      int32_t salt_length,
                                      int32_t dsa_encoding) {
  const EVP_MD* md;
  if (!DigestFor(algorithm, &md)) return v8::False(env.isolate());
  auto out = std::make_shared<Bytes>();
  CryptoJob::Run run = [pkey = PkeyRef(key->pkey()), md, data = Copy(data),
                        options = OptionsOf(padding, salt_length, dsa_encoding),
                        out](OpenSslErrors*) {
    return SignMessage(pkey.pkey, md, data, options, out.get());
  };
  CryptoJob::Result result =
      [out](Environment& e) -> v8::MaybeLocal<v8::Value> {
    return NewArrayBuffer(e, out->data(), out->size());
  };
  if (job_value->IsNull()) return RunSync(env, run, result, "Failed to sign");
  Wrap::Unwrap<CryptoJob>(job_value)->Start(run, result, "Failed to sign");
  return v8::True(env.isolate());
}

// verifyOneShot(job | null, algorithm, data, key, signature, padding,
// saltLength, dsaEncoding) -> bool (sync), true (job started: its result is
// the bool), or undefined for an unknown digest.
v8::MaybeLocal<v8::Value> VerifyOneShot(
    Environment& env, v8::Local<v8::Value> job_value, Utf8Arg algorithm,
    BytesArg data, KeyObjectHandle* key, BytesArg signature, int32_t padding,
    int32_t salt_length, int32_t dsa_encoding) {
  const EVP_MD* md;
  if (!DigestFor(algorithm, &md)) return v8::Undefined(env.isolate());
  auto verdict = std::make_shared<int>(0);
  CryptoJob::Run run = [pkey = PkeyRef(key->pkey()), md, data = Copy(data),
                        signature = Copy(signature),
                        options = OptionsOf(padding, salt_length, dsa_encoding),
                        verdict](OpenSslErrors*) {
    *verdict = VerifyMessage(pkey.pkey, md, data, signature, options);
    return *verdict >= 0;
  };
  CryptoJob::Result result =
      [verdict](Environment& e) -> v8::MaybeLocal<v8::Value> {
    return v8::Boolean::New(e.isolate(), *verdict == 1);
  };
  if (job_value->IsNull()) return RunSync(env, run, result, "Failed to verify");
  Wrap::Unwrap<CryptoJob>(job_value)->Start(run, result, "Failed to verify");
  return v8::True(env.isolate());
}

constexpr Method kSignMethods[] = {
    {"init", Fn<&SignInit>},
    {"update", Fn<&SignUpdate>},
    {"sign", Fn<&SignFinal>},
    {"verify", Fn<&VerifyFinal>},
};

constexpr Method kMethods[] = {
    {"signOneShot", Fn<&SignOneShot>},
    {"verifyOneShot", Fn<&VerifyOneShot>},
};
constexpr Class kClasses[] = {
    {"SignBase", Construct<SignBase>, kSignMethods},
};

}  // namespace

extern const Part kSigPart{kMethods, kClasses};

}  // namespace nodus::crypto
