// SPDX-License-Identifier: MIT
// The zlib and brotli engines of src/zlib_engine.h.

#include "zlib_engine.h"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace nodus::zlib {

// Each block starts with its size (two words, to keep the alignment).
void* MemoryCounter::Alloc(void* opaque, size_t items, size_t size) {
  auto* self = static_cast<MemoryCounter*>(opaque);
  size_t bytes = items * size;
  auto* block = static_cast<size_t*>(malloc(bytes + sizeof(size_t) * 2));
  if (block == nullptr) return nullptr;
  block[0] = bytes;
  self->unreported_ += static_cast<int64_t>(bytes);
  return block + 2;
}

void MemoryCounter::Free(void* opaque, void* pointer) {
  if (pointer == nullptr) return;
  auto* self = static_cast<MemoryCounter*>(opaque);
  size_t* block = static_cast<size_t*>(pointer) - 2;
  self->unreported_ -= static_cast<int64_t>(block[0]);
  free(block);
}

namespace {

void* ZAlloc(void* opaque, unsigned items, unsigned size) {
  return MemoryCounter::Alloc(opaque, items, size);
}

void* BAlloc(void* opaque, size_t size) {
  return MemoryCounter::Alloc(opaque, 1, size);
}

constexpr uint8_t kGzipId1 = 0x1f;
constexpr uint8_t kGzipId2 = 0x8b;

const char* ZlibCodeName(int err) {
  switch (err) {
    case Z_OK:
      return "Z_OK";
    case Z_STREAM_END:
      return "Z_STREAM_END";
    case Z_NEED_DICT:
      return "Z_NEED_DICT";
    case Z_ERRNO:
      return "Z_ERRNO";
    case Z_STREAM_ERROR:
      return "Z_STREAM_ERROR";
    case Z_DATA_ERROR:
      return "Z_DATA_ERROR";
    case Z_MEM_ERROR:
      return "Z_MEM_ERROR";
    case Z_BUF_ERROR:
      return "Z_BUF_ERROR";
    case Z_VERSION_ERROR:
      return "Z_VERSION_ERROR";
  }
  return "Z_UNKNOWN_ERROR";
}

class ZlibEngine final : public Engine {
 public:
  explicit ZlibEngine(MemoryCounter* memory) {
    strm_.zalloc = ZAlloc;
    strm_.zfree = MemoryCounter::Free;
    strm_.opaque = memory;
  }
  ~ZlibEngine() override { End(); }

  // Returns a zlib error code (Z_OK on success).
  int Init(Mode mode, int window_bits, int level, int mem_level, int strategy,
           std::vector<uint8_t> dictionary) {
    mode_ = mode;
    level_ = level;
    strategy_ = strategy;
    dictionary_ = std::move(dictionary);
    if (mode == kGzip || mode == kGunzip) window_bits += 16;
    if (mode == kUnzip) window_bits += 32;
    // zlib refuses a raw deflate window of 256 bytes; it uses 512 anyway.
    if (mode == kDeflateRaw && window_bits == 8) window_bits = 9;
    if (mode == kDeflateRaw || mode == kInflateRaw) window_bits = -window_bits;
    int err = Z_OK;
    if (IsDeflate()) {
      err = deflateInit2(&strm_, level, Z_DEFLATED, window_bits, mem_level,
                         strategy);
    } else {
      err = inflateInit2(&strm_, window_bits);
    }
    if (err != Z_OK) {
      mode_ = kNone;
      return err;
    }
    initialized_ = true;
    return SetDictionary();
  }

  void SetChunk(int flush, const uint8_t* in, uint32_t in_len, uint8_t* out,
                uint32_t out_len) override {
    flush_ = flush;
    strm_.next_in = const_cast<uint8_t*>(in);
    strm_.avail_in = in_len;
    strm_.next_out = out;
    strm_.avail_out = out_len;
  }

  void Step() override {
    err_ = Z_OK;
    if (IsDeflate()) {
      err_ = deflate(&strm_, flush_);
      return;
    }
    if (mode_ == kUnzip) DetectGzip();
    err_ = inflate(&strm_, flush_);
    if (mode_ != kInflateRaw && err_ == Z_NEED_DICT && !dictionary_.empty()) {
      err_ = inflateSetDictionary(&strm_, dictionary_.data(),
                                  static_cast<uInt>(dictionary_.size()));
      if (err_ == Z_OK) {
        err_ = inflate(&strm_, flush_);
      } else if (err_ == Z_DATA_ERROR) {
        // The dictionary does not match the stream's Adler-32.
        err_ = Z_NEED_DICT;
      }
    }
    // More gzip members may follow the one that ended; zero bytes after a
    // member are padding, anything else is decoded as the next member (and
    // fails as garbage if it is not one).
    while (mode_ == kGunzip && err_ == Z_STREAM_END && strm_.avail_in > 0 &&
           strm_.next_in[0] != 0) {
      err_ = inflateReset(&strm_);
      if (err_ != Z_OK) break;
      err_ = inflate(&strm_, flush_);
    }
  }

  Failure Check() const override {
    switch (err_) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm_.avail_out != 0 && flush_ == Z_FINISH)
          return Fail("unexpected end of file");
        return {};
      case Z_STREAM_END:
        return {};
      case Z_NEED_DICT:
        return Fail(dictionary_.empty() ? "Missing dictionary"
                                        : "Bad dictionary");
      default:
        return Fail("Zlib error");
    }
  }

  uint32_t avail_in() const override { return strm_.avail_in; }
  uint32_t avail_out() const override { return strm_.avail_out; }

  Failure Reset() override {
    if (!initialized_) return {};
    err_ = Z_OK;
    if (IsDeflate()) {
      err_ = deflateReset(&strm_);
    } else if (mode_ != kUnzip) {
      err_ = inflateReset(&strm_);
    }
    if (err_ != Z_OK) return Fail("Failed to reset stream");
    err_ = SetDictionary();
    if (err_ != Z_OK) return Fail("Failed to set dictionary");
    return {};
  }

  Failure Params(int level, int strategy) override {
    if (!initialized_ || !IsDeflate()) return {};
    err_ = deflateParams(&strm_, level, strategy);
    // Z_BUF_ERROR: nothing was pending to compress with the old values.
    if (err_ != Z_OK && err_ != Z_BUF_ERROR)
      return Fail("Failed to set parameters");
    level_ = level;
    strategy_ = strategy;
    return {};
  }

 private:
  bool IsDeflate() const {
    return mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw;
  }

  int SetDictionary() {
    if (dictionary_.empty()) return Z_OK;
    auto size = static_cast<uInt>(dictionary_.size());
    if (mode_ == kDeflate || mode_ == kDeflateRaw)
      return deflateSetDictionary(&strm_, dictionary_.data(), size);
    if (mode_ == kInflateRaw)
      return inflateSetDictionary(&strm_, dictionary_.data(), size);
    return Z_OK;
  }

  // Unzip decodes both formats (windowBits + 32); it only needs to know
  // whether the input is gzip, so that later members are decoded too. The
  // two id bytes may arrive in separate chunks.
  void DetectGzip() {
    const uint8_t* next = strm_.next_in;
    uint32_t avail = strm_.avail_in;
    if (gzip_id_bytes_ == 0) {
      if (avail == 0) return;
      if (*next != kGzipId1) {
        mode_ = kInflate;
        return;
      }
      gzip_id_bytes_ = 1;
      next++;
      avail--;
    }
    if (avail == 0) return;
    mode_ = *next == kGzipId2 ? kGunzip : kInflate;
  }

  Failure Fail(const char* fallback) const {
    Failure f;
    f.message = strm_.msg != nullptr ? strm_.msg : fallback;
    f.errno_value = err_;
    f.code = ZlibCodeName(err_);
    return f;
  }

  void End() {
    if (!initialized_) return;
    if (IsDeflate()) {
      deflateEnd(&strm_);
    } else {
      inflateEnd(&strm_);
    }
    initialized_ = false;
  }

  z_stream strm_{};
  Mode mode_ = kNone;
  bool initialized_ = false;
  int level_ = 0;
  int strategy_ = 0;
  int flush_ = Z_NO_FLUSH;
  int err_ = Z_OK;
  int gzip_id_bytes_ = 0;
  std::vector<uint8_t> dictionary_;
};

// "ERR_" and the name of a brotli decoder error after "BROTLI_DECODER", as
// node names them ("ERR__ERROR_FORMAT_PADDING_1"). brotli 1.1 returns that
// name from BrotliDecoderErrorString; 1.0 (Debian 12) leaves out the group.
std::string BrotliErrorCode(BrotliDecoderErrorCode error) {
  std::string name = BrotliDecoderErrorString(error);
  if (name.empty() || name[0] == '_') return "ERR_" + name;
  const char* group = "_ERROR_";
  if (error >= BROTLI_DECODER_ERROR_FORMAT_DISTANCE &&
      error <= BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE) {
    group = "_ERROR_FORMAT_";
  } else if (error >= BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES &&
             error <= BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES) {
    group = "_ERROR_ALLOC_";
  }
  return "ERR_" + std::string(group) + name;
}

class BrotliEncoderEngine final : public Engine {
 public:
  explicit BrotliEncoderEngine(MemoryCounter* memory) : memory_(memory) {}
  ~BrotliEncoderEngine() override {
    if (state_ != nullptr) BrotliEncoderDestroyInstance(state_);
  }

  bool Init(std::vector<uint32_t> params) {
    params_ = std::move(params);
    return Create();
  }

  void SetChunk(int flush, const uint8_t* in, uint32_t in_len, uint8_t* out,
                uint32_t out_len) override {
    op_ = static_cast<BrotliEncoderOperation>(flush);
    next_in_ = in;
    avail_in_ = in_len;
    next_out_ = out;
    avail_out_ = out_len;
  }

  void Step() override {
    ok_ = BrotliEncoderCompressStream(state_, op_, &avail_in_, &next_in_,
                                      &avail_out_, &next_out_, nullptr);
  }

  Failure Check() const override {
    if (ok_) return {};
    return {"Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED"};
  }

  uint32_t avail_in() const override {
    return static_cast<uint32_t>(avail_in_);
  }
  uint32_t avail_out() const override {
    return static_cast<uint32_t>(avail_out_);
  }

  Failure Reset() override {
    if (!Create()) return {"Failed to reset stream", -1, "ERR_ZLIB_RESET"};
    return {};
  }

  Failure Params(int, int) override { return {}; }

 private:
  bool Create() {
    if (state_ != nullptr) BrotliEncoderDestroyInstance(state_);
    state_ = BrotliEncoderCreateInstance(BAlloc, MemoryCounter::Free, memory_);
    if (state_ == nullptr) return false;
    for (size_t key = 0; key < params_.size(); key++) {
      if (params_[key] == kBrotliParamUnset) continue;
      if (!BrotliEncoderSetParameter(
              state_, static_cast<BrotliEncoderParameter>(key), params_[key]))
        return false;
    }
    return true;
  }

  MemoryCounter* memory_;
  BrotliEncoderState* state_ = nullptr;
  std::vector<uint32_t> params_;
  BrotliEncoderOperation op_ = BROTLI_OPERATION_PROCESS;
  const uint8_t* next_in_ = nullptr;
  size_t avail_in_ = 0;
  uint8_t* next_out_ = nullptr;
  size_t avail_out_ = 0;
  bool ok_ = true;
};

class BrotliDecoderEngine final : public Engine {
 public:
  explicit BrotliDecoderEngine(MemoryCounter* memory) : memory_(memory) {}
  ~BrotliDecoderEngine() override {
    if (state_ != nullptr) BrotliDecoderDestroyInstance(state_);
  }

  bool Init(std::vector<uint32_t> params) {
    params_ = std::move(params);
    return Create();
  }

  void SetChunk(int flush, const uint8_t* in, uint32_t in_len, uint8_t* out,
                uint32_t out_len) override {
    finishing_ = flush == BROTLI_OPERATION_FINISH;
    next_in_ = in;
    avail_in_ = in_len;
    next_out_ = out;
    avail_out_ = out_len;
  }

  void Step() override {
    result_ = BrotliDecoderDecompressStream(state_, &avail_in_, &next_in_,
                                            &avail_out_, &next_out_, nullptr);
    if (result_ == BROTLI_DECODER_RESULT_ERROR) {
      error_ = BrotliDecoderGetErrorCode(state_);
    }
  }

  Failure Check() const override {
    if (result_ == BROTLI_DECODER_RESULT_ERROR) {
      return {"Decompression failed", static_cast<int>(error_),
              BrotliErrorCode(error_)};
    }
    if (finishing_ && result_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      // The stream ended inside a brotli stream.
      return {"unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR"};
    }
    return {};
  }

  uint32_t avail_in() const override {
    return static_cast<uint32_t>(avail_in_);
  }
  uint32_t avail_out() const override {
    return static_cast<uint32_t>(avail_out_);
  }

  Failure Reset() override {
    if (!Create()) return {"Failed to reset stream", -1, "ERR_ZLIB_RESET"};
    return {};
  }

  Failure Params(int, int) override { return {}; }

 private:
  bool Create() {
    if (state_ != nullptr) BrotliDecoderDestroyInstance(state_);
    state_ = BrotliDecoderCreateInstance(BAlloc, MemoryCounter::Free, memory_);
    if (state_ == nullptr) return false;
    result_ = BROTLI_DECODER_RESULT_SUCCESS;
    error_ = BROTLI_DECODER_NO_ERROR;
    for (size_t key = 0; key < params_.size(); key++) {
      if (params_[key] == kBrotliParamUnset) continue;
      if (!BrotliDecoderSetParameter(
              state_, static_cast<BrotliDecoderParameter>(key), params_[key]))
        return false;
    }
    return true;
  }

  MemoryCounter* memory_;
  BrotliDecoderState* state_ = nullptr;
  std::vector<uint32_t> params_;
  bool finishing_ = false;
  const uint8_t* next_in_ = nullptr;
  size_t avail_in_ = 0;
  uint8_t* next_out_ = nullptr;
  size_t avail_out_ = 0;
  BrotliDecoderResult result_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode error_ = BROTLI_DECODER_NO_ERROR;
};

}  // namespace

std::unique_ptr<Engine> NewZlibEngine(MemoryCounter* memory, Mode mode,
                                      int window_bits, int level, int mem_level,
                                      int strategy,
                                      std::vector<uint8_t> dictionary,
                                      int* err) {
  auto engine = std::make_unique<ZlibEngine>(memory);
  *err = engine->Init(mode, window_bits, level, mem_level, strategy,
                      std::move(dictionary));
  if (*err != Z_OK) return nullptr;
  return engine;
}

std::unique_ptr<Engine> NewBrotliEngine(MemoryCounter* memory, Mode mode,
                                        std::vector<uint32_t> params) {
  if (mode == kBrotliEncode) {
    auto engine = std::make_unique<BrotliEncoderEngine>(memory);
    if (!engine->Init(std::move(params))) return nullptr;
    return engine;
  }
  auto engine = std::make_unique<BrotliDecoderEngine>(memory);
  if (!engine->Init(std::move(params))) return nullptr;
  return engine;
}

}  // namespace nodus::zlib
