// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: one-shot AES for crypto.subtle (AES-GCM,
// AES-CBC, AES-CTR with Web Crypto's counter length, AES-KW), always as a
// CryptoJob on the thread pool. Used by lib/internal/crypto/subtle/aes.js.

#include <openssl/bn.h>
#include <openssl/evp.h>

#include <cstring>
#include <memory>
#include <vector>

#include "crypto.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

using Bytes = std::vector<uint8_t>;

enum Mode : int32_t { kCbc = 0, kCtr = 1, kGcm = 2, kKw = 3 };

struct AesParams {
  const EVP_CIPHER* cipher;
  int32_t mode;
  bool encrypt;
  Bytes key;
  Bytes iv;
  Bytes data;
  Bytes aad;
  bool has_aad;
  int32_t tag_bytes;
  int32_t counter_bits;
};

struct CipherCtx {
  EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
  ~CipherCtx() { EVP_CIPHER_CTX_free(ctx); }
};

// One EVP pass over `in` with `iv`, appended to `out`.
bool Crypt(const AesParams& p, const uint8_t* iv, const uint8_t* in,
           size_t size, Bytes* out) {
  CipherCtx c;
  if (c.ctx == nullptr) return false;
  EVP_CIPHER_CTX_set_flags(c.ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  if (EVP_CipherInit_ex(c.ctx, p.cipher, nullptr, nullptr, nullptr,
                        p.encrypt ? 1 : 0) != 1)
    return false;
  if (p.mode == kGcm &&
      EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_AEAD_SET_IVLEN,
                          static_cast<int>(p.iv.size()), nullptr) != 1)
    return false;
  if (EVP_CipherInit_ex(c.ctx, nullptr, nullptr, p.key.data(), iv,
                        p.encrypt ? 1 : 0) != 1)
    return false;
  int n = 0;
  if (p.mode == kGcm && p.has_aad && !p.aad.empty() &&
      EVP_CipherUpdate(c.ctx, nullptr, &n, p.aad.data(),
                       static_cast<int>(p.aad.size())) != 1)
    return false;
  const uint8_t* tag = nullptr;
  if (p.mode == kGcm && !p.encrypt) {
    // The tag is the last tag_bytes of the input.
    if (size < static_cast<size_t>(p.tag_bytes)) return false;
    size -= p.tag_bytes;
    tag = in + size;
    if (EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_AEAD_SET_TAG, p.tag_bytes,
                            const_cast<uint8_t*>(tag)) != 1)
      return false;
  }
  size_t base = out->size();
  out->resize(base + size + EVP_CIPHER_CTX_get_block_size(c.ctx) + 16);
  int written = 0;
  if (size > 0 || p.mode == kKw) {
    if (EVP_CipherUpdate(c.ctx, out->data() + base, &written, in,
                         static_cast<int>(size)) != 1)
      return false;
  }
  int last = 0;
  if (p.mode != kKw &&
      EVP_CipherFinal_ex(c.ctx, out->data() + base + written, &last) != 1)
    return false;
  out->resize(base + written + last);
  if (p.mode == kGcm && p.encrypt) {
    out->resize(out->size() + p.tag_bytes);
    if (EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_AEAD_GET_TAG, p.tag_bytes,
                            out->data() + out->size() - p.tag_bytes) != 1)
      return false;
  }
  return true;
}

// AES-CTR where only the low `counter_bits` of the counter block count:
// when they would wrap inside the input, the rest restarts at zero (as
// Web Crypto asks), so the input is done in two passes.
bool CryptCtr(const AesParams& p, Bytes* out) {
  size_t blocks = (p.data.size() + 15) / 16;
  BIGNUM* counter = BN_bin2bn(p.iv.data(), 16, nullptr);
  BIGNUM* room = BN_new();
  BIGNUM* need = BN_new();
  bool ok = counter != nullptr && room != nullptr && need != nullptr;
  bool split = false;
  if (ok) {
    // room = 2^bits - (counter mod 2^bits)
    if (p.counter_bits < 128) BN_mask_bits(counter, p.counter_bits);
    ok = BN_set_bit(room, p.counter_bits) == 1 &&
         BN_sub(room, room, counter) == 1 &&
         BN_set_word(need, static_cast<BN_ULONG>(blocks)) == 1;
    split = ok && BN_cmp(need, room) > 0;
  }
  size_t first_blocks = 0;
  if (ok && split) first_blocks = static_cast<size_t>(BN_get_word(room));
  BN_free(counter);
  BN_free(room);
  BN_free(need);
  if (!ok) return false;
  if (!split) return Crypt(p, p.iv.data(), p.data.data(), p.data.size(), out);
  size_t first = first_blocks * 16;
  if (!Crypt(p, p.iv.data(), p.data.data(), first, out)) return false;
  uint8_t wrapped[16];
  std::memcpy(wrapped, p.iv.data(), 16);
  for (int bit = 0; bit < p.counter_bits; bit++)
    wrapped[15 - bit / 8] &= static_cast<uint8_t>(~(1u << (bit % 8)));
  return Crypt(p, wrapped, p.data.data() + first, p.data.size() - first, out);
}

// aesCipher(job, cipherName, mode, encrypt, key, iv, data, aad | null,
// tagBytes, counterBits) -> true (job started), or false for an unknown
// cipher. The job's result is an ArrayBuffer.
v8::MaybeLocal<v8::Value> AesCipher(Environment& env,
                                    v8::Local<v8::Value> job_value,
                                    Utf8Arg cipher_name, int32_t mode,
                                    bool encrypt, BytesArg key, BytesArg iv,
                                    BytesArg data, v8::Local<v8::Value> aad,
                                    int32_t tag_bytes, int32_t counter_bits) {
  const EVP_CIPHER* cipher = GetCipher(cipher_name.value.c_str());
  if (cipher == nullptr) return v8::False(env.isolate());
  auto params = std::make_shared<AesParams>(AesParams{cipher,
                                                      mode,
                                                      encrypt,
                                                      Copy(key),
                                                      Copy(iv),
                                                      Copy(data),
                                                      {},
                                                      false,
                                                      tag_bytes,
                                                      counter_bits});
  if (aad->IsArrayBufferView()) {
    auto view = aad.As<v8::ArrayBufferView>();
    params->aad.resize(view->ByteLength());
    view->CopyContents(params->aad.data(), params->aad.size());
    params->has_aad = true;
  }
  auto out = std::make_shared<Bytes>();
  CryptoJob::Run run = [params, out](OpenSslErrors*) {
    if (params->mode == kCtr) return CryptCtr(*params, out.get());
    const uint8_t* iv = params->iv.empty() ? nullptr : params->iv.data();
    return Crypt(*params, iv, params->data.data(), params->data.size(),
                 out.get());
  };
  CryptoJob::Result result =
      [out](Environment& e) -> v8::MaybeLocal<v8::Value> {
    return NewArrayBuffer(e, out->data(), out->size());
  };
  Wrap::Unwrap<CryptoJob>(job_value)->Start(run, result, "Cipher job failed");
  return v8::True(env.isolate());
}

constexpr Method kMethods[] = {
    {"aesCipher", Fn<&AesCipher>},
};

}  // namespace

extern const Part kAesPart{kMethods};

}  // namespace nodus::crypto
