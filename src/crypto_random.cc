// SPDX-License-Identifier: MIT
// internalBinding('crypto') part: random bytes from OpenSSL's CSPRNG, into
// a JS buffer now (randomFillSync) or on the thread pool (randomFill), and
// the constant-time comparison timingSafeEqual. Used by
// lib/internal/crypto/random.js and lib/crypto.js.

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>

#include "crypto.h"
#include "crypto_util.h"
#include "environment.h"

namespace nodus::crypto {
namespace {

// Fills `size` bytes at `data`, in INT_MAX pieces (RAND_bytes takes an int).
bool FillRandom(uint8_t* data, size_t size) {
  while (size > 0) {
    int n = size > INT_MAX ? INT_MAX : static_cast<int>(size);
    if (RAND_bytes(data, n) != 1) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// The bytes of an ArrayBuffer or ArrayBufferView.
uint8_t* BytesOf(v8::Local<v8::Value> value) {
  if (value->IsArrayBuffer())
    return static_cast<uint8_t*>(value.As<v8::ArrayBuffer>()->Data());
  if (value->IsSharedArrayBuffer())
    return static_cast<uint8_t*>(value.As<v8::SharedArrayBuffer>()->Data());
  CHECK(value->IsArrayBufferView());
  auto view = value.As<v8::ArrayBufferView>();
  return static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
}

// randomFillSync(buffer, offset, size): lib/ checked the range.
void RandomFillSync(Environment& env, v8::Local<v8::Value> buffer,
                    double offset, double size) {
  if (!FillRandom(BytesOf(buffer) + static_cast<size_t>(offset),
                  static_cast<size_t>(size)))
    ThrowOpenSslError(env, "Error generating random bytes");
}

// randomFill(job, buffer, offset, size): the pool writes into the buffer's
// memory, which the job keeps alive through its backing store.
void RandomFill(Environment& env, CryptoJob* job, v8::Local<v8::Value> buffer,
                double offset, double size) {
  std::shared_ptr<v8::BackingStore> store =
      buffer->IsArrayBuffer() ? buffer.As<v8::ArrayBuffer>()->GetBackingStore()
      : buffer->IsSharedArrayBuffer()
          ? buffer.As<v8::SharedArrayBuffer>()->GetBackingStore()
          : buffer.As<v8::ArrayBufferView>()->Buffer()->GetBackingStore();
  size_t start = static_cast<size_t>(offset);
  if (buffer->IsArrayBufferView())
    start += buffer.As<v8::ArrayBufferView>()->ByteOffset();
  size_t length = static_cast<size_t>(size);
  job->Start(
      [store, start, length](OpenSslErrors*) {
        return FillRandom(static_cast<uint8_t*>(store->Data()) + start, length);
      },
      [](Environment& e) -> v8::MaybeLocal<v8::Value> {
        return v8::Undefined(e.isolate());
      },
      "Error generating random bytes");
}

// timingSafeEqual(a, b) -> whether the bytes are equal, in time that
// depends only on the length (lib/ checked the lengths match).
bool TimingSafeEqual(Environment& env, BytesArg a, BytesArg b) {
  if (a.size != b.size) {
    ThrowCodedError(env, "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
                    "Input buffers must have the same byte length",
                    v8::Exception::RangeError);
    return false;
  }
  return CRYPTO_memcmp(a.data, b.data, a.size) == 0;
}

// getFips() / setFips(on): FIPS mode is OpenSSL's default "fips=yes"
// property (without a FIPS provider, every fetch then fails, as in node).
int32_t GetFips(Environment& env) {
  return EVP_default_properties_is_fips_enabled(nullptr) ? 1 : 0;
}

bool SetFips(Environment& env, bool on) {
  return EVP_default_properties_enable_fips(nullptr, on ? 1 : 0) == 1;
}

constexpr Method kMethods[] = {
    {"getFips", Fn<&GetFips>},
    {"setFips", Fn<&SetFips>},
    {"timingSafeEqual", Fn<&TimingSafeEqual>},
    {"randomFillSync", Fn<&RandomFillSync>},
    {"randomFill", Fn<&RandomFill>},
};

}  // namespace

extern const Part kRandomPart{kMethods};

}  // namespace nodus::crypto
