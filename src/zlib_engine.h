// SPDX-License-Identifier: MIT
// The compression engines behind internalBinding('zlib') (src/zlib.cc):
// zlib's deflate/inflate in every wrapping, and brotli's encoder/decoder,
// behind one chunk-at-a-time interface. No V8 here: an engine runs on the
// thread pool, and test/fuzz drives it directly.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace nodus::zlib {

// The modes lib/ passes (zlib.constants.DEFLATE ...).
enum Mode : int32_t {
  kNone,
  kDeflate,
  kInflate,
  kGzip,
  kGunzip,
  kDeflateRaw,
  kInflateRaw,
  kUnzip,
  kBrotliDecode,
  kBrotliEncode,
};

// A failed step as lib/ reports it: message, errno and code
// ("incorrect header check", -3, "Z_DATA_ERROR"). Empty message: no failure.
struct Failure {
  std::string message;
  int errno_value = 0;
  std::string code;
  bool failed() const { return !message.empty(); }
};

// Counts the bytes an engine holds, so that its owner can tell V8 about the
// native memory behind a small JS object (a deflate state is ~256 KiB).
// The pool thread allocates too, hence the atomic.
class MemoryCounter {
 public:
  static void* Alloc(void* opaque, size_t items, size_t size);
  static void Free(void* opaque, void* pointer);
  // The change since the last call.
  int64_t TakeDelta() { return unreported_.exchange(0); }

 private:
  std::atomic<int64_t> unreported_{0};
};

// One compression or decompression state. SetChunk() then Step() process
// one chunk (the buffers stay the caller's); Check() says whether the step
// failed; avail_in()/avail_out() what is left of either buffer.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual void SetChunk(int flush, const uint8_t* in, uint32_t in_len,
                        uint8_t* out, uint32_t out_len) = 0;
  virtual void Step() = 0;
  virtual Failure Check() const = 0;
  virtual uint32_t avail_in() const = 0;
  virtual uint32_t avail_out() const = 0;
  // Back to the state after construction (same options).
  virtual Failure Reset() = 0;
  // Deflate's level and strategy; other engines ignore it.
  virtual Failure Params(int level, int strategy) = 0;
};

// A zlib engine for modes kDeflate..kUnzip, or nullptr with *err set to the
// zlib error that kept it from starting.
std::unique_ptr<Engine> NewZlibEngine(MemoryCounter* memory, Mode mode,
                                      int window_bits, int level, int mem_level,
                                      int strategy,
                                      std::vector<uint8_t> dictionary,
                                      int* err);

// The parameter value that means "leave the default".
constexpr uint32_t kBrotliParamUnset = 0xffffffff;

// A brotli engine (kBrotliEncode or kBrotliDecode) with params[key] set for
// every key not kBrotliParamUnset; nullptr if one is refused.
std::unique_ptr<Engine> NewBrotliEngine(MemoryCounter* memory, Mode mode,
                                        std::vector<uint32_t> params);

}  // namespace nodus::zlib
