// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: key agreement. DiffieHellmanHandle (finite
// field, for createDiffieHellman/getDiffieHellman), EcdhHandle (createECDH,
// ECDH.convertKey) on OpenSSL's EC_POINT arithmetic, and the KeyObject-based
// diffieHellman() (EVP_PKEY_derive). Used by
// lib/internal/crypto/diffiehellman.js.

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>

#include <algorithm>
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

v8::Local<v8::Value> BnBuffer(Environment& env, const BIGNUM* bn, int pad = 0) {
  int size = std::max(BN_num_bytes(bn), pad);
  v8::Local<v8::ArrayBuffer> out =
      NewArrayBuffer(env, static_cast<size_t>(size));
  BN_bn2binpad(bn, static_cast<uint8_t*>(out->Data()), size);
  return out;
}

BIGNUM* BnFrom(const BytesArg& bytes) {
  return BN_bin2bn(bytes.data, static_cast<int>(bytes.size), nullptr);
}

// Lifetime: weak from creation; GC of the JS DiffieHellman frees it.
class DiffieHellmanHandle : public Wrap {
 public:
  static const WrapType kType;
  DiffieHellmanHandle(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~DiffieHellmanHandle() override {
    BN_free(p_);
    BN_free(g_);
    BN_free(pub_);
    BN_clear_free(priv_);
  }

  BIGNUM* p_ = nullptr;
  BIGNUM* g_ = nullptr;
  BIGNUM* pub_ = nullptr;
  BIGNUM* priv_ = nullptr;
  std::string group_;  // OpenSSL's name of a named group, or empty
  int32_t verify_error_ = 0;
};
const WrapType DiffieHellmanHandle::kType{"DiffieHellmanHandle"};

// DH_check's flags, computed without the deprecated DH API.
int32_t CheckParams(const BIGNUM* p, const BIGNUM* g) {
  constexpr int32_t kNotPrime = 0x01;
  constexpr int32_t kNotSafePrime = 0x02;
  constexpr int32_t kNotSuitableGenerator = 0x08;
  constexpr int32_t kModulusTooSmall = 0x80;
  if (BN_num_bits(p) < 512) return kModulusTooSmall;
  int32_t flags = 0;
  BN_CTX* ctx = BN_CTX_new();
  if (BN_check_prime(p, ctx, nullptr) != 1) {
    flags |= kNotPrime;
  } else {
    BIGNUM* q = BN_dup(p);
    BN_sub_word(q, 1);
    BN_rshift1(q, q);
    if (BN_check_prime(q, ctx, nullptr) != 1) flags |= kNotSafePrime;
    BN_free(q);
  }
  BIGNUM* limit = BN_dup(p);
  BN_sub_word(limit, 1);
  if (BN_cmp(g, BN_value_one()) <= 0 || BN_cmp(g, limit) >= 0)
    flags |= kNotSuitableGenerator;
  BN_free(limit);
  BN_CTX_free(ctx);
  return flags;
}

// initPrime(prime, generator): from the given numbers.
void DhInitPrime(Environment& env, Receiver<DiffieHellmanHandle> self,
                 BytesArg prime, BytesArg generator, Utf8Arg group) {
  self->p_ = BnFrom(prime);
  self->g_ = BnFrom(generator);
  self->group_ = group.value;
  self->verify_error_ = CheckParams(self->p_, self->g_);
}

// initLength(bits, generator) -> false after throwing: a new safe prime.
bool DhInitLength(Environment& env, Receiver<DiffieHellmanHandle> self,
                  int32_t bits, int32_t generator) {
  ERR_clear_error();
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr);
  EVP_PKEY* params = nullptr;
  bool ok = ctx != nullptr && EVP_PKEY_paramgen_init(ctx) == 1 &&
            EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx, bits) == 1 &&
            EVP_PKEY_CTX_set_dh_paramgen_generator(ctx, generator) == 1 &&
            EVP_PKEY_paramgen(ctx, &params) == 1;
  EVP_PKEY_CTX_free(ctx);
  if (ok) {
    ok = EVP_PKEY_get_bn_param(params, OSSL_PKEY_PARAM_FFC_P, &self->p_) == 1 &&
         EVP_PKEY_get_bn_param(params, OSSL_PKEY_PARAM_FFC_G, &self->g_) == 1;
  }
  EVP_PKEY_free(params);
  if (!ok) {
    ThrowOpenSslError(env, "Failed to generate DH parameters");
    return false;
  }
  self->verify_error_ = 0;
  return true;
}

int32_t DhVerifyError(Environment& env, Receiver<DiffieHellmanHandle> self) {
  return self->verify_error_;
}

// generateKeys() -> the public key; an existing private key is kept.
v8::MaybeLocal<v8::Value> DhGenerateKeys(Environment& env,
                                         Receiver<DiffieHellmanHandle> self) {
  ERR_clear_error();
  if (BN_num_bits(self->p_) < 512) {
    ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
    ThrowOpenSslError(env, "Key generation failed");
    return {};
  }
  if (self->priv_ == nullptr) {
    OSSL_PARAM_BLD* build = OSSL_PARAM_BLD_new();
    if (!self->group_.empty()) {
      OSSL_PARAM_BLD_push_utf8_string(build, OSSL_PKEY_PARAM_GROUP_NAME,
                                      self->group_.c_str(), 0);
    } else {
      OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_FFC_P, self->p_);
      OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_FFC_G, self->g_);
    }
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(build);
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr);
    EVP_PKEY* domain = nullptr;
    EVP_PKEY* key = nullptr;
    bool ok =
        ctx != nullptr && EVP_PKEY_fromdata_init(ctx) == 1 &&
        EVP_PKEY_fromdata(ctx, &domain, EVP_PKEY_KEY_PARAMETERS, params) == 1;
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    if (ok) {
      EVP_PKEY_CTX* gen = EVP_PKEY_CTX_new_from_pkey(nullptr, domain, nullptr);
      ok = gen != nullptr && EVP_PKEY_keygen_init(gen) == 1 &&
           EVP_PKEY_generate(gen, &key) == 1;
      EVP_PKEY_CTX_free(gen);
    }
    EVP_PKEY_free(domain);
    if (ok) {
      ok = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &self->priv_) ==
           1;
    }
    EVP_PKEY_free(key);
    if (!ok) {
      ThrowOpenSslError(env, "Key generation failed");
      return {};
    }
  }
  BN_CTX* ctx = BN_CTX_new();
  BN_free(self->pub_);
  self->pub_ = BN_new();
  bool ok = BN_mod_exp(self->pub_, self->g_, self->priv_, self->p_, ctx) == 1;
  BN_CTX_free(ctx);
  if (!ok) {
    ThrowOpenSslError(env, "Key generation failed");
    return {};
  }
  return BnBuffer(env, self->pub_);
}

// get(which): 0 prime, 1 generator, 2 public, 3 private; undefined if unset.
v8::Local<v8::Value> DhGet(Environment& env, Receiver<DiffieHellmanHandle> self,
                           int32_t which) {
  const BIGNUM* values[] = {self->p_, self->g_, self->pub_, self->priv_};
  const BIGNUM* bn = values[which];
  if (bn == nullptr) return v8::Undefined(env.isolate());
  return BnBuffer(env, bn);
}

void DhSetPublicKey(Environment& env, Receiver<DiffieHellmanHandle> self,
                    BytesArg key) {
  BN_free(self->pub_);
  self->pub_ = BnFrom(key);
}

void DhSetPrivateKey(Environment& env, Receiver<DiffieHellmanHandle> self,
                     BytesArg key) {
  BN_clear_free(self->priv_);
  self->priv_ = BnFrom(key);
}

// computeSecret(peer) -> the shared secret padded to the prime's size, or
// undefined when the peer key is out of range (1 < key < p - 1).
v8::MaybeLocal<v8::Value> DhComputeSecret(Environment& env,
                                          Receiver<DiffieHellmanHandle> self,
                                          BytesArg peer) {
  BIGNUM* key = BnFrom(peer);
  BIGNUM* limit = BN_dup(self->p_);
  BN_sub_word(limit, 1);
  bool valid = BN_cmp(key, BN_value_one()) > 0 && BN_cmp(key, limit) < 0;
  BN_free(limit);
  if (!valid) {
    BN_free(key);
    return v8::Undefined(env.isolate());
  }
  BN_CTX* ctx = BN_CTX_new();
  BIGNUM* secret = BN_new();
  bool ok = BN_mod_exp(secret, key, self->priv_, self->p_, ctx) == 1;
  BN_CTX_free(ctx);
  BN_free(key);
  v8::Local<v8::Value> out;
  if (ok) out = BnBuffer(env, secret, BN_num_bytes(self->p_));
  BN_clear_free(secret);
  if (!ok) {
    ThrowOpenSslError(env, "Failed to compute the secret");
    return {};
  }
  return out;
}

// Lifetime: weak from creation; GC of the JS ECDH frees it.
class EcdhHandle : public Wrap {
 public:
  static const WrapType kType;
  EcdhHandle(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~EcdhHandle() override {
    EC_GROUP_free(group_);
    EC_POINT_free(pub_);
    BN_clear_free(priv_);
  }

  EC_GROUP* group_ = nullptr;
  EC_POINT* pub_ = nullptr;
  BIGNUM* priv_ = nullptr;
};
const WrapType EcdhHandle::kType{"EcdhHandle"};

// init(curve) -> false for an unknown curve.
bool EcdhInit(Environment& env, Receiver<EcdhHandle> self, Utf8Arg curve) {
  int nid = OBJ_sn2nid(curve.value.c_str());
  self->group_ = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
  ERR_clear_error();
  return self->group_ != nullptr;
}

// The public point for a private key, or null.
EC_POINT* PublicPoint(const EC_GROUP* group, const BIGNUM* priv) {
  EC_POINT* point = EC_POINT_new(group);
  if (EC_POINT_mul(group, point, priv, nullptr, nullptr, nullptr) != 1) {
    EC_POINT_free(point);
    return nullptr;
  }
  return point;
}

void EcdhGenerateKeys(Environment& env, Receiver<EcdhHandle> self) {
  BIGNUM* priv = BN_new();
  const BIGNUM* order = EC_GROUP_get0_order(self->group_);
  do {
    BN_priv_rand_range(priv, order);
  } while (BN_is_zero(priv));
  BN_clear_free(self->priv_);
  self->priv_ = priv;
  EC_POINT_free(self->pub_);
  self->pub_ = PublicPoint(self->group_, priv);
}

// A point in `format` (POINT_CONVERSION_*), or undefined.
v8::Local<v8::Value> PointBuffer(Environment& env, const EC_GROUP* group,
                                 const EC_POINT* point, int32_t format) {
  auto form = static_cast<point_conversion_form_t>(format);
  size_t size = EC_POINT_point2oct(group, point, form, nullptr, 0, nullptr);
  if (size == 0) return v8::Undefined(env.isolate());
  v8::Local<v8::ArrayBuffer> out = NewArrayBuffer(env, size);
  EC_POINT_point2oct(group, point, form, static_cast<uint8_t*>(out->Data()),
                     size, nullptr);
  return out;
}

v8::Local<v8::Value> EcdhGetPublicKey(Environment& env,
                                      Receiver<EcdhHandle> self,
                                      int32_t format) {
  if (self->pub_ == nullptr) return v8::Undefined(env.isolate());
  return PointBuffer(env, self->group_, self->pub_, format);
}

v8::Local<v8::Value> EcdhGetPrivateKey(Environment& env,
                                       Receiver<EcdhHandle> self) {
  if (self->priv_ == nullptr) return v8::Undefined(env.isolate());
  int size = (EC_GROUP_get_degree(self->group_) + 7) / 8;
  return BnBuffer(env, self->priv_, size);
}

// setPrivateKey(key) -> false when 0 < key < order does not hold.
bool EcdhSetPrivateKey(Environment& env, Receiver<EcdhHandle> self,
                       BytesArg key) {
  BIGNUM* priv = BnFrom(key);
  if (BN_is_zero(priv) ||
      BN_cmp(priv, EC_GROUP_get0_order(self->group_)) >= 0) {
    BN_clear_free(priv);
    return false;
  }
  EC_POINT* point = PublicPoint(self->group_, priv);
  if (point == nullptr) {
    BN_clear_free(priv);
    return false;
  }
  BN_clear_free(self->priv_);
  self->priv_ = priv;
  EC_POINT_free(self->pub_);
  self->pub_ = point;
  return true;
}

// A peer point, or null when it is not on the curve.
EC_POINT* ReadPoint(const EC_GROUP* group, const BytesArg& bytes) {
  EC_POINT* point = EC_POINT_new(group);
  if (EC_POINT_oct2point(group, point, bytes.data, bytes.size, nullptr) != 1) {
    EC_POINT_free(point);
    ERR_clear_error();
    return nullptr;
  }
  return point;
}

bool EcdhSetPublicKey(Environment& env, Receiver<EcdhHandle> self,
                      BytesArg key) {
  EC_POINT* point = ReadPoint(self->group_, key);
  if (point == nullptr) return false;
  EC_POINT_free(self->pub_);
  self->pub_ = point;
  return true;
}

// computeSecret(peer) -> the x coordinate of priv * peer, undefined for a
// point not on the curve, false when the key pair does not match (a public
// key set by setPublicKey).
v8::Local<v8::Value> EcdhComputeSecret(Environment& env,
                                       Receiver<EcdhHandle> self,
                                       BytesArg peer) {
  if (self->priv_ != nullptr && self->pub_ != nullptr) {
    EC_POINT* expected = PublicPoint(self->group_, self->priv_);
    bool match = expected != nullptr &&
                 EC_POINT_cmp(self->group_, expected, self->pub_, nullptr) == 0;
    EC_POINT_free(expected);
    if (!match) return v8::False(env.isolate());
  }
  EC_POINT* point = ReadPoint(self->group_, peer);
  if (point == nullptr || self->priv_ == nullptr)
    return v8::Undefined(env.isolate());
  EC_POINT* shared = EC_POINT_new(self->group_);
  BIGNUM* x = BN_new();
  bool ok = EC_POINT_mul(self->group_, shared, nullptr, point, self->priv_,
                         nullptr) == 1 &&
            EC_POINT_get_affine_coordinates(self->group_, shared, x, nullptr,
                                            nullptr) == 1;
  v8::Local<v8::Value> out = v8::Undefined(env.isolate());
  if (ok) out = BnBuffer(env, x, (EC_GROUP_get_degree(self->group_) + 7) / 8);
  BN_clear_free(x);
  EC_POINT_free(shared);
  EC_POINT_free(point);
  ERR_clear_error();
  return out;
}

// convertKey(curve, key, format) -> the point in another form, or
// undefined when it is not on the curve; false for an unknown curve.
v8::Local<v8::Value> EcdhConvertKey(Environment& env, Utf8Arg curve,
                                    BytesArg key, int32_t format) {
  int nid = OBJ_sn2nid(curve.value.c_str());
  EC_GROUP* group =
      nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
  ERR_clear_error();
  if (group == nullptr) return v8::False(env.isolate());
  EC_POINT* point = ReadPoint(group, key);
  v8::Local<v8::Value> out = v8::Undefined(env.isolate());
  if (point != nullptr) out = PointBuffer(env, group, point, format);
  EC_POINT_free(point);
  EC_GROUP_free(group);
  return out;
}

// The shared secret of two keys (EVP_PKEY_derive); DH secrets keep their
// leading zeros (padded to the prime's size).
bool DeriveBytes(EVP_PKEY* private_key, EVP_PKEY* public_key, Bytes* out) {
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, private_key, nullptr);
  size_t size = 0;
  bool ok = ctx != nullptr && EVP_PKEY_derive_init(ctx) == 1 &&
            EVP_PKEY_derive_set_peer(ctx, public_key) == 1 &&
            EVP_PKEY_derive(ctx, nullptr, &size) == 1;
  out->resize(size);
  ok = ok && EVP_PKEY_derive(ctx, out->data(), &size) == 1;
  EVP_PKEY_CTX_free(ctx);
  if (!ok) return false;
  out->resize(size);
  size_t full = size;
  if (EVP_PKEY_get_base_id(private_key) == EVP_PKEY_DH)
    full = static_cast<size_t>(EVP_PKEY_get_size(private_key));
  if (full > size) out->insert(out->begin(), full - size, 0);
  return true;
}

// diffieHellman(job | null, private, public) -> the shared secret as an
// ArrayBuffer (sync), or true (job started; its result is the secret).
v8::MaybeLocal<v8::Value> DeriveSecret(Environment& env,
                                       v8::Local<v8::Value> job_value,
                                       KeyObjectHandle* private_key,
                                       KeyObjectHandle* public_key) {
  auto out = std::make_shared<Bytes>();
  CryptoJob::Run run = [priv = PkeyRef(private_key->pkey()),
                        pub = PkeyRef(public_key->pkey()),
                        out](OpenSslErrors*) {
    return DeriveBytes(priv.pkey, pub.pkey, out.get());
  };
  CryptoJob::Result result =
      [out](Environment& e) -> v8::MaybeLocal<v8::Value> {
    return NewArrayBuffer(e, out->data(), out->size());
  };
  const char* fallback = "Failed to derive the secret";
  if (job_value->IsNull()) return RunSync(env, run, result, fallback);
  Wrap::Unwrap<CryptoJob>(job_value)->Start(run, result, fallback);
  return v8::True(env.isolate());
}

constexpr Method kDhMethods[] = {
    {"initPrime", Fn<&DhInitPrime>},
    {"initLength", Fn<&DhInitLength>},
    {"verifyError", Fn<&DhVerifyError>},
    {"generateKeys", Fn<&DhGenerateKeys>},
    {"get", Fn<&DhGet>},
    {"setPublicKey", Fn<&DhSetPublicKey>},
    {"setPrivateKey", Fn<&DhSetPrivateKey>},
    {"computeSecret", Fn<&DhComputeSecret>},
};

constexpr Method kEcdhMethods[] = {
    {"init", Fn<&EcdhInit>},
    {"generateKeys", Fn<&EcdhGenerateKeys>},
    {"getPublicKey", Fn<&EcdhGetPublicKey>},
    {"getPrivateKey", Fn<&EcdhGetPrivateKey>},
    {"setPrivateKey", Fn<&EcdhSetPrivateKey>},
    {"setPublicKey", Fn<&EcdhSetPublicKey>},
    {"computeSecret", Fn<&EcdhComputeSecret>},
};

constexpr Method kMethods[] = {
    {"ecdhConvertKey", Fn<&EcdhConvertKey>},
    {"diffieHellman", Fn<&DeriveSecret>},
};
constexpr Class kClasses[] = {
    {"DiffieHellmanHandle", Construct<DiffieHellmanHandle>, kDhMethods},
    {"EcdhHandle", Construct<EcdhHandle>, kEcdhMethods},
};

}  // namespace

extern const Part kDhPart{kMethods, kClasses};

}  // namespace nodus::crypto
