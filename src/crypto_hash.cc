// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: message digests and HMAC (Hash, Hmac,
// getHashes, the one-shot digest of crypto.hash). Used by
// lib/internal/crypto/hash.js.

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "crypto.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

constexpr int32_t kFormatBuffer = 0;
constexpr int32_t kFormatHex = 1;

v8::Local<v8::Value> FormatDigest(Environment& env, const uint8_t* data,
                                  size_t size, int32_t format) {
  if (format == kFormatHex) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex(size * 2, '0');
    for (size_t i = 0; i < size; i++) {
      hex[2 * i] = kHex[data[i] >> 4];
      hex[2 * i + 1] = kHex[data[i] & 15];
    }
    return v8::String::NewFromOneByte(
               env.isolate(), reinterpret_cast<const uint8_t*>(hex.data()),
               v8::NewStringType::kNormal, static_cast<int>(hex.size()))
        .ToLocalChecked();
  }
  return NewArrayBuffer(env, data, size);
}

// Feeds a JS string as UTF-8 to `update`, through a stack buffer when small.
template <typename Update>
bool UpdateUtf8(Environment& env, v8::Local<v8::String> string,
                Update&& update) {
  v8::Isolate* isolate = env.isolate();
  int length = string->Length();
  if (string->IsOneByte() && length <= 1024) {
    uint8_t latin1[1024];
    string->WriteOneByte(isolate, latin1, 0, length,
                         v8::String::NO_NULL_TERMINATION);
    bool ascii = true;
    for (int i = 0; i < length && ascii; i++) ascii = latin1[i] < 0x80;
    if (ascii) return update(latin1, static_cast<size_t>(length));
  }
  size_t size = static_cast<size_t>(string->Utf8Length(isolate));
  uint8_t stack[1024];
  std::vector<uint8_t> heap;
  uint8_t* data = stack;
  if (size > sizeof(stack)) {
    heap.resize(size);
    data = heap.data();
  }
  string->WriteUtf8(
      isolate, reinterpret_cast<char*>(data), static_cast<int>(size), nullptr,
      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  return update(data, size);
}

// Lifetime: weak from creation; GC of the JS Hash frees the context.
class Hash : public Wrap {
 public:
  static const WrapType kType;
  Hash(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~Hash() override { EVP_MD_CTX_free(ctx_); }

  // xof_length < 0: the digest's own size.
  bool Init(Environment& env, const EVP_MD* md, const EVP_MD_CTX* from,
            int64_t xof_length) {
    ctx_ = EVP_MD_CTX_new();
    if (from != nullptr) {
      if (EVP_MD_CTX_copy_ex(ctx_, from) != 1) {
        ThrowOpenSslError(env, "Digest method not supported");
        return false;
      }
      md = EVP_MD_CTX_get0_md(from);
    } else if (EVP_DigestInit_ex(ctx_, md, nullptr) != 1) {
      ThrowOpenSslError(env, "Digest method not supported");
      return false;
    }
    size_ = static_cast<size_t>(EVP_MD_get_size(md));
    xof_ = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    if (xof_length >= 0 && static_cast<size_t>(xof_length) != size_) {
      if (!xof_) {
        ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
        ThrowOpenSslError(env, "Digest method not supported");
        return false;
      }
      size_ = static_cast<size_t>(xof_length);
    }
    return true;
  }

  EVP_MD_CTX* ctx_ = nullptr;
  size_t size_ = 0;
  bool xof_ = false;
  // The digest once computed: a stream's flush computes it, and a later
  // digest() call gets the same bytes (as in node).
  bool finished_ = false;
  std::vector<uint8_t> digest_;
};
const WrapType Hash::kType{"Hash"};

// init(algorithm, xofLength) -> false for an unknown digest.
bool HashInit(Environment& env, Receiver<Hash> self, Utf8Arg algorithm,
              double xof_length) {
  const EVP_MD* md = GetDigest(algorithm.value.c_str());
  if (md == nullptr) return false;
  return self->Init(env, md, nullptr, static_cast<int64_t>(xof_length));
}

// initCopy(other, xofLength): a copy of another Hash's state.
bool HashInitCopy(Environment& env, Receiver<Hash> self, Hash* other,
                  double xof_length) {
  return self->Init(env, nullptr, other->ctx_,
                    static_cast<int64_t>(xof_length));
}

bool HashUpdate(Environment& env, Receiver<Hash> self, BytesArg data) {
  return EVP_DigestUpdate(self->ctx_, data.data, data.size) == 1;
}

bool HashUpdateString(Environment& env, Receiver<Hash> self,
                      v8::Local<v8::String> data) {
  return UpdateUtf8(env, data, [&](const uint8_t* bytes, size_t size) {
    return EVP_DigestUpdate(self->ctx_, bytes, size) == 1;
  });
}

v8::MaybeLocal<v8::Value> HashDigest(Environment& env, Receiver<Hash> self,
                                     int32_t format) {
  if (!self->finished_) {
    size_t size = self->size_;
    self->digest_.resize(std::max<size_t>(size, EVP_MAX_MD_SIZE));
    uint8_t* out = self->digest_.data();
    int ok;
    if (self->xof_) {
      ok = size == 0 ? 1 : EVP_DigestFinalXOF(self->ctx_, out, size);
    } else {
      unsigned int written = 0;
      ok = EVP_DigestFinal_ex(self->ctx_, out, &written);
    }
    if (ok != 1) {
      ThrowOpenSslError(env, "Digest method not supported");
      return {};
    }
    self->digest_.resize(size);
    self->finished_ = true;
  }
  const uint8_t* out = self->digest_.data();
  size_t size = self->digest_.size();
  return FormatDigest(env, out, size, format);
}

// Lifetime: weak from creation; GC of the JS Hmac frees the context.
class Hmac : public Wrap {
 public:
  static const WrapType kType;
  Hmac(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~Hmac() override { EVP_MAC_CTX_free(ctx_); }
  EVP_MAC_CTX* ctx_ = nullptr;
};
const WrapType Hmac::kType{"Hmac"};

EVP_MAC* HmacAlgorithm() {
  static EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  return mac;
}

// Prepares an HMAC context for `md` and `key`; null on failure.
EVP_MAC_CTX* NewHmacContext(const EVP_MD* md, const uint8_t* key,
                            size_t key_size) {
  EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(HmacAlgorithm());
  if (ctx == nullptr) return nullptr;
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(
          OSSL_MAC_PARAM_DIGEST, const_cast<char*>(EVP_MD_get0_name(md)), 0),
      OSSL_PARAM_construct_end()};
  static const uint8_t kEmpty = 0;
  if (EVP_MAC_init(ctx, key_size == 0 ? &kEmpty : key, key_size, params) != 1) {
    EVP_MAC_CTX_free(ctx);
    return nullptr;
  }
  return ctx;
}

// init(algorithm, key) -> false for an unknown digest.
bool HmacInit(Environment& env, Receiver<Hmac> self, Utf8Arg algorithm,
              BytesArg key) {
  const EVP_MD* md = GetDigest(algorithm.value.c_str());
  if (md == nullptr) return false;
  self->ctx_ = NewHmacContext(md, key.data, key.size);
  if (self->ctx_ == nullptr) {
    ThrowOpenSslError(env, "Failed to initialize HMAC");
    return false;
  }
  return true;
}

bool HmacUpdate(Environment& env, Receiver<Hmac> self, BytesArg data) {
  return EVP_MAC_update(self->ctx_, data.data, data.size) == 1;
}

bool HmacUpdateString(Environment& env, Receiver<Hmac> self,
                      v8::Local<v8::String> data) {
  return UpdateUtf8(env, data, [&](const uint8_t* bytes, size_t size) {
    return EVP_MAC_update(self->ctx_, bytes, size) == 1;
  });
}

v8::MaybeLocal<v8::Value> HmacDigest(Environment& env, Receiver<Hmac> self,
                                     int32_t format) {
  uint8_t out[EVP_MAX_MD_SIZE];
  size_t size = 0;
  if (EVP_MAC_final(self->ctx_, out, &size, sizeof(out)) != 1) {
    ThrowOpenSslError(env, "Failed to finalize HMAC");
    return {};
  }
  return FormatDigest(env, out, size, format);
}

// oneShotDigest(algorithm, data, format, xofLength) -> undefined for an
// unknown digest.
v8::MaybeLocal<v8::Value> OneShotDigest(Environment& env, Utf8Arg algorithm,
                                        v8::Local<v8::Value> data,
                                        int32_t format) {
  const EVP_MD* md = GetDigest(algorithm.value.c_str());
  if (md == nullptr) return v8::Undefined(env.isolate());
  uint8_t out[EVP_MAX_MD_SIZE];
  size_t size = static_cast<size_t>(EVP_MD_get_size(md));
  if ((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0) {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = EVP_DigestInit_ex(ctx, md, nullptr) == 1;
    auto update = [&](const uint8_t* bytes, size_t n) {
      return EVP_DigestUpdate(ctx, bytes, n) == 1;
    };
    if (data->IsString()) {
      ok = ok && UpdateUtf8(env, data.As<v8::String>(), update);
    } else {
      auto view = data.As<v8::ArrayBufferView>();
      const uint8_t* base = static_cast<uint8_t*>(view->Buffer()->Data());
      ok = ok && update(base + view->ByteOffset(), view->ByteLength());
    }
    ok = ok && EVP_DigestFinalXOF(ctx, out, size) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok) {
      ThrowOpenSslError(env, "Digest method not supported");
      return {};
    }
    return FormatDigest(env, out, size, format);
  }
  bool ok;
  auto digest = [&](const uint8_t* bytes, size_t n) {
    unsigned int written = 0;
    return EVP_Digest(bytes, n, out, &written, md, nullptr) == 1;
  };
  if (data->IsString()) {
    ok = UpdateUtf8(env, data.As<v8::String>(), digest);
  } else {
    auto view = data.As<v8::ArrayBufferView>();
    const uint8_t* base = static_cast<uint8_t*>(view->Buffer()->Data());
    ok = digest(base + view->ByteOffset(), view->ByteLength());
  }
  if (!ok) {
    ThrowOpenSslError(env, "Digest method not supported");
    return {};
  }
  return FormatDigest(env, out, size, format);
}

// getHashes(): every digest name OpenSSL knows that can be fetched.
v8::Local<v8::Value> GetHashes(Environment& env) {
  std::vector<std::string> names;
  EVP_MD_do_all_sorted(
      [](const EVP_MD* md, const char* from, const char* to, void* arg) {
        if (from == nullptr) return;
        auto* out = static_cast<std::vector<std::string>*>(arg);
        if (GetDigest(from) != nullptr) out->push_back(from);
      },
      &names);
  v8::Local<v8::Array> array = v8::Array::New(env.isolate());
  for (size_t i = 0; i < names.size(); i++) {
    array
        ->Set(env.context(), static_cast<uint32_t>(i),
              OneByteString(env, names[i].c_str()))
        .Check();
  }
  return array;
}

constexpr Method kHashMethods[] = {
    {"init", Fn<&HashInit>},     {"initCopy", Fn<&HashInitCopy>},
    {"update", Fn<&HashUpdate>}, {"updateString", Fn<&HashUpdateString>},
    {"digest", Fn<&HashDigest>},
};
constexpr Method kHmacMethods[] = {
    {"init", Fn<&HmacInit>},
    {"update", Fn<&HmacUpdate>},
    {"updateString", Fn<&HmacUpdateString>},
    {"digest", Fn<&HmacDigest>},
};

// digestJob(job, algorithm, data) -> true (job started; its result is the
// digest as an ArrayBuffer), or false for an unknown digest. For
// crypto.subtle.digest, which runs on the thread pool as in node.
v8::MaybeLocal<v8::Value> DigestJob(Environment& env,
                                    v8::Local<v8::Value> job_value,
                                    Utf8Arg algorithm, BytesArg data) {
  const EVP_MD* md = GetDigest(algorithm.value.c_str());
  if (md == nullptr) return v8::False(env.isolate());
  auto out = std::make_shared<std::vector<uint8_t>>(EVP_MAX_MD_SIZE);
  CryptoJob::Run run = [md, data = Copy(data), out](OpenSslErrors*) {
    unsigned int written = 0;
    if (EVP_Digest(data.data(), data.size(), out->data(), &written, md,
                   nullptr) != 1)
      return false;
    out->resize(written);
    return true;
  };
  CryptoJob::Result result =
      [out](Environment& e) -> v8::MaybeLocal<v8::Value> {
    return NewArrayBuffer(e, out->data(), out->size());
  };
  Wrap::Unwrap<CryptoJob>(job_value)->Start(run, result,
                                            "Digest method not supported");
  return v8::True(env.isolate());
}

constexpr Method kMethods[] = {
    {"getHashes", Fn<&GetHashes>},
    {"oneShotDigest", Fn<&OneShotDigest>},
    {"digestJob", Fn<&DigestJob>},
};
constexpr Class kClasses[] = {
    {"Hash", Construct<Hash>, kHashMethods},
    {"Hmac", Construct<Hmac>, kHmacMethods},
};

}  // namespace

extern const Part kHashPart{kMethods, kClasses};

}  // namespace nodus::crypto
