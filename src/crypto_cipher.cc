// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: symmetric ciphers (CipherBase behind
// Cipheriv/Decipheriv, with the AEAD modes GCM, CCM, OCB and
// chacha20-poly1305), getCiphers and getCipherInfo. Used by
// lib/internal/crypto/cipher.js.

#include <openssl/evp.h>
#include <openssl/objects.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <string>
#include <vector>

#include "crypto.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

// init() results; lib/ turns them into node's errors.
enum InitResult : int32_t {
  kInitOk = 0,
  kUnknownCipher = 1,
  kInvalidKeyLength = 2,
  kInvalidIv = 3,
  kInvalidAuthTagLength = 4,
  kAuthTagLengthRequired = 5,
};

// final() results besides a thrown OpenSSL error.
enum FinalResult : int32_t {
  kAuthFailed = -1,
};

constexpr unsigned kDefaultAuthTagLength = 16;

bool IsChaChaPoly(const EVP_CIPHER* cipher) {
  return EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305;
}

bool IsAuthenticated(const EVP_CIPHER* cipher) {
  int mode = EVP_CIPHER_get_mode(cipher);
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE ||
         mode == EVP_CIPH_OCB_MODE || IsChaChaPoly(cipher);
}

// Whether `length` is an IV length the cipher accepts.
bool ValidIvLength(const EVP_CIPHER* cipher, size_t length) {
  int mode = EVP_CIPHER_get_mode(cipher);
  if (mode == EVP_CIPH_GCM_MODE) return length > 0;
  if (mode == EVP_CIPH_CCM_MODE) return length >= 7 && length <= 13;
  if (mode == EVP_CIPH_OCB_MODE) return length >= 1 && length <= 15;
  if (IsChaChaPoly(cipher)) return length >= 1 && length <= 12;
  return length == static_cast<size_t>(EVP_CIPHER_get_iv_length(cipher));
}

bool ValidAuthTagLength(const EVP_CIPHER* cipher, unsigned length) {
  int mode = EVP_CIPHER_get_mode(cipher);
  if (mode == EVP_CIPH_GCM_MODE)
    return length == 4 || length == 8 || (length >= 12 && length <= 16);
  if (mode == EVP_CIPH_CCM_MODE)
    return length >= 4 && length <= 16 && length % 2 == 0;
  return length >= 1 && length <= 16;
}

// Lifetime: weak from creation; GC of the JS Cipheriv/Decipheriv frees the
// context.
class CipherBase : public Wrap {
 public:
  static const WrapType kType;
  CipherBase(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~CipherBase() override { EVP_CIPHER_CTX_free(ctx_); }

  EVP_CIPHER_CTX* ctx_ = nullptr;
  const EVP_CIPHER* cipher_ = nullptr;
  bool encrypt_ = true;
  bool authenticated_ = false;
  unsigned auth_tag_length_ = 0;
  bool auth_tag_set_ = false;
  bool auth_tag_passed_ = false;
  bool pending_auth_failed_ = false;
  uint8_t auth_tag_[16] = {};
  // CCM: the longest message the nonce length leaves room for.
  uint64_t max_message_size_ = UINT64_MAX;

  // Throws node's RangeError when a CCM message would be too long.
  bool CheckMessageLength(Environment& env, double length) {
    if (mode() != EVP_CIPH_CCM_MODE ||
        length <= static_cast<double>(max_message_size_))
      return true;
    ThrowCodedError(env, "ERR_CRYPTO_INVALID_MESSAGELEN",
                    "Invalid message length", v8::Exception::RangeError);
    return false;
  }

  int mode() const { return EVP_CIPHER_get_mode(cipher_); }

  // Hands a decipher's tag to OpenSSL once, before data flows (CCM checks
  // it on update, the others on final).
  bool PassAuthTag() {
    if (!auth_tag_set_ || auth_tag_passed_) return true;
    auth_tag_passed_ = true;
    return EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG,
                               static_cast<int>(auth_tag_length_),
                               auth_tag_) == 1;
  }
};
const WrapType CipherBase::kType{"CipherBase"};

// init(cipher, key, iv | null, encrypt, authTagLength | -1) -> InitResult.
int32_t CipherInit(Environment& env, Receiver<CipherBase> self, Utf8Arg name,
                   BytesArg key, v8::Local<v8::Value> iv_value, bool encrypt,
                   int32_t auth_tag_length) {
  const EVP_CIPHER* cipher = GetCipher(name.value.c_str());
  if (cipher == nullptr) return kUnknownCipher;
  BytesArg iv{nullptr, 0};
  bool has_iv = !iv_value->IsNull();
  if (has_iv) {
    auto view = iv_value.As<v8::ArrayBufferView>();
    iv.data =
        static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    iv.size = view->ByteLength();
  }
  int expected_iv = EVP_CIPHER_get_iv_length(cipher);
  if (!has_iv ? expected_iv != 0
              : !(ValidIvLength(cipher, iv.size) ||
                  (expected_iv == 0 && iv.size == 0))) {
    return kInvalidIv;
  }
  bool authenticated = IsAuthenticated(cipher);
  unsigned tag_length = kDefaultAuthTagLength;
  if (authenticated) {
    if (auth_tag_length >= 0) {
      if (!ValidAuthTagLength(cipher, static_cast<unsigned>(auth_tag_length)))
        return kInvalidAuthTagLength;
      tag_length = static_cast<unsigned>(auth_tag_length);
    } else if (EVP_CIPHER_get_mode(cipher) == EVP_CIPH_CCM_MODE ||
               EVP_CIPHER_get_mode(cipher) == EVP_CIPH_OCB_MODE) {
      return kAuthTagLengthRequired;
    }
  }
  EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
  self->ctx_ = ctx;
  self->cipher_ = cipher;
  self->encrypt_ = encrypt;
  self->authenticated_ = authenticated;
  self->auth_tag_length_ = tag_length;
  // CCM's length field takes the 15 - nonce bytes the nonce leaves.
  if (EVP_CIPHER_get_mode(cipher) == EVP_CIPH_CCM_MODE && has_iv &&
      iv.size > 7 && iv.size <= 13)
    self->max_message_size_ = (uint64_t{1} << (8 * (15 - iv.size))) - 1;
  if (EVP_CIPHER_get_mode(cipher) == EVP_CIPH_WRAP_MODE)
    EVP_CIPHER_CTX_set_flags(ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  if (EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, encrypt) != 1) {
    ThrowOpenSslError(env, "Failed to initialize cipher");
    return kInitOk;
  }
  // Always set: CCM's default nonce length (7) is not the 12 OpenSSL
  // reports as the cipher's IV length.
  if (authenticated && has_iv &&
      EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN,
                          static_cast<int>(iv.size), nullptr) != 1) {
    return kInvalidIv;
  }
  // Only a different length is set (setting it resets OCB's tag length).
  if (key.size != static_cast<size_t>(EVP_CIPHER_get_key_length(cipher)) &&
      EVP_CIPHER_CTX_set_key_length(ctx, static_cast<int>(key.size)) != 1) {
    ERR_clear_error();
    return kInvalidKeyLength;
  }
  int mode = EVP_CIPHER_get_mode(cipher);
  if (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
      IsChaChaPoly(cipher)) {
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG,
                            static_cast<int>(tag_length), nullptr) != 1) {
      ERR_clear_error();
      return kInvalidAuthTagLength;
    }
  }
  if (EVP_CipherInit_ex(ctx, nullptr, nullptr, key.data,
                        has_iv && iv.size > 0 ? iv.data : nullptr,
                        encrypt) != 1) {
    ThrowOpenSslError(env, "Failed to initialize cipher");
    return kInitOk;
  }
  return kInitOk;
}

v8::Local<v8::ArrayBuffer> Output(Environment& env,
                                  v8::Local<v8::ArrayBuffer> buffer,
                                  int length) {
  if (static_cast<size_t>(length) == buffer->ByteLength()) return buffer;
  return NewArrayBuffer(env, buffer->Data(), static_cast<size_t>(length));
}

// update(data) -> ArrayBuffer; undefined when OpenSSL refused the data.
v8::MaybeLocal<v8::Value> CipherUpdate(Environment& env,
                                       Receiver<CipherBase> self,
                                       BytesArg data) {
  if (!self->CheckMessageLength(env, static_cast<double>(data.size))) return {};
  if (!self->encrypt_ && self->authenticated_ && !self->PassAuthTag())
    return v8::Undefined(env.isolate());
  // The output (up to a block more than the input) must fit OpenSSL's int.
  size_t capacity = data.size + static_cast<size_t>(
                                    EVP_CIPHER_CTX_get_block_size(self->ctx_));
  if (capacity > INT_MAX) return v8::Undefined(env.isolate());
  v8::Local<v8::ArrayBuffer> out = NewArrayBuffer(env, capacity);
  int length = 0;
  // A null input means "set the message length" to CCM: pass a real
  // pointer for empty data.
  static const uint8_t kEmpty = 0;
  const uint8_t* in = data.data != nullptr ? data.data : &kEmpty;
  uint8_t scratch = 0;
  uint8_t* dst = capacity > 0 ? static_cast<uint8_t*>(out->Data()) : &scratch;
  int ok = EVP_CipherUpdate(self->ctx_, dst, &length, in,
                            static_cast<int>(data.size));
  if (ok != 1) {
    if (!self->encrypt_ && self->mode() == EVP_CIPH_CCM_MODE) {
      // CCM checks the tag here; node reports the failure from final().
      self->pending_auth_failed_ = true;
      ERR_clear_error();
      return NewArrayBuffer(env, 0);
    }
    return v8::Undefined(env.isolate());
  }
  return Output(env, out, length);
}

// final() -> ArrayBuffer, or kAuthFailed (lib/ throws node's message), or
// throws the OpenSSL error.
v8::MaybeLocal<v8::Value> CipherFinal(Environment& env,
                                      Receiver<CipherBase> self) {
  v8::Isolate* isolate = env.isolate();
  int mode = self->mode();
  if (!self->encrypt_ && self->authenticated_) {
    if (mode == EVP_CIPH_CCM_MODE) {
      if (self->pending_auth_failed_)
        return v8::Integer::New(isolate, kAuthFailed);
      return NewArrayBuffer(env, 0);
    }
    if (!self->auth_tag_set_ || !self->PassAuthTag())
      return v8::Integer::New(isolate, kAuthFailed);
  }
  size_t capacity =
      static_cast<size_t>(EVP_CIPHER_CTX_get_block_size(self->ctx_));
  v8::Local<v8::ArrayBuffer> out = NewArrayBuffer(env, capacity);
  int length = 0;
  if (EVP_CipherFinal_ex(self->ctx_, static_cast<uint8_t*>(out->Data()),
                         &length) != 1) {
    if (!self->encrypt_ && self->authenticated_) {
      ERR_clear_error();
      return v8::Integer::New(isolate, kAuthFailed);
    }
    ThrowOpenSslError(env, "Unsupported state");
    return {};
  }
  if (self->encrypt_ && self->authenticated_ &&
      EVP_CIPHER_CTX_ctrl(self->ctx_, EVP_CTRL_AEAD_GET_TAG,
                          static_cast<int>(self->auth_tag_length_),
                          self->auth_tag_) != 1) {
    ThrowOpenSslError(env, "Failed to get the authentication tag");
    return {};
  }
  return Output(env, out, length);
}

bool CipherSetAutoPadding(Environment& env, Receiver<CipherBase> self,
                          bool padding) {
  return EVP_CIPHER_CTX_set_padding(self->ctx_, padding ? 1 : 0) == 1;
}

v8::Local<v8::Value> CipherGetAuthTag(Environment& env,
                                      Receiver<CipherBase> self) {
  return NewArrayBuffer(env, self->auth_tag_, self->auth_tag_length_);
}

// setAuthTag(tag) -> false for a tag length the mode refuses.
bool CipherSetAuthTag(Environment& env, Receiver<CipherBase> self, BytesArg tag,
                      bool explicit_length) {
  unsigned length = static_cast<unsigned>(tag.size);
  int mode = self->mode();
  bool ok;
  if (mode == EVP_CIPH_GCM_MODE) {
    ok = explicit_length ? length == self->auth_tag_length_
                         : ValidAuthTagLength(self->cipher_, length);
  } else {
    ok = length == self->auth_tag_length_;
  }
  if (!ok) return false;
  self->auth_tag_length_ = length;
  std::copy(tag.data, tag.data + tag.size, self->auth_tag_);
  self->auth_tag_set_ = true;
  return true;
}

// setAAD(aad, plaintextLength | -1) -> false on failure.
bool CipherSetAAD(Environment& env, Receiver<CipherBase> self, BytesArg aad,
                  double plaintext_length) {
  int out = 0;
  if (self->mode() == EVP_CIPH_CCM_MODE) {
    if (!self->CheckMessageLength(env, plaintext_length)) return false;
    if (!self->encrypt_ && !self->PassAuthTag()) return false;
    if (EVP_CipherUpdate(self->ctx_, nullptr, &out, nullptr,
                         static_cast<int>(plaintext_length)) != 1)
      return false;
  }
  // A null input would mean "set the message length" to CCM: pass a real
  // pointer for an empty AAD.
  static const uint8_t kEmpty = 0;
  return EVP_CipherUpdate(self->ctx_, nullptr, &out,
                          aad.data != nullptr ? aad.data : &kEmpty,
                          static_cast<int>(aad.size)) == 1;
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(c));
  return text;
}

// getCiphers(): every cipher name OpenSSL knows that can be fetched, with
// case variants folded to the lower-case spelling.
v8::Local<v8::Value> GetCiphers(Environment& env) {
  std::vector<std::string> names;
  EVP_CIPHER_do_all_sorted(
      [](const EVP_CIPHER*, const char* from, const char*, void* arg) {
        if (from == nullptr) return;
        auto* out = static_cast<std::vector<std::string>*>(arg);
        if (GetCipher(from) != nullptr) out->push_back(from);
      },
      &names);
  std::vector<std::string> unique;
  for (const std::string& name : names) {
    std::string lower = Lower(name);
    bool has_lower = false, seen = false;
    for (const std::string& other : names) {
      if (other == lower) has_lower = true;
    }
    for (const std::string& other : unique) {
      if (Lower(other) == lower) seen = true;
    }
    if (seen) continue;
    unique.push_back(has_lower ? lower : name);
  }
  std::sort(unique.begin(), unique.end());
  v8::Local<v8::Array> array = v8::Array::New(env.isolate());
  for (size_t i = 0; i < unique.size(); i++) {
    array
        ->Set(env.context(), static_cast<uint32_t>(i),
              OneByteString(env, unique[i].c_str()))
        .Check();
  }
  return array;
}

const char* ModeName(const EVP_CIPHER* cipher) {
  if (IsChaChaPoly(cipher)) return "stream";
  switch (EVP_CIPHER_get_mode(cipher)) {
    case EVP_CIPH_CCM_MODE:
      return "ccm";
    case EVP_CIPH_CFB_MODE:
      return "cfb";
    case EVP_CIPH_CBC_MODE:
      return "cbc";
    case EVP_CIPH_CTR_MODE:
      return "ctr";
    case EVP_CIPH_ECB_MODE:
      return "ecb";
    case EVP_CIPH_GCM_MODE:
      return "gcm";
    case EVP_CIPH_OCB_MODE:
      return "ocb";
    case EVP_CIPH_OFB_MODE:
      return "ofb";
    case EVP_CIPH_STREAM_CIPHER:
      return "stream";
    case EVP_CIPH_WRAP_MODE:
      return "wrap";
    case EVP_CIPH_XTS_MODE:
      return "xts";
  }
  return nullptr;
}

// getCipherInfo(name, keyLength | -1, ivLength | -1) -> info or undefined.
v8::Local<v8::Value> GetCipherInfo(Environment& env, Utf8Arg name,
                                   int32_t key_length, int32_t iv_length) {
  v8::Isolate* isolate = env.isolate();
  const EVP_CIPHER* cipher = GetCipher(name.value.c_str());
  if (cipher == nullptr) {
    // A numeric id (nid) names a cipher too.
    char* end = nullptr;
    long nid = std::strtol(name.value.c_str(), &end, 10);
    const char* sn = end != name.value.c_str() && *end == '\0'
                         ? OBJ_nid2sn(static_cast<int>(nid))
                         : nullptr;
    if (sn != nullptr) cipher = GetCipher(sn);
    if (cipher == nullptr) return v8::Undefined(isolate);
  }
  int key = EVP_CIPHER_get_key_length(cipher);
  int iv = EVP_CIPHER_get_iv_length(cipher);
  if (key_length >= 0 && key_length != key) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    bool ok =
        EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, 1) == 1 &&
        EVP_CIPHER_CTX_set_key_length(ctx, key_length) == 1;
    EVP_CIPHER_CTX_free(ctx);
    ERR_clear_error();
    if (!ok) return v8::Undefined(isolate);
    key = key_length;
  }
  if (iv_length >= 0 && iv_length != iv) {
    if (!IsAuthenticated(cipher) ||
        !ValidIvLength(cipher, static_cast<size_t>(iv_length)))
      return v8::Undefined(isolate);
    iv = iv_length;
  }
  v8::Local<v8::Object> info = v8::Object::New(isolate);
  v8::Local<v8::Context> context = env.context();
  const char* mode = ModeName(cipher);
  if (mode != nullptr)
    info->Set(context, OneByteString(env, "mode"), OneByteString(env, mode))
        .Check();
  int nid = EVP_CIPHER_get_nid(cipher);
  const char* sn = OBJ_nid2sn(nid);
  std::string short_name =
      Lower(sn != nullptr ? sn : EVP_CIPHER_get0_name(cipher));
  info->Set(context, OneByteString(env, "name"),
            OneByteString(env, short_name.c_str()))
      .Check();
  info->Set(context, OneByteString(env, "nid"), v8::Integer::New(isolate, nid))
      .Check();
  if (std::string(mode == nullptr ? "" : mode) != "stream") {
    info->Set(context, OneByteString(env, "blockSize"),
              v8::Integer::New(isolate, EVP_CIPHER_get_block_size(cipher)))
        .Check();
  }
  if (iv != 0) {
    info->Set(context, OneByteString(env, "ivLength"),
              v8::Integer::New(isolate, iv))
        .Check();
  }
  info->Set(context, OneByteString(env, "keyLength"),
            v8::Integer::New(isolate, key))
      .Check();
  return info;
}

bool CipherIsAuthenticated(Environment& env, Receiver<CipherBase> self) {
  return self->authenticated_;
}

bool CipherIsCcm(Environment& env, Receiver<CipherBase> self) {
  return self->mode() == EVP_CIPH_CCM_MODE;
}

bool CipherIsGcm(Environment& env, Receiver<CipherBase> self) {
  return self->mode() == EVP_CIPH_GCM_MODE;
}

// bytesToKey(cipher, password) -> [key, iv] as createCipher derives them
// (EVP_BytesToKey: MD5, no salt, one round), or undefined for an unknown
// cipher.
v8::Local<v8::Value> BytesToKey(Environment& env, Utf8Arg name,
                                BytesArg password) {
  const EVP_CIPHER* cipher = GetCipher(name.value.c_str());
  if (cipher == nullptr) return v8::Undefined(env.isolate());
  uint8_t key[EVP_MAX_KEY_LENGTH];
  uint8_t iv[EVP_MAX_IV_LENGTH];
  int key_length = EVP_BytesToKey(cipher, EVP_md5(), nullptr, password.data,
                                  static_cast<int>(password.size), 1, key, iv);
  if (key_length <= 0) return v8::Undefined(env.isolate());
  v8::Local<v8::Value> parts[] = {
      NewArrayBuffer(env, key, static_cast<size_t>(key_length)),
      NewArrayBuffer(env, iv,
                     static_cast<size_t>(EVP_CIPHER_get_iv_length(cipher)))};
  return v8::Array::New(env.isolate(), parts, 2);
}

constexpr Method kCipherMethods[] = {
    {"isAuthenticated", Fn<&CipherIsAuthenticated>},
    {"isCcm", Fn<&CipherIsCcm>},
    {"isGcm", Fn<&CipherIsGcm>},
    {"init", Fn<&CipherInit>},
    {"update", Fn<&CipherUpdate>},
    {"final", Fn<&CipherFinal>},
    {"setAutoPadding", Fn<&CipherSetAutoPadding>},
    {"getAuthTag", Fn<&CipherGetAuthTag>},
    {"setAuthTag", Fn<&CipherSetAuthTag>},
    {"setAAD", Fn<&CipherSetAAD>},
};

constexpr Method kMethods[] = {
    {"getCiphers", Fn<&GetCiphers>},
    {"getCipherInfo", Fn<&GetCipherInfo>},
    {"bytesToKey", Fn<&BytesToKey>},
};
constexpr Class kClasses[] = {
    {"CipherBase", Construct<CipherBase>, kCipherMethods},
};

}  // namespace

extern const Part kCipherPart{kMethods, kClasses};

}  // namespace nodus::crypto
