// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: X509Handle, one parsed certificate (an
// X509*) behind crypto.X509Certificate (lib/internal/crypto/x509.js): its
// names, extensions, validity, fingerprints, host/email/IP checks and
// signature checks, printed as node prints them.

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <string>

#include "crypto.h"
#include "crypto_keys.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

// Lifetime: weak from creation; GC of the JS handle (held by an
// X509Certificate) frees the certificate.
class X509Handle : public Wrap {
 public:
  static const WrapType kType;
  X509Handle(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~X509Handle() override { X509_free(cert_); }
  X509* cert() const { return cert_; }
  void Reset(X509* cert) {
    X509_free(cert_);
    cert_ = cert;
  }

 private:
  X509* cert_ = nullptr;
};

const WrapType X509Handle::kType{"X509Handle"};

// How node prints names: one RDN a line, short names, RFC 2253 escapes.
constexpr unsigned long kNameFlagsMultiline =
    ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT |
    XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN;

std::string BioText(BIO* bio) {
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);
  std::string text(data, static_cast<size_t>(size > 0 ? size : 0));
  BIO_free(bio);
  return text;
}

v8::Local<v8::String> Utf8(Environment& env, const std::string& text) {
  return v8::String::NewFromUtf8(env.isolate(), text.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(text.size()))
      .ToLocalChecked();
}

std::string NameText(const X509_NAME* name) {
  BIO* bio = BIO_new(BIO_s_mem());
  X509_NAME_print_ex(bio, name, 0, kNameFlagsMultiline);
  return BioText(bio);
}

// Whether a name can be printed bare in a subjectAltName list; else node
// prints it quoted. In UTF-8 text (directory names) bytes with the high bit
// pass; in IA5 text only printable ASCII does.
bool IsSafeAltName(const char* data, size_t size, bool utf8) {
  for (size_t i = 0; i < size; i++) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == '"' || c == '\\' || c == ',' || c == '\'') return false;
    if (c < ' ' || c == 0x7f || (!utf8 && c > '~')) return false;
  }
  return true;
}

// Appends a name, quoted with JSON-like escapes when it is not safe bare.
void AppendAltName(std::string* out, const char* data, size_t size,
                   bool utf8 = false) {
  if (IsSafeAltName(data, size, utf8)) {
    out->append(data, size);
    return;
  }
  out->push_back('"');
  for (size_t i = 0; i < size; i++) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
    } else if ((c >= ' ' && c != ',' && c <= '~') || (utf8 && c >= 0x80)) {
      out->push_back(static_cast<char>(c));
    } else {
      char buf[8];
      snprintf(buf, sizeof(buf), "\\u%04x", c);
      out->append(buf);
    }
  }
  out->push_back('"');
}

void AppendIa5(std::string* out, const char* prefix, ASN1_IA5STRING* str) {
  out->append(prefix);
  AppendAltName(out, reinterpret_cast<const char*>(ASN1_STRING_get0_data(str)),
                static_cast<size_t>(ASN1_STRING_length(str)));
}

// The other names OpenSSL 3 knows, printed as "othername:<Name>:<value>"
// when the value has the string type the name requires.
void AppendOtherName(std::string* out, OTHERNAME* other) {
  struct Known {
    int nid;
    const char* name;
    int type;
  };
  static const Known kKnown[] = {
      {NID_id_on_SmtpUTF8Mailbox, "SmtpUTF8Mailbox", V_ASN1_UTF8STRING},
      {NID_XmppAddr, "XmppAddr", V_ASN1_UTF8STRING},
      {NID_SRVName, "SRVName", V_ASN1_IA5STRING},
      {NID_NAIRealm, "NAIRealm", V_ASN1_UTF8STRING},
  };
  int nid = OBJ_obj2nid(other->type_id);
  for (const Known& known : kKnown) {
    if (known.nid != nid || other->value->type != known.type) continue;
    const ASN1_STRING* str = other->value->value.asn1_string;
    std::string text = std::string(known.name) + ":";
    text.append(reinterpret_cast<const char*>(ASN1_STRING_get0_data(str)),
                static_cast<size_t>(ASN1_STRING_length(str)));
    out->append("othername:");
    AppendAltName(out, text.data(), text.size(),
                  known.type == V_ASN1_UTF8STRING);
    return;
  }
  out->append("othername:<unsupported>");
}

void AppendGeneralName(std::string* out, GENERAL_NAME* gen) {
  switch (gen->type) {
    case GEN_DNS:
      AppendIa5(out, "DNS:", gen->d.dNSName);
      break;
    case GEN_EMAIL:
      AppendIa5(out, "email:", gen->d.rfc822Name);
      break;
    case GEN_URI:
      AppendIa5(out, "URI:", gen->d.uniformResourceIdentifier);
      break;
    case GEN_DIRNAME: {
      BIO* bio = BIO_new(BIO_s_mem());
      X509_NAME_print_ex(
          bio, gen->d.directoryName, 0,
          XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB & ~ASN1_STRFLGS_ESC_CTRL);
      std::string text = BioText(bio);
      out->append("DirName:");
      AppendAltName(out, text.data(), text.size(), true);
      break;
    }
    case GEN_IPADD: {
      const unsigned char* b = ASN1_STRING_get0_data(gen->d.iPAddress);
      int len = ASN1_STRING_length(gen->d.iPAddress);
      char buf[64];
      out->append("IP Address:");
      if (len == 4) {
        snprintf(buf, sizeof(buf), "%d.%d.%d.%d", b[0], b[1], b[2], b[3]);
        out->append(buf);
      } else if (len == 16) {
        for (int i = 0; i < 8; i++) {
          snprintf(buf, sizeof(buf), i == 0 ? "%X" : ":%X",
                   (b[2 * i] << 8) | b[2 * i + 1]);
          out->append(buf);
        }
      } else {
        snprintf(buf, sizeof(buf), "<invalid length=%d>", len);
        out->append(buf);
      }
      break;
    }
    case GEN_RID: {
      char buf[128];
      OBJ_obj2txt(buf, sizeof(buf), gen->d.registeredID, 1);
      out->append("Registered ID:").append(buf);
      break;
    }
    case GEN_OTHERNAME:
      AppendOtherName(out, gen->d.otherName);
      break;
    default:
      out->append("othername:<unsupported>");
      break;
  }
}

X509Handle* Self(Receiver<X509Handle> self) { return self.self; }

// init(bytes): PEM, else DER. On failure throws the PEM error, as node.
void Init(Environment& env, Receiver<X509Handle> self, BytesArg bytes) {
  ERR_clear_error();
  static const uint8_t kEmpty[1] = {0};
  const uint8_t* data = bytes.size > 0 ? bytes.data : kEmpty;
  BIO* bio = BIO_new_mem_buf(data, static_cast<int>(bytes.size));
  X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (cert == nullptr) {
    ERR_set_mark();
    const unsigned char* p = data;
    cert = d2i_X509(nullptr, &p, static_cast<long>(bytes.size));
    ERR_pop_to_mark();
  }
  if (cert == nullptr) {
    ThrowOpenSslError(env, "Failed to parse certificate");
    return;
  }
  ERR_clear_error();
  Self(self)->Reset(cert);
}

v8::Local<v8::Value> Subject(Environment& env, Receiver<X509Handle> self) {
  return Utf8(env, NameText(X509_get_subject_name(Self(self)->cert())));
}

v8::Local<v8::Value> Issuer(Environment& env, Receiver<X509Handle> self) {
  return Utf8(env, NameText(X509_get_issuer_name(Self(self)->cert())));
}

v8::Local<v8::Value> SubjectAltName(Environment& env,
                                    Receiver<X509Handle> self) {
  auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(
      Self(self)->cert(), NID_subject_alt_name, nullptr, nullptr));
  if (names == nullptr) return v8::Undefined(env.isolate());
  std::string out;
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    if (i > 0) out.append(", ");
    AppendGeneralName(&out, sk_GENERAL_NAME_value(names, i));
  }
  GENERAL_NAMES_free(names);
  return Utf8(env, out);
}

v8::Local<v8::Value> InfoAccess(Environment& env, Receiver<X509Handle> self) {
  auto* info = static_cast<AUTHORITY_INFO_ACCESS*>(
      X509_get_ext_d2i(Self(self)->cert(), NID_info_access, nullptr, nullptr));
  if (info == nullptr) return v8::Undefined(env.isolate());
  std::string out;
  for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(info); i++) {
    ACCESS_DESCRIPTION* desc = sk_ACCESS_DESCRIPTION_value(info, i);
    char method[128];
    OBJ_obj2txt(method, sizeof(method), desc->method, 0);
    if (i > 0) out.push_back('\n');
    out.append(method).append(" - ");
    AppendGeneralName(&out, desc->location);
  }
  AUTHORITY_INFO_ACCESS_free(info);
  return Utf8(env, out);
}

std::string TimeText(const ASN1_TIME* time) {
  BIO* bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, time);
  return BioText(bio);
}

v8::Local<v8::Value> ValidFrom(Environment& env, Receiver<X509Handle> self) {
  return Utf8(env, TimeText(X509_get0_notBefore(Self(self)->cert())));
}

v8::Local<v8::Value> ValidTo(Environment& env, Receiver<X509Handle> self) {
  return Utf8(env, TimeText(X509_get0_notAfter(Self(self)->cert())));
}

// fingerprint(digest): "AB:CD:..." of the DER encoding.
v8::Local<v8::Value> Fingerprint(Environment& env, Receiver<X509Handle> self,
                                 Utf8Arg digest) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  const EVP_MD* type = GetDigest(digest.value.c_str());
  if (type == nullptr ||
      X509_digest(Self(self)->cert(), type, md, &size) != 1) {
    return v8::Undefined(env.isolate());
  }
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned int i = 0; i < size; i++) {
    if (i > 0) out.push_back(':');
    out.push_back(kHex[md[i] >> 4]);
    out.push_back(kHex[md[i] & 15]);
  }
  return Utf8(env, out);
}

v8::Local<v8::Value> SerialNumber(Environment& env, Receiver<X509Handle> self) {
  BIGNUM* bn =
      ASN1_INTEGER_to_BN(X509_get0_serialNumber(Self(self)->cert()), nullptr);
  char* hex = BN_bn2hex(bn);
  v8::Local<v8::Value> out = Utf8(env, hex);
  OPENSSL_free(hex);
  BN_free(bn);
  return out;
}

v8::Local<v8::Value> Raw(Environment& env, Receiver<X509Handle> self) {
  unsigned char* der = nullptr;
  int size = i2d_X509(Self(self)->cert(), &der);
  v8::Local<v8::ArrayBuffer> out =
      NewArrayBuffer(env, der, static_cast<size_t>(size > 0 ? size : 0));
  OPENSSL_free(der);
  return out;
}

v8::Local<v8::Value> Pem(Environment& env, Receiver<X509Handle> self) {
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(bio, Self(self)->cert());
  return Utf8(env, BioText(bio));
}

// publicKey(keyHandle): fills a fresh KeyObjectHandle; false on failure
// (thrown).
bool PublicKey(Environment& env, Receiver<X509Handle> self,
               KeyObjectHandle* key) {
  ERR_clear_error();
  EVP_PKEY* pkey = X509_get_pubkey(Self(self)->cert());
  if (pkey == nullptr) {
    ThrowOpenSslError(env, "Failed to get public key");
    return false;
  }
  key->Reset(pkey);
  return true;
}

bool IsCa(Environment&, Receiver<X509Handle> self) {
  return X509_check_ca(Self(self)->cert()) == 1;
}

// keyUsage(): the extended key usage OIDs, or undefined.
v8::Local<v8::Value> KeyUsage(Environment& env, Receiver<X509Handle> self) {
  auto* eku = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(
      Self(self)->cert(), NID_ext_key_usage, nullptr, nullptr));
  if (eku == nullptr) return v8::Undefined(env.isolate());
  int count = sk_ASN1_OBJECT_num(eku);
  v8::Local<v8::Array> out = v8::Array::New(env.isolate(), 0);
  uint32_t n = 0;
  for (int i = 0; i < count; i++) {
    char buf[256];
    if (OBJ_obj2txt(buf, sizeof(buf), sk_ASN1_OBJECT_value(eku, i), 1) < 0) {
      continue;
    }
    out->Set(env.context(), n++, Utf8(env, buf)).Check();
  }
  sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
  return out;
}

// X509_check_host/_email's answer for a malformed name (an embedded NUL).
v8::Local<v8::Value> InvalidName(Environment& env) {
  ThrowCodedError(env, "ERR_INVALID_ARG_VALUE", "Invalid name",
                  v8::Exception::TypeError);
  return v8::Undefined(env.isolate());
}

// checkHost(name, flags): the matched name, or undefined.
v8::Local<v8::Value> CheckHost(Environment& env, Receiver<X509Handle> self,
                               Utf8Arg name, uint32_t flags) {
  char* peername = nullptr;
  int result = X509_check_host(Self(self)->cert(), name.value.data(),
                               name.value.size(), flags, &peername);
  if (result == -2) return InvalidName(env);
  if (result != 1) return v8::Undefined(env.isolate());
  v8::Local<v8::Value> out =
      peername != nullptr ? Utf8(env, peername) : Utf8(env, name.value);
  OPENSSL_free(peername);
  return out;
}

v8::Local<v8::Value> CheckEmail(Environment& env, Receiver<X509Handle> self,
                                Utf8Arg email, uint32_t flags) {
  int result = X509_check_email(Self(self)->cert(), email.value.data(),
                                email.value.size(), flags);
  if (result == -2) return InvalidName(env);
  if (result != 1) return v8::Undefined(env.isolate());
  return Utf8(env, email.value);
}

// checkIP(ip, flags): lib/ has checked that `ip` is an address.
v8::Local<v8::Value> CheckIp(Environment& env, Receiver<X509Handle> self,
                             Utf8Arg ip, uint32_t flags) {
  int result = X509_check_ip_asc(Self(self)->cert(), ip.value.c_str(), flags);
  if (result != 1) return v8::Undefined(env.isolate());
  return Utf8(env, ip.value);
}

bool CheckIssued(Environment&, Receiver<X509Handle> self, X509Handle* issuer) {
  bool ok = X509_check_issued(issuer->cert(), Self(self)->cert()) == X509_V_OK;
  ERR_clear_error();
  return ok;
}

bool CheckPrivateKey(Environment&, Receiver<X509Handle> self,
                     KeyObjectHandle* key) {
  bool ok = X509_check_private_key(Self(self)->cert(), key->pkey()) == 1;
  ERR_clear_error();
  return ok;
}

bool Verify(Environment&, Receiver<X509Handle> self, KeyObjectHandle* key) {
  bool ok = X509_verify(Self(self)->cert(), key->pkey()) > 0;
  ERR_clear_error();
  return ok;
}

// A name as node's legacy object: short name -> value, repeated names as
// arrays of values, on a null-prototype object.
v8::Local<v8::Object> NameObject(Environment& env, const X509_NAME* name) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Object> out =
      v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
    ASN1_OBJECT* obj = X509_NAME_ENTRY_get_object(entry);
    int nid = OBJ_obj2nid(obj);
    char key_buf[128];
    const char* key = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
    if (key == nullptr) {
      OBJ_obj2txt(key_buf, sizeof(key_buf), obj, 1);
      key = key_buf;
    }
    unsigned char* utf8 = nullptr;
    int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    if (len < 0) continue;
    v8::Local<v8::Value> value = Utf8(
        env,
        std::string(reinterpret_cast<char*>(utf8), static_cast<size_t>(len)));
    OPENSSL_free(utf8);
    v8::Local<v8::String> key_str = Utf8(env, key);
    v8::Local<v8::Value> prev;
    if (!out->Get(env.context(), key_str).ToLocal(&prev)) continue;
    if (prev->IsUndefined()) {
      out->Set(env.context(), key_str, value).Check();
    } else if (prev->IsArray()) {
      auto arr = prev.As<v8::Array>();
      arr->Set(env.context(), arr->Length(), value).Check();
    } else {
      v8::Local<v8::Value> both[] = {prev, value};
      out->Set(env.context(), key_str, v8::Array::New(isolate, both, 2))
          .Check();
    }
  }
  return out;
}

void SetField(Environment& env, v8::Local<v8::Object> obj, const char* key,
              v8::Local<v8::Value> value) {
  obj->Set(env.context(), OneByteString(env, key), value).Check();
}

// legacyKey(): the key fields of node's legacy certificate object (modulus,
// bits, exponent, pubkey for RSA; bits, pubkey, asn1Curve, nistCurve for EC),
// and the subject/issuer objects.
v8::Local<v8::Value> LegacyFields(Environment& env, Receiver<X509Handle> self) {
  X509* cert = Self(self)->cert();
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  SetField(env, out, "subject", NameObject(env, X509_get_subject_name(cert)));
  SetField(env, out, "issuer", NameObject(env, X509_get_issuer_name(cert)));
  EVP_PKEY* pkey = X509_get0_pubkey(cert);
  if (pkey == nullptr) {
    ERR_clear_error();
    return out;
  }
  int id = EVP_PKEY_get_base_id(pkey);
  BIGNUM* n = nullptr;
  BIGNUM* e = nullptr;
  if (id == EVP_PKEY_RSA && EVP_PKEY_get_bn_param(pkey, "n", &n) == 1 &&
      EVP_PKEY_get_bn_param(pkey, "e", &e) == 1) {
    BIO* bio = BIO_new(BIO_s_mem());
    BN_print(bio, n);
    SetField(env, out, "modulus", Utf8(env, BioText(bio)));
    SetField(env, out, "bits", v8::Integer::New(isolate, BN_num_bits(n)));
    char buf[40];
    snprintf(buf, sizeof(buf), "0x%llx",
             static_cast<unsigned long long>(BN_get_word(e)));
    SetField(env, out, "exponent", Utf8(env, buf));
    unsigned char* der = nullptr;
    int size = i2d_PUBKEY(pkey, &der);
    if (size > 0) {
      SetField(env, out, "pubkey",
               NewArrayBuffer(env, der, static_cast<size_t>(size)));
    }
    OPENSSL_free(der);
  } else if (id == EVP_PKEY_EC) {
    char curve[80] = "";
    size_t curve_len = 0;
    EVP_PKEY_get_utf8_string_param(pkey, "group", curve, sizeof(curve),
                                   &curve_len);
    int nid = OBJ_sn2nid(curve);
    if (nid == NID_undef) nid = OBJ_ln2nid(curve);
    SetField(env, out, "bits",
             v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey)));
    unsigned char point[256];
    size_t point_len = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, "encoded-pub-key", point,
                                        sizeof(point), &point_len) == 1) {
      SetField(env, out, "pubkey", NewArrayBuffer(env, point, point_len));
    }
    if (nid != NID_undef) {
      SetField(env, out, "asn1Curve", Utf8(env, OBJ_nid2sn(nid)));
      const char* nist = EC_curve_nid2nist(nid);
      if (nist != nullptr) SetField(env, out, "nistCurve", Utf8(env, nist));
    }
  }
  BN_free(n);
  BN_free(e);
  ERR_clear_error();
  return out;
}

constexpr Method kHandleMethods[] = {
    {"init", Fn<&Init>},
    {"subject", Fn<&Subject>},
    {"issuer", Fn<&Issuer>},
    {"subjectAltName", Fn<&SubjectAltName>},
    {"infoAccess", Fn<&InfoAccess>},
    {"validFrom", Fn<&ValidFrom>},
    {"validTo", Fn<&ValidTo>},
    {"fingerprint", Fn<&Fingerprint>},
    {"serialNumber", Fn<&SerialNumber>},
    {"raw", Fn<&Raw>},
    {"pem", Fn<&Pem>},
    {"publicKey", Fn<&PublicKey>},
    {"ca", Fn<&IsCa>},
    {"keyUsage", Fn<&KeyUsage>},
    {"checkHost", Fn<&CheckHost>},
    {"checkEmail", Fn<&CheckEmail>},
    {"checkIP", Fn<&CheckIp>},
    {"checkIssued", Fn<&CheckIssued>},
    {"checkPrivateKey", Fn<&CheckPrivateKey>},
    {"verify", Fn<&Verify>},
    {"legacyFields", Fn<&LegacyFields>},
};

constexpr Class kClasses[] = {
    {"X509Handle", Construct<X509Handle>, kHandleMethods},
};

}  // namespace

extern const Part kX509Part{{}, kClasses};

}  // namespace nodus::crypto
