// SPDX-License-Identifier: MIT
// libFuzzer target for the decompressing engines of src/zlib_engine.h
// (inflate, gunzip, unzip, raw inflate, brotli), driven the way lib/zlib.js
// drives them: input in chunks, a small output buffer refilled while the
// engine fills it, finish on the last chunk, and an output limit (as
// maxOutputLength) so that bombs stop. Built and run by `make fuzz`.
//
// The first input byte chooses the mode, the chunk size and whether a
// dictionary is set; the rest is the compressed data.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "zlib_engine.h"

namespace {

using nodus::zlib::Engine;
using nodus::zlib::MemoryCounter;
using nodus::zlib::Mode;

constexpr Mode kModes[] = {nodus::zlib::kInflate, nodus::zlib::kGunzip,
                           nodus::zlib::kUnzip, nodus::zlib::kInflateRaw,
                           nodus::zlib::kBrotliDecode};
constexpr uint32_t kChunkSizes[] = {1, 7, 64, 16384};
constexpr size_t kOutputLimit = 8 << 20;
constexpr int kZFinish = 4;        // Z_FINISH
constexpr int kZNoFlush = 0;       // Z_NO_FLUSH
constexpr int kBrotliFinish = 2;   // BROTLI_OPERATION_FINISH
constexpr int kBrotliProcess = 0;  // BROTLI_OPERATION_PROCESS

std::unique_ptr<Engine> MakeEngine(MemoryCounter* memory, Mode mode,
                                   bool with_dictionary) {
  if (mode == nodus::zlib::kBrotliDecode) {
    return nodus::zlib::NewBrotliEngine(
        memory, mode, std::vector<uint32_t>(9, nodus::zlib::kBrotliParamUnset));
  }
  std::vector<uint8_t> dictionary;
  if (with_dictionary) {
    const char* words = "hello world dictionary";
    dictionary.assign(words, words + strlen(words));
  }
  int err = 0;
  return nodus::zlib::NewZlibEngine(memory, mode, 15, -1, 8, 0,
                                    std::move(dictionary), &err);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  uint8_t choice = data[0];
  Mode mode = kModes[choice % 5];
  uint32_t chunk = kChunkSizes[(choice / 5) % 4];
  bool with_dictionary = (choice / 20) % 2 == 1;
  data++;
  size--;

  MemoryCounter memory;
  std::unique_ptr<Engine> engine = MakeEngine(&memory, mode, with_dictionary);
  if (engine == nullptr) return 0;
  bool brotli = mode == nodus::zlib::kBrotliDecode;
  std::vector<uint8_t> out(chunk < 64 ? 64 : chunk);
  size_t produced = 0;
  size_t offset = 0;
  do {
    uint32_t len =
        static_cast<uint32_t>(size - offset < chunk ? size - offset : chunk);
    bool last = offset + len == size;
    int flush = last ? (brotli ? kBrotliFinish : kZFinish)
                     : (brotli ? kBrotliProcess : kZNoFlush);
    const uint8_t* in = data + offset;
    uint32_t avail_in = len;
    for (;;) {
      engine->SetChunk(flush, in, avail_in, out.data(),
                       static_cast<uint32_t>(out.size()));
      engine->Step();
      if (engine->Check().failed()) return 0;
      uint32_t used = avail_in - engine->avail_in();
      in += used;
      avail_in = engine->avail_in();
      produced += out.size() - engine->avail_out();
      if (produced > kOutputLimit) return 0;
      if (engine->avail_out() != 0) break;
    }
    offset += len;
  } while (offset < size);
  return 0;
}
