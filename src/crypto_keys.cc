// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: KeyObjectHandle (public and private
// keys as EVP_PKEY): parsing PEM, DER (pkcs1, spki, pkcs8, sec1, encrypted
// pkcs8) and JWK, exporting them again, key details, and getCurves. Used by
// lib/internal/crypto/keys.js.

#include "crypto_keys.h"

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "crypto.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {

const WrapType KeyObjectHandle::kType{"KeyObjectHandle"};

namespace {

constexpr int32_t kKindPublic = 0;

struct Passphrase {
  bool given = false;
  std::vector<uint8_t> bytes;
};

Passphrase PassphraseOf(v8::Local<v8::Value> value) {
  Passphrase out;
  if (!value->IsArrayBufferView()) return out;
  auto view = value.As<v8::ArrayBufferView>();
  const uint8_t* data =
      static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  out.given = true;
  out.bytes.assign(data, data + view->ByteLength());
  return out;
}

// The PEM password callback: the given passphrase, or a refusal (which
// OpenSSL reports as "interrupted or cancelled") instead of a prompt.
int PasswordCallback(char* buf, int size, int, void* arg) {
  auto* passphrase = static_cast<Passphrase*>(arg);
  if (passphrase == nullptr || !passphrase->given) return -1;
  size_t n = std::min(passphrase->bytes.size(), static_cast<size_t>(size));
  std::memcpy(buf, passphrase->bytes.data(), n);
  return static_cast<int>(n);
}

EVP_PKEY* Decode(const uint8_t* data, size_t size, const char* input_type,
                 const char* structure, const char* key_type, int selection,
                 Passphrase* passphrase) {
  EVP_PKEY* pkey = nullptr;
  OSSL_DECODER_CTX* ctx = OSSL_DECODER_CTX_new_for_pkey(
      &pkey, input_type, structure, key_type, selection, nullptr, nullptr);
  if (ctx == nullptr) return nullptr;
  OSSL_DECODER_CTX_set_pem_password_cb(ctx, PasswordCallback, passphrase);
  const uint8_t* p = data;
  size_t left = size;
  if (OSSL_DECODER_from_data(ctx, &p, &left) != 1) {
    EVP_PKEY_free(pkey);
    pkey = nullptr;
  }
  OSSL_DECODER_CTX_free(ctx);
  return pkey;
}

// A memory BIO over the bytes (never null data: OpenSSL rejects a null
// pointer even for no bytes, where node's input is "no key").
BIO* MemBio(const uint8_t* data, size_t size) {
  static const uint8_t kNone = 0;
  return BIO_new_mem_buf(data != nullptr ? data : &kNone,
                         static_cast<int>(size));
}

// A private key from PEM (PKCS#8, encrypted or not, or traditional);
// blocks before the key (EC PARAMETERS) are skipped.
EVP_PKEY* ReadPemPrivateKey(const uint8_t* data, size_t size,
                            Passphrase* passphrase) {
  BIO* bio = MemBio(data, size);
  EVP_PKEY* pkey = PEM_read_bio_PrivateKey_ex(bio, nullptr, PasswordCallback,
                                              passphrase, nullptr, nullptr);
  BIO_free(bio);
  return pkey;
}

// The public key of a PEM certificate, or null.
EVP_PKEY* PublicKeyOfCertificate(const uint8_t* data, size_t size) {
  BIO* bio = MemBio(data, size);
  X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (cert == nullptr) return nullptr;
  EVP_PKEY* pkey = X509_get_pubkey(cert);
  X509_free(cert);
  return pkey;
}

// What a key input may be: a public key (a private one gives its public
// half), a private key, or either (kept as it is).
constexpr int32_t kKindPrivate = 1;
constexpr int32_t kKindPublicOrPrivate = 2;

// initPem/initDer results: 0 failure (thrown), else what was read.
constexpr int32_t kReadPublic = 1;
constexpr int32_t kReadPrivate = 2;

// initPem(kind, pem, passphrase | null) -> kReadPublic/kReadPrivate, or 0
// after throwing.
int32_t InitPem(Environment& env, Receiver<KeyObjectHandle> self, int32_t kind,
                BytesArg pem, v8::Local<v8::Value> passphrase_value) {
  Passphrase passphrase = PassphraseOf(passphrase_value);
  ERR_clear_error();
  EVP_PKEY* pkey = nullptr;
  bool is_private = false;
  if (kind == kKindPublicOrPrivate) {
    pkey = ReadPemPrivateKey(pem.data, pem.size, &passphrase);
    is_private = pkey != nullptr;
    if (pkey == nullptr) ERR_clear_error();
  }
  if (kind == kKindPublic || (kind == kKindPublicOrPrivate && !is_private)) {
    pkey = Decode(pem.data, pem.size, "PEM", nullptr, nullptr,
                  EVP_PKEY_PUBLIC_KEY, &passphrase);
    if (pkey == nullptr) pkey = PublicKeyOfCertificate(pem.data, pem.size);
    if (pkey == nullptr && kind == kKindPublic) {
      ERR_clear_error();
      pkey = ReadPemPrivateKey(pem.data, pem.size, &passphrase);
    }
  } else if (kind == kKindPrivate) {
    pkey = ReadPemPrivateKey(pem.data, pem.size, &passphrase);
    is_private = true;
  }
  if (pkey == nullptr) {
    ThrowOpenSslError(env, "Failed to read key");
    return 0;
  }
  ERR_clear_error();
  self->Reset(pkey);
  return is_private ? kReadPrivate : kReadPublic;
}

// Whether DER bytes are a PKCS#8 EncryptedPrivateKeyInfo.
bool IsEncryptedPrivateKeyInfo(const uint8_t* data, size_t size) {
  const uint8_t* p = data;
  X509_SIG* sig = d2i_X509_SIG(nullptr, &p, static_cast<long>(size));
  X509_SIG_free(sig);
  ERR_clear_error();
  return sig != nullptr;
}

// initDer(kind, der, type, passphrase | null): type is 'pkcs1', 'spki',
// 'pkcs8' or 'sec1'. Same results as initPem.
int32_t InitDer(Environment& env, Receiver<KeyObjectHandle> self, int32_t kind,
                BytesArg der, Utf8Arg type,
                v8::Local<v8::Value> passphrase_value) {
  Passphrase passphrase = PassphraseOf(passphrase_value);
  ERR_clear_error();
  const std::string& t = type.value;
  if (t == "pkcs8" && !passphrase.given &&
      IsEncryptedPrivateKeyInfo(der.data, der.size)) {
    ThrowCodedError(env, "ERR_MISSING_PASSPHRASE",
                    "Passphrase required for encrypted key",
                    v8::Exception::TypeError);
    return 0;
  }
  const char* structure = nullptr;
  const char* key_type = nullptr;
  int selection = EVP_PKEY_KEYPAIR;
  if (t == "spki") {
    structure = "SubjectPublicKeyInfo";
    selection = EVP_PKEY_PUBLIC_KEY;
  } else if (t == "pkcs1") {
    key_type = "RSA";
    structure = "type-specific";
    if (kind == kKindPublic) selection = EVP_PKEY_PUBLIC_KEY;
  } else if (t == "sec1") {
    key_type = "EC";
    structure = "type-specific";
  }
  EVP_PKEY* pkey = Decode(der.data, der.size, "DER", structure, key_type,
                          selection, &passphrase);
  bool is_private =
      pkey != nullptr && selection == EVP_PKEY_KEYPAIR && kind != kKindPublic;
  if (pkey == nullptr && t == "pkcs1") {
    // pkcs1 holds either a public or a private key (the first error stays
    // when there is nothing else to try).
    int other =
        selection == EVP_PKEY_KEYPAIR ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR;
    if (kind != kKindPrivate || other == EVP_PKEY_KEYPAIR) {
      ERR_clear_error();
      pkey = Decode(der.data, der.size, "DER", structure, key_type, other,
                    &passphrase);
      is_private =
          pkey != nullptr && other == EVP_PKEY_KEYPAIR && kind != kKindPublic;
    }
  }
  if (pkey == nullptr) {
    ThrowOpenSslError(env, "Failed to read key");
    return 0;
  }
  ERR_clear_error();
  self->Reset(pkey);
  return is_private ? kReadPrivate : kReadPublic;
}

// copyFrom(other): the same EVP_PKEY (a public view of a private key).
void CopyFrom(Environment& env, Receiver<KeyObjectHandle> self,
              KeyObjectHandle* other) {
  EVP_PKEY_up_ref(other->pkey());
  self->Reset(other->pkey());
}

const char* StructureOf(const std::string& type) {
  if (type == "spki") return "SubjectPublicKeyInfo";
  if (type == "pkcs8") return "PrivateKeyInfo";
  return "type-specific";
}

// An encrypted traditional (pkcs1, sec1) PEM private key. The encoder
// would ask its callback for the passphrase and take an empty one for a
// refusal; given directly, an empty passphrase is used as it is.
bool EncodeTraditionalPem(Environment& env, EVP_PKEY* pkey,
                          v8::Local<v8::Value> cipher_name,
                          v8::Local<v8::Value> passphrase_value,
                          std::vector<uint8_t>* out) {
  v8::String::Utf8Value name(env.isolate(), cipher_name);
  Passphrase passphrase = PassphraseOf(passphrase_value);
  EVP_CIPHER* cipher = EVP_CIPHER_fetch(nullptr, *name, nullptr);
  BIO* bio = cipher != nullptr ? BIO_new(BIO_s_mem()) : nullptr;
  static unsigned char kEmpty = 0;
  bool ok =
      bio != nullptr &&
      PEM_write_bio_PrivateKey_traditional(
          bio, pkey, cipher,
          passphrase.bytes.empty() ? &kEmpty : passphrase.bytes.data(),
          static_cast<int>(passphrase.bytes.size()), nullptr, nullptr) == 1;
  if (ok) {
    char* data = nullptr;
    long size = BIO_get_mem_data(bio, &data);
    out->assign(data, data + size);
  }
  BIO_free(bio);
  EVP_CIPHER_free(cipher);
  if (!ok) ThrowOpenSslError(env, "Failed to encode key");
  return ok;
}

// Encodes the key; false after throwing.
bool Encode(Environment& env, EVP_PKEY* pkey, bool is_public,
            const std::string& type, const char* output_type,
            v8::Local<v8::Value> cipher, v8::Local<v8::Value> passphrase_value,
            std::vector<uint8_t>* out) {
  ERR_clear_error();
  if (!is_public && cipher->IsString() && type != "pkcs8" &&
      std::strcmp(output_type, "PEM") == 0) {
    return EncodeTraditionalPem(env, pkey, cipher, passphrase_value, out);
  }
  OSSL_ENCODER_CTX* ctx = OSSL_ENCODER_CTX_new_for_pkey(
      pkey, is_public ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR, output_type,
      StructureOf(type), nullptr);
  if (ctx == nullptr || OSSL_ENCODER_CTX_get_num_encoders(ctx) == 0) {
    OSSL_ENCODER_CTX_free(ctx);
    ThrowOpenSslError(env, "Failed to encode key");
    return false;
  }
  if (cipher->IsString()) {
    v8::String::Utf8Value name(env.isolate(), cipher);
    Passphrase passphrase = PassphraseOf(passphrase_value);
    static const uint8_t kEmpty = 0;
    if (OSSL_ENCODER_CTX_set_cipher(ctx, *name, nullptr) != 1 ||
        OSSL_ENCODER_CTX_set_passphrase(
            ctx, passphrase.bytes.empty() ? &kEmpty : passphrase.bytes.data(),
            passphrase.bytes.size()) != 1) {
      OSSL_ENCODER_CTX_free(ctx);
      ThrowOpenSslError(env, "Failed to encode key");
      return false;
    }
  }
  unsigned char* data = nullptr;
  size_t size = 0;
  bool ok = OSSL_ENCODER_to_data(ctx, &data, &size) == 1;
  OSSL_ENCODER_CTX_free(ctx);
  if (!ok) {
    ThrowOpenSslError(env, "Failed to encode key");
    return false;
  }
  out->assign(data, data + size);
  OPENSSL_free(data);
  return true;
}

v8::MaybeLocal<v8::Value> ExportPem(Environment& env,
                                    Receiver<KeyObjectHandle> self,
                                    bool is_public, Utf8Arg type,
                                    v8::Local<v8::Value> cipher,
                                    v8::Local<v8::Value> passphrase) {
  std::vector<uint8_t> out;
  if (!Encode(env, self->pkey(), is_public, type.value, "PEM", cipher,
              passphrase, &out))
    return {};
  return v8::String::NewFromOneByte(env.isolate(), out.data(),
                                    v8::NewStringType::kNormal,
                                    static_cast<int>(out.size()))
      .FromMaybe(v8::Local<v8::String>());
}

v8::MaybeLocal<v8::Value> ExportDer(Environment& env,
                                    Receiver<KeyObjectHandle> self,
                                    bool is_public, Utf8Arg type,
                                    v8::Local<v8::Value> cipher,
                                    v8::Local<v8::Value> passphrase) {
  std::vector<uint8_t> out;
  if (!Encode(env, self->pkey(), is_public, type.value, "DER", cipher,
              passphrase, &out))
    return {};
  return NewArrayBuffer(env, out.data(), out.size());
}

const char* KeyTypeName(EVP_PKEY* pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA:
      return "rsa";
    case EVP_PKEY_RSA_PSS:
      return "rsa-pss";
    case EVP_PKEY_DSA:
      return "dsa";
    case EVP_PKEY_DH:
      return "dh";
    case EVP_PKEY_EC:
      return "ec";
    case EVP_PKEY_ED25519:
      return "ed25519";
    case EVP_PKEY_ED448:
      return "ed448";
    case EVP_PKEY_X25519:
      return "x25519";
    case EVP_PKEY_X448:
      return "x448";
  }
  return nullptr;
}

v8::Local<v8::Value> GetAsymmetricKeyType(Environment& env,
                                          Receiver<KeyObjectHandle> self) {
  const char* name = KeyTypeName(self->pkey());
  if (name == nullptr) return v8::Undefined(env.isolate());
  return OneByteString(env, name);
}

void SetProperty(Environment& env, v8::Local<v8::Object> target,
                 const char* name, v8::Local<v8::Value> value) {
  target->Set(env.context(), OneByteString(env, name), value).Check();
}

std::string DigestNameOf(const char* name) {
  const EVP_MD* md = GetDigest(name);
  if (md == nullptr) return name;
  std::string out = OBJ_nid2ln(EVP_MD_get_type(md));
  // node names them as getHashes() does ("sha256").
  const char* sn = OBJ_nid2sn(EVP_MD_get_type(md));
  if (sn != nullptr) out = sn;
  for (char& c : out) c = static_cast<char>(std::tolower(c));
  return out;
}

// Whether an RSA-PSS key carries RSASSA-PSS-params (even an empty
// sequence), which its SubjectPublicKeyInfo keeps.
bool HasPssParams(EVP_PKEY* pkey) {
  X509_PUBKEY* spki = nullptr;
  if (X509_PUBKEY_set(&spki, pkey) != 1) {
    ERR_clear_error();
    return false;
  }
  X509_ALGOR* alg = nullptr;
  int ptype = V_ASN1_UNDEF;
  if (X509_PUBKEY_get0_param(nullptr, nullptr, nullptr, &alg, spki) == 1 &&
      alg != nullptr) {
    X509_ALGOR_get0(nullptr, &ptype, nullptr, alg);
  }
  X509_PUBKEY_free(spki);
  return ptype == V_ASN1_SEQUENCE;
}

// getDetails() -> { modulusLength, publicExponent, ... } as node's
// asymmetricKeyDetails.
v8::Local<v8::Value> GetDetails(Environment& env,
                                Receiver<KeyObjectHandle> self) {
  v8::Isolate* isolate = env.isolate();
  EVP_PKEY* pkey = self->pkey();
  v8::Local<v8::Object> details = v8::Object::New(isolate);
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    SetProperty(env, details, "modulusLength",
                v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey)));
    BIGNUM* e = nullptr;
    EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e);
    uint64_t exponent = 0;
    if (e != nullptr) {
      uint8_t bytes[8] = {};
      int n = BN_num_bytes(e);
      if (n <= 8) {
        BN_bn2binpad(e, bytes, 8);
        for (uint8_t b : bytes) exponent = exponent << 8 | b;
      }
      BN_free(e);
    }
    SetProperty(env, details, "publicExponent",
                v8::BigInt::NewFromUnsigned(isolate, exponent));
    if (id == EVP_PKEY_RSA_PSS) {
      char md[64] = {};
      char mgf1[64] = {};
      int salt = -1;
      OSSL_PARAM params[] = {
          OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_RSA_DIGEST, md,
                                           sizeof(md)),
          OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_RSA_MGF1_DIGEST,
                                           mgf1, sizeof(mgf1)),
          OSSL_PARAM_construct_int(OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt),
          OSSL_PARAM_construct_end()};
      if ((EVP_PKEY_get_params(pkey, params) != 1 || md[0] == '\0') &&
          HasPssParams(pkey)) {
        // RSASSA-PSS-params holding only defaults (RFC 8017 A.2.3): OpenSSL
        // reports none, node the defaults.
        std::strcpy(md, "sha1");
        salt = 20;
      }
      if (md[0] != '\0') {
        SetProperty(env, details, "hashAlgorithm",
                    OneByteString(env, DigestNameOf(md).c_str()));
        SetProperty(
            env, details, "mgf1HashAlgorithm",
            OneByteString(env, DigestNameOf(mgf1[0] ? mgf1 : md).c_str()));
        SetProperty(env, details, "saltLength",
                    v8::Integer::New(isolate, salt < 0 ? 20 : salt));
      }
      ERR_clear_error();
    }
  } else if (id == EVP_PKEY_DSA) {
    SetProperty(env, details, "modulusLength",
                v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey)));
    BIGNUM* q = nullptr;
    EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q);
    SetProperty(env, details, "divisorLength",
                v8::Integer::New(isolate, q == nullptr ? 0 : BN_num_bits(q)));
    BN_free(q);
  } else if (id == EVP_PKEY_EC) {
    char group[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group,
                                       sizeof(group), &length) == 1) {
      int nid = OBJ_txt2nid(group);
      const char* sn = nid == NID_undef ? group : OBJ_nid2sn(nid);
      SetProperty(env, details, "namedCurve", OneByteString(env, sn));
    }
  }
  return details;
}

bool Equals(Environment& env, Receiver<KeyObjectHandle> self,
            KeyObjectHandle* other) {
  return EVP_PKEY_eq(self->pkey(), other->pkey()) == 1;
}

// --- JWK -------------------------------------------------------------------

v8::Local<v8::String> Base64Url(Environment& env, const uint8_t* data,
                                size_t size) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  out.reserve((size * 4 + 2) / 3);
  size_t i = 0;
  for (; i + 2 < size; i += 3) {
    uint32_t v = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i + 1 == size) {
    uint32_t v = data[i] << 16;
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
  } else if (i + 2 == size) {
    uint32_t v = data[i] << 16 | data[i + 1] << 8;
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
  }
  return OneByteString(env, out.c_str());
}

// A BIGNUM parameter as base64url of its big-endian bytes (at least `pad`
// bytes long); false when the key lacks it.
bool BnParam(Environment& env, EVP_PKEY* pkey, const char* name, int pad,
             v8::Local<v8::Value>* out) {
  BIGNUM* bn = nullptr;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1 || bn == nullptr) {
    ERR_clear_error();
    return false;
  }
  int size = std::max(BN_num_bytes(bn), pad);
  std::vector<uint8_t> bytes(static_cast<size_t>(size));
  BN_bn2binpad(bn, bytes.data(), size);
  BN_clear_free(bn);
  *out = Base64Url(env, bytes.data(), bytes.size());
  return true;
}

const char* JwkCurveName(const char* group) {
  int nid = OBJ_txt2nid(group);
  switch (nid) {
    case NID_X9_62_prime256v1:
      return "P-256";
    case NID_secp256k1:
      return "secp256k1";
    case NID_secp384r1:
      return "P-384";
    case NID_secp521r1:
      return "P-521";
  }
  return nullptr;
}

// exportJwk(isPublic) -> the JWK object; a number for an unsupported key:
// 1 = key type, 2 = EC curve.
v8::Local<v8::Value> ExportJwk(Environment& env, Receiver<KeyObjectHandle> self,
                               bool is_public) {
  v8::Isolate* isolate = env.isolate();
  EVP_PKEY* pkey = self->pkey();
  v8::Local<v8::Object> jwk = v8::Object::New(isolate);
  int id = EVP_PKEY_get_base_id(pkey);
  v8::Local<v8::Value> value;
  if (id == EVP_PKEY_RSA) {
    SetProperty(env, jwk, "kty", OneByteString(env, "RSA"));
    const std::pair<const char*, const char*> fields[] = {
        {"n", OSSL_PKEY_PARAM_RSA_N},
        {"e", OSSL_PKEY_PARAM_RSA_E},
        {"d", OSSL_PKEY_PARAM_RSA_D},
        {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
        {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},
        {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
        {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2},
        {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1},
    };
    for (size_t i = 0; i < std::size(fields); i++) {
      if (is_public && i >= 2) break;
      if (BnParam(env, pkey, fields[i].second, 0, &value))
        SetProperty(env, jwk, fields[i].first, value);
    }
    return jwk;
  }
  if (id == EVP_PKEY_EC) {
    char group[80] = {};
    size_t length = 0;
    EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group,
                                   sizeof(group), &length);
    const char* crv = JwkCurveName(group);
    if (crv == nullptr) return v8::Integer::New(isolate, 2);
    int bytes = (EVP_PKEY_get_bits(pkey) + 7) / 8;
    SetProperty(env, jwk, "kty", OneByteString(env, "EC"));
    if (BnParam(env, pkey, OSSL_PKEY_PARAM_EC_PUB_X, bytes, &value))
      SetProperty(env, jwk, "x", value);
    if (BnParam(env, pkey, OSSL_PKEY_PARAM_EC_PUB_Y, bytes, &value))
      SetProperty(env, jwk, "y", value);
    SetProperty(env, jwk, "crv", OneByteString(env, crv));
    if (!is_public &&
        BnParam(env, pkey, OSSL_PKEY_PARAM_PRIV_KEY, bytes, &value))
      SetProperty(env, jwk, "d", value);
    return jwk;
  }
  const char* crv = nullptr;
  if (id == EVP_PKEY_ED25519) crv = "Ed25519";
  if (id == EVP_PKEY_ED448) crv = "Ed448";
  if (id == EVP_PKEY_X25519) crv = "X25519";
  if (id == EVP_PKEY_X448) crv = "X448";
  if (crv == nullptr) return v8::Integer::New(isolate, 1);
  SetProperty(env, jwk, "crv", OneByteString(env, crv));
  uint8_t raw[64];
  size_t size = sizeof(raw);
  if (!is_public && EVP_PKEY_get_raw_private_key(pkey, raw, &size) == 1)
    SetProperty(env, jwk, "d", Base64Url(env, raw, size));
  size = sizeof(raw);
  if (EVP_PKEY_get_raw_public_key(pkey, raw, &size) == 1)
    SetProperty(env, jwk, "x", Base64Url(env, raw, size));
  SetProperty(env, jwk, "kty", OneByteString(env, "OKP"));
  ERR_clear_error();
  return jwk;
}

BIGNUM* BnOf(v8::Local<v8::Value> value) {
  if (!value->IsArrayBufferView()) return nullptr;
  auto view = value.As<v8::ArrayBufferView>();
  const uint8_t* data =
      static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  return BN_bin2bn(data, static_cast<int>(view->ByteLength()), nullptr);
}

EVP_PKEY* FromData(const char* type, int selection, OSSL_PARAM* params) {
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
  EVP_PKEY* pkey = nullptr;
  if (ctx == nullptr || EVP_PKEY_fromdata_init(ctx) != 1 ||
      EVP_PKEY_fromdata(ctx, &pkey, selection, params) != 1) {
    pkey = nullptr;
  }
  EVP_PKEY_CTX_free(ctx);
  return pkey;
}

// initRsaJwk(kind, n, e, d, p, q, dp, dq, qi): the private parts are
// undefined for a public key.
bool InitRsaJwk(Environment& env, Receiver<KeyObjectHandle> self, int32_t kind,
                v8::Local<v8::Value> n, v8::Local<v8::Value> e,
                v8::Local<v8::Value> d, v8::Local<v8::Value> p,
                v8::Local<v8::Value> q, v8::Local<v8::Value> dp,
                v8::Local<v8::Value> dq, v8::Local<v8::Value> qi) {
  ERR_clear_error();
  const std::pair<const char*, v8::Local<v8::Value>> parts[] = {
      {OSSL_PKEY_PARAM_RSA_N, n},
      {OSSL_PKEY_PARAM_RSA_E, e},
      {OSSL_PKEY_PARAM_RSA_D, d},
      {OSSL_PKEY_PARAM_RSA_FACTOR1, p},
      {OSSL_PKEY_PARAM_RSA_FACTOR2, q},
      {OSSL_PKEY_PARAM_RSA_EXPONENT1, dp},
      {OSSL_PKEY_PARAM_RSA_EXPONENT2, dq},
      {OSSL_PKEY_PARAM_RSA_COEFFICIENT1, qi},
  };
  OSSL_PARAM_BLD* build = OSSL_PARAM_BLD_new();
  std::vector<BIGNUM*> bns;
  for (size_t i = 0; i < std::size(parts); i++) {
    if (kind == kKindPublic && i >= 2) break;
    BIGNUM* bn = BnOf(parts[i].second);
    if (bn == nullptr) continue;
    bns.push_back(bn);
    OSSL_PARAM_BLD_push_BN(build, parts[i].first, bn);
  }
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(build);
  EVP_PKEY* pkey = FromData(
      "RSA", kind == kKindPublic ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR,
      params);
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(build);
  for (BIGNUM* bn : bns) BN_clear_free(bn);
  if (pkey == nullptr) {
    ERR_clear_error();
    return false;
  }
  self->Reset(pkey);
  return true;
}

// initEcJwk(kind, curve, x, y, d | undefined) -> false for an invalid key.
bool InitEcJwk(Environment& env, Receiver<KeyObjectHandle> self, int32_t kind,
               Utf8Arg curve, BytesArg x, BytesArg y, v8::Local<v8::Value> d) {
  ERR_clear_error();
  int nid = OBJ_sn2nid(curve.value.c_str());
  EC_GROUP* group = EC_GROUP_new_by_curve_name(nid);
  if (group == nullptr) return false;
  int field = (EC_GROUP_get_degree(group) + 7) / 8;
  EC_GROUP_free(group);
  if (x.size > static_cast<size_t>(field) ||
      y.size > static_cast<size_t>(field))
    return false;
  // The uncompressed point: 04 || x || y, each padded to the field size.
  std::vector<uint8_t> point(1 + 2 * static_cast<size_t>(field), 0);
  point[0] = POINT_CONVERSION_UNCOMPRESSED;
  std::memcpy(point.data() + 1 + field - x.size, x.data, x.size);
  std::memcpy(point.data() + 1 + 2 * field - y.size, y.data, y.size);
  OSSL_PARAM_BLD* build = OSSL_PARAM_BLD_new();
  OSSL_PARAM_BLD_push_utf8_string(build, OSSL_PKEY_PARAM_GROUP_NAME,
                                  OBJ_nid2sn(nid), 0);
  OSSL_PARAM_BLD_push_octet_string(build, OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                   point.size());
  BIGNUM* priv = kind == kKindPublic ? nullptr : BnOf(d);
  if (priv != nullptr)
    OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_PRIV_KEY, priv);
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(build);
  EVP_PKEY* pkey = FromData(
      "EC", priv == nullptr ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR, params);
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(build);
  BN_clear_free(priv);
  if (pkey == nullptr) {
    ERR_clear_error();
    return false;
  }
  // The point must be on the curve.
  EVP_PKEY_CTX* check = EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr);
  bool valid = check != nullptr && EVP_PKEY_public_check(check) == 1;
  EVP_PKEY_CTX_free(check);
  ERR_clear_error();
  if (!valid) {
    EVP_PKEY_free(pkey);
    return false;
  }
  self->Reset(pkey);
  return true;
}

// initOkpJwk(kind, type ('ed25519', ...), x, d | undefined).
bool InitOkpJwk(Environment& env, Receiver<KeyObjectHandle> self, int32_t kind,
                Utf8Arg type, BytesArg x, v8::Local<v8::Value> d) {
  ERR_clear_error();
  EVP_PKEY* pkey = nullptr;
  if (kind != kKindPublic && d->IsArrayBufferView()) {
    auto view = d.As<v8::ArrayBufferView>();
    const uint8_t* data =
        static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    pkey = EVP_PKEY_new_raw_private_key_ex(nullptr, type.value.c_str(), nullptr,
                                           data, view->ByteLength());
  } else {
    pkey = EVP_PKEY_new_raw_public_key_ex(nullptr, type.value.c_str(), nullptr,
                                          x.data, x.size);
  }
  if (pkey == nullptr) {
    ERR_clear_error();
    return false;
  }
  self->Reset(pkey);
  return true;
}

// getCurves(): the names of OpenSSL's built-in elliptic curves, sorted.
v8::Local<v8::Value> GetCurves(Environment& env) {
  size_t count = EC_get_builtin_curves(nullptr, 0);
  std::vector<EC_builtin_curve> curves(count);
  EC_get_builtin_curves(curves.data(), count);
  std::vector<std::string> names;
  for (const EC_builtin_curve& curve : curves)
    names.push_back(OBJ_nid2sn(curve.nid));
  std::sort(names.begin(), names.end());
  v8::Local<v8::Array> array = v8::Array::New(env.isolate());
  for (size_t i = 0; i < names.size(); i++) {
    array
        ->Set(env.context(), static_cast<uint32_t>(i),
              OneByteString(env, names[i].c_str()))
        .Check();
  }
  return array;
}

// getCurveName(name) -> OpenSSL's short name of a curve ('P-256' and
// 'prime256v1' both give 'prime256v1'), or undefined.
v8::Local<v8::Value> GetCurveName(Environment& env, Utf8Arg name) {
  int nid = EC_curve_nist2nid(name.value.c_str());
  if (nid == NID_undef) nid = OBJ_sn2nid(name.value.c_str());
  if (nid == NID_undef) nid = OBJ_ln2nid(name.value.c_str());
  EC_GROUP* group =
      nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
  ERR_clear_error();
  if (group == nullptr) return v8::Undefined(env.isolate());
  EC_GROUP_free(group);
  return OneByteString(env, OBJ_nid2sn(nid));
}

// getDhGroupPrime(name) -> the prime of a named MODP group (RFC 2409,
// RFC 3526) as an ArrayBuffer, or undefined.
v8::Local<v8::Value> GetDhGroupPrime(Environment& env, Utf8Arg name) {
  struct Group {
    const char* name;
    BIGNUM* (*prime)(BIGNUM*);
  };
  static constexpr Group kGroups[] = {
      {"modp1", BN_get_rfc2409_prime_768},
      {"modp2", BN_get_rfc2409_prime_1024},
      {"modp5", BN_get_rfc3526_prime_1536},
      {"modp14", BN_get_rfc3526_prime_2048},
      {"modp15", BN_get_rfc3526_prime_3072},
      {"modp16", BN_get_rfc3526_prime_4096},
      {"modp17", BN_get_rfc3526_prime_6144},
      {"modp18", BN_get_rfc3526_prime_8192},
  };
  for (const Group& group : kGroups) {
    if (name.value != group.name) continue;
    BIGNUM* prime = group.prime(nullptr);
    std::vector<uint8_t> bytes(static_cast<size_t>(BN_num_bytes(prime)));
    BN_bn2bin(prime, bytes.data());
    BN_free(prime);
    return NewArrayBuffer(env, bytes.data(), bytes.size());
  }
  return v8::Undefined(env.isolate());
}

constexpr Method kHandleMethods[] = {
    {"initPem", Fn<&InitPem>},
    {"initDer", Fn<&InitDer>},
    {"initRsaJwk", Fn<&InitRsaJwk>},
    {"initEcJwk", Fn<&InitEcJwk>},
    {"initOkpJwk", Fn<&InitOkpJwk>},
    {"copyFrom", Fn<&CopyFrom>},
    {"exportPem", Fn<&ExportPem>},
    {"exportDer", Fn<&ExportDer>},
    {"exportJwk", Fn<&ExportJwk>},
    {"getAsymmetricKeyType", Fn<&GetAsymmetricKeyType>},
    {"getDetails", Fn<&GetDetails>},
    {"equals", Fn<&Equals>},
};

constexpr Method kMethods[] = {
    {"getCurves", Fn<&GetCurves>},
    {"getCurveName", Fn<&GetCurveName>},
    {"getDhGroupPrime", Fn<&GetDhGroupPrime>},
};
constexpr Class kClasses[] = {
    {"KeyObjectHandle", Construct<KeyObjectHandle>, kHandleMethods},
};

}  // namespace

extern const Part kKeysPart{kMethods, kClasses};

}  // namespace nodus::crypto
