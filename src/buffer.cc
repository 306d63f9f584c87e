// SPDX-License-Identifier: MIT
// internalBinding('buffer'): the hot paths of lib/buffer.js — strings to
// bytes and back in each encoding, compare, search, fill, copy, byte swaps,
// UTF-8/ASCII checks. lib/ validates every argument; this file only CHECKs.

#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "binding.h"
#include "encoding.h"
#include "environment.h"
#include "message_port.h"
#include "runtime.h"

namespace nodus {
namespace {

// Encoding ids shared with lib/buffer.js (binding constants).
enum Encoding : int32_t {
  kUtf8 = 1,
  kUcs2 = 2,
  kLatin1 = 3,
  kAscii = 4,
  kHex = 5,
  kBase64 = 6,
  kBase64Url = 7,
};

// A range of bytes.
struct Span {
  uint8_t* data;
  size_t size;
};

// The bytes [offset, offset + min(length, rest)) of `buf`.
Span SubSpan(BytesArg buf, double offset, double length) {
  CHECK(offset >= 0 && offset <= static_cast<double>(buf.size));
  CHECK(length >= 0);
  size_t start = static_cast<size_t>(offset);
  size_t rest = buf.size - start;
  size_t size =
      length < static_cast<double>(rest) ? static_cast<size_t>(length) : rest;
  return {buf.data + start, size};
}

// Scratch memory: on the stack when small, else on the heap.
class Scratch {
 public:
  explicit Scratch(size_t size) {
    if (size > sizeof(stack_)) {
      heap_.reset(new uint8_t[size]);
      data_ = heap_.get();
    }
  }
  uint8_t* data() { return data_; }
  uint16_t* data16() { return reinterpret_cast<uint16_t*>(data_); }

 private:
  alignas(8) uint8_t stack_[4096];
  std::unique_ptr<uint8_t[]> heap_;
  uint8_t* data_ = stack_;
};

// Calls consume(chunk, size) with consecutive pieces of `string`, one byte
// per UTF-16 unit (its low byte: what node's hex and base64 decoders read),
// until the string ends or consume returns false. Pieces have an even size
// except perhaps the last.
template <typename Consume>
void ForEachOneByteChunk(v8::Isolate* isolate, v8::Local<v8::String> string,
                         Consume consume) {
  constexpr int kChunk = 16 * 1024;
  uint8_t chunk[kChunk];
  int length = string->Length();
  for (int start = 0; start < length; start += kChunk) {
    int size = length - start < kChunk ? length - start : kChunk;
    string->WriteOneByte(isolate, chunk, start, size,
                         v8::String::NO_NULL_TERMINATION);
    if (!consume(chunk, static_cast<size_t>(size))) return;
  }
}

// Owns the malloc'd characters of an external one-byte string.
class ExternalOneByte final : public v8::String::ExternalOneByteStringResource {
 public:
  ExternalOneByte(v8::Isolate* isolate, char* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(
        static_cast<int64_t>(length_));
  }
  ~ExternalOneByte() override {
    std::free(data_);
    isolate_->AdjustAmountOfExternalAllocatedMemory(
        -static_cast<int64_t>(length_));
  }
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  v8::Isolate* isolate_;
  char* data_;
  size_t length_;
};

// Results this long become external strings: V8 then neither copies them
// nor allocates their characters in its heap.
constexpr size_t kExternalMinLength = 1 << 20;

bool TooLong(size_t length) {
  return length > static_cast<size_t>(v8::String::kMaxLength);
}

// A one-byte string of `length` characters that fill(char*) writes.
template <typename Fill>
v8::MaybeLocal<v8::String> NewOneByte(v8::Isolate* isolate, size_t length,
                                      Fill fill) {
  if (TooLong(length)) return {};
  if (length >= kExternalMinLength) {
    auto* data = static_cast<char*>(std::malloc(length));
    if (data != nullptr) {
      fill(data);
      auto* resource = new ExternalOneByte(isolate, data, length);
      v8::Local<v8::String> string;
      if (v8::String::NewExternalOneByte(isolate, resource).ToLocal(&string))
        return string;
      delete resource;
      return {};
    }
  }
  Scratch scratch(length);
  fill(reinterpret_cast<char*>(scratch.data()));
  return v8::String::NewFromOneByte(isolate, scratch.data(),
                                    v8::NewStringType::kNormal,
                                    static_cast<int>(length));
}

int ClampToInt(size_t size) {
  return size > INT_MAX ? INT_MAX : static_cast<int>(size);
}

// --- string -> bytes --------------------------------------------------------

double ByteLengthUtf8(Environment& env, v8::Local<v8::String> string) {
  return string->Utf8Length(env.isolate());
}

// Each xWrite(buf, string, offset, length) below writes at most `length`
// bytes at `offset` and returns the number written. UTF-8 never ends in the
// middle of a character.

// UTF-8 of a string V8 holds as Latin-1: ASCII runs are copied, the rest
// expanded, one chunk of the string at a time.
size_t WriteLatin1AsUtf8(v8::Isolate* isolate, v8::Local<v8::String> string,
                         Span dst) {
  size_t written = 0;
  ForEachOneByteChunk(isolate, string, [&](const uint8_t* chunk, size_t size) {
    size_t read;
    written += encoding::Latin1ToUtf8(chunk, size, dst.data + written,
                                      dst.size - written, &read);
    return read == size && written < dst.size;
  });
  return written;
}

double Utf8Write(Environment& env, BytesArg buf, v8::Local<v8::String> string,
                 double offset, double length) {
  Span dst = SubSpan(buf, offset, length);
  if (dst.size == 0) return 0;
  if (string->IsOneByte()) {
    return static_cast<double>(WriteLatin1AsUtf8(env.isolate(), string, dst));
  }
  return string->WriteUtf8(
      env.isolate(), reinterpret_cast<char*>(dst.data), ClampToInt(dst.size),
      nullptr,
      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
}

double Latin1Write(Environment& env, BytesArg buf, v8::Local<v8::String> string,
                   double offset, double length) {
  Span dst = SubSpan(buf, offset, length);
  if (dst.size == 0) return 0;
  return string->WriteOneByte(env.isolate(), dst.data, 0, ClampToInt(dst.size),
                              v8::String::NO_NULL_TERMINATION);
}

double Ucs2Write(Environment& env, BytesArg buf, v8::Local<v8::String> string,
                 double offset, double length) {
  Span dst = SubSpan(buf, offset, length);
  size_t units = dst.size / 2;
  if (static_cast<size_t>(string->Length()) < units) units = string->Length();
  if (units == 0) return 0;
  int count = static_cast<int>(units);
  if (reinterpret_cast<uintptr_t>(dst.data) % alignof(uint16_t) == 0) {
    string->Write(env.isolate(), reinterpret_cast<uint16_t*>(dst.data), 0,
                  count, v8::String::NO_NULL_TERMINATION);
  } else {
    Scratch scratch(units * 2);
    string->Write(env.isolate(), scratch.data16(), 0, count,
                  v8::String::NO_NULL_TERMINATION);
    std::memcpy(dst.data, scratch.data(), units * 2);
  }
  return static_cast<double>(units * 2);
}

double HexWrite(Environment& env, BytesArg buf, v8::Local<v8::String> string,
                double offset, double length) {
  Span dst = SubSpan(buf, offset, length);
  size_t written = 0;
  ForEachOneByteChunk(
      env.isolate(), string, [&](const uint8_t* chunk, size_t size) {
        size_t room = dst.size - written;
        size_t pairs = size / 2 < room ? size / 2 : room;
        size_t n = encoding::HexDecode(chunk, size, dst.data + written, room);
        written += n;
        return n == pairs && size % 2 == 0 && written < dst.size;
      });
  return static_cast<double>(written);
}

// base64 and base64url: both alphabets are read either way.
double Base64Write(Environment& env, BytesArg buf, v8::Local<v8::String> string,
                   double offset, double length) {
  Span dst = SubSpan(buf, offset, length);
  encoding::Base64Decoder decoder;
  size_t written = 0;
  ForEachOneByteChunk(
      env.isolate(), string, [&](const uint8_t* chunk, size_t size) {
        written +=
            decoder.Decode(chunk, size, dst.data + written, dst.size - written);
        return !decoder.done();
      });
  return static_cast<double>(written);
}

// encodeUtf8(string) -> a new Uint8Array of the UTF-8 bytes (TextEncoder).
v8::Local<v8::Value> EncodeUtf8(Environment& env,
                                v8::Local<v8::String> string) {
  v8::Isolate* isolate = env.isolate();
  size_t length = static_cast<size_t>(string->Utf8Length(isolate));
  v8::Local<v8::ArrayBuffer> array_buffer =
      v8::ArrayBuffer::New(isolate, length);
  if (length > 0) {
    string->WriteUtf8(
        isolate, static_cast<char*>(array_buffer->Data()),
        static_cast<int>(length), nullptr,
        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  return v8::Uint8Array::New(array_buffer, 0, length);
}

// encodeInto(string, dest, result): UTF-8 into `dest`, never splitting a
// character; result (a Uint32Array of 2) gets [units read, bytes written].
void EncodeInto(Environment& env, v8::Local<v8::String> string, BytesArg dest,
                BytesArg result) {
  CHECK_GE(result.size, 2 * sizeof(uint32_t));
  int read = 0;
  int written = 0;
  if (dest.size > 0) {
    written = string->WriteUtf8(
        env.isolate(), reinterpret_cast<char*>(dest.data),
        ClampToInt(dest.size), &read,
        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  uint32_t values[2] = {static_cast<uint32_t>(read),
                        static_cast<uint32_t>(written)};
  std::memcpy(result.data, values, sizeof(values));
}

// --- bytes -> string --------------------------------------------------------

// Each xSlice(buf, start, end) decodes bytes [start, end). An empty result
// (undefined in JS) means the string would exceed v8::String::kMaxLength;
// lib/ throws ERR_STRING_TOO_LONG.
Span SliceSpan(BytesArg buf, double start, double end) {
  CHECK(start >= 0 && start <= end && end <= static_cast<double>(buf.size));
  size_t from = static_cast<size_t>(start);
  return {buf.data + from, static_cast<size_t>(end) - from};
}

v8::MaybeLocal<v8::String> Utf8Slice(Environment& env, BytesArg buf,
                                     double start, double end) {
  Span src = SliceSpan(buf, start, end);
  if (TooLong(src.size)) return {};
  return v8::String::NewFromUtf8(
      env.isolate(), reinterpret_cast<const char*>(src.data),
      v8::NewStringType::kNormal, static_cast<int>(src.size));
}

v8::MaybeLocal<v8::String> Latin1Slice(Environment& env, BytesArg buf,
                                       double start, double end) {
  Span src = SliceSpan(buf, start, end);
  return NewOneByte(env.isolate(), src.size, [&](char* dst) {
    if (src.size > 0) std::memcpy(dst, src.data, src.size);
  });
}

// Bytes above 0x7f lose their high bit, as in node.
v8::MaybeLocal<v8::String> AsciiSlice(Environment& env, BytesArg buf,
                                      double start, double end) {
  Span src = SliceSpan(buf, start, end);
  bool ascii = encoding::IsAscii(src.data, src.size);
  return NewOneByte(env.isolate(), src.size, [&](char* dst) {
    if (ascii) {
      if (src.size > 0) std::memcpy(dst, src.data, src.size);
      return;
    }
    for (size_t i = 0; i < src.size; i++) dst[i] = src.data[i] & 0x7f;
  });
}

v8::MaybeLocal<v8::String> HexSlice(Environment& env, BytesArg buf,
                                    double start, double end) {
  Span src = SliceSpan(buf, start, end);
  return NewOneByte(env.isolate(), src.size * 2, [&](char* dst) {
    encoding::HexEncode(src.data, src.size, dst);
  });
}

v8::MaybeLocal<v8::String> Base64SliceWith(Environment& env, BytesArg buf,
                                           double start, double end, bool url) {
  Span src = SliceSpan(buf, start, end);
  return NewOneByte(
      env.isolate(), encoding::Base64EncodedSize(src.size, url),
      [&](char* dst) { encoding::Base64Encode(src.data, src.size, dst, url); });
}

v8::MaybeLocal<v8::String> Base64Slice(Environment& env, BytesArg buf,
                                       double start, double end) {
  return Base64SliceWith(env, buf, start, end, false);
}

v8::MaybeLocal<v8::String> Base64UrlSlice(Environment& env, BytesArg buf,
                                          double start, double end) {
  return Base64SliceWith(env, buf, start, end, true);
}

// UTF-16LE code units; an odd last byte is ignored.
v8::MaybeLocal<v8::String> Ucs2Slice(Environment& env, BytesArg buf,
                                     double start, double end) {
  Span src = SliceSpan(buf, start, end);
  size_t units = src.size / 2;
  if (TooLong(units)) return {};
  const uint16_t* data;
  Scratch scratch(reinterpret_cast<uintptr_t>(src.data) % 2 == 0 ? 0
                                                                 : units * 2);
  if (reinterpret_cast<uintptr_t>(src.data) % 2 == 0) {
    data = reinterpret_cast<const uint16_t*>(src.data);
  } else {
    std::memcpy(scratch.data(), src.data, units * 2);
    data = scratch.data16();
  }
  return v8::String::NewFromTwoByte(
      env.isolate(), data, v8::NewStringType::kNormal, static_cast<int>(units));
}

// --- compare, copy, fill, swap ----------------------------------------------

int32_t CompareBytes(const uint8_t* a, size_t a_size, const uint8_t* b,
                     size_t b_size) {
  size_t common = a_size < b_size ? a_size : b_size;
  int result = common > 0 ? std::memcmp(a, b, common) : 0;
  if (result != 0) return result > 0 ? 1 : -1;
  if (a_size == b_size) return 0;
  return a_size > b_size ? 1 : -1;
}

// compare(a, b) -> -1, 0 or 1.
int32_t Compare(BytesArg a, BytesArg b) {
  return CompareBytes(a.data, a.size, b.data, b.size);
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd,
// sourceEnd): source[sourceStart, sourceEnd) against target[targetStart,
// targetEnd), both ranges inside their buffers.
int32_t CompareOffset(BytesArg source, BytesArg target, double target_start,
                      double source_start, double target_end,
                      double source_end) {
  CHECK(0 <= source_start && source_start <= source_end &&
        source_end <= static_cast<double>(source.size));
  CHECK(0 <= target_start && target_start <= target_end &&
        target_end <= static_cast<double>(target.size));
  auto s0 = static_cast<size_t>(source_start);
  auto t0 = static_cast<size_t>(target_start);
  return CompareBytes(source.data + s0, static_cast<size_t>(source_end) - s0,
                      target.data + t0, static_cast<size_t>(target_end) - t0);
}

// copy(source, target, targetStart, sourceStart, count): memmove, so the
// ranges may overlap. Both ranges are inside their buffers.
void Copy(BytesArg source, BytesArg target, double target_start,
          double source_start, double count) {
  CHECK(target_start >= 0 && source_start >= 0 && count >= 0);
  CHECK(source_start + count <= static_cast<double>(source.size));
  CHECK(target_start + count <= static_cast<double>(target.size));
  if (count == 0) return;
  std::memmove(target.data + static_cast<size_t>(target_start),
               source.data + static_cast<size_t>(source_start),
               static_cast<size_t>(count));
}

// fill(buf, pattern, start, end): repeats the (non-empty) pattern over
// [start, end); the last copy may be cut short.
void Fill(BytesArg buf, BytesArg pattern, double start, double end) {
  CHECK(0 <= start && start <= end && end <= static_cast<double>(buf.size));
  CHECK_GE(pattern.size, 1u);
  uint8_t* dst = buf.data + static_cast<size_t>(start);
  size_t size = static_cast<size_t>(end) - static_cast<size_t>(start);
  if (pattern.size == 1) {
    std::memset(dst, pattern.data[0], size);
    return;
  }
  // The pattern may live inside `buf`; copy it first, then double it.
  size_t first = pattern.size < size ? pattern.size : size;
  std::memmove(dst, pattern.data, first);
  size_t done = first;
  while (done < size) {
    size_t chunk = done < size - done ? done : size - done;
    std::memcpy(dst + done, dst, chunk);
    done += chunk;
  }
}

// swapN(buf): reverses each group of N bytes; the length is a multiple of N.
template <size_t N>
void Swap(BytesArg buf) {
  CHECK_EQ(buf.size % N, 0u);
  for (size_t i = 0; i < buf.size; i += N) {
    for (size_t j = 0; j < N / 2; j++) {
      uint8_t t = buf.data[i + j];
      buf.data[i + j] = buf.data[i + N - 1 - j];
      buf.data[i + N - 1 - j] = t;
    }
  }
}

bool IsUtf8(BytesArg bytes) {
  return encoding::IsValidUtf8(bytes.data, bytes.size);
}

bool IsAscii(BytesArg bytes) {
  return encoding::IsAscii(bytes.data, bytes.size);
}

// --- search -----------------------------------------------------------------

// A match position as node returns it: truncated to int32, so that matches
// past 2 GiB come out negative (-1 for 4 GiB - 1).
double NodeIndex(size_t position) {
  return static_cast<int32_t>(static_cast<uint32_t>(position));
}

// Where a search of `needle_length` bytes starts, by node's rules: negative
// offsets count from the end; -1 means no match is possible.
int64_t SearchStart(size_t length, double byte_offset, size_t needle_length,
                    bool forward) {
  CHECK(byte_offset >= -9007199254740992.0 &&
        byte_offset <= 9007199254740992.0);
  auto offset = static_cast<int64_t>(byte_offset);
  auto size = static_cast<int64_t>(length);
  auto needle = static_cast<int64_t>(needle_length);
  if (offset < 0) {
    if (offset + size >= 0) return size + offset;
    return forward || needle == 0 ? 0 : -1;
  }
  if (offset + needle <= size) return offset;
  if (needle == 0) return size;
  return forward ? -1 : size - 1;
}

// The first match at or after unit `start` (forward), or the last one at or
// before it, in units of `unit` bytes (1, or 2 for UTF-16). Returns
// `hay_units` when there is none.
size_t Search(const uint8_t* hay, size_t hay_units, const uint8_t* needle,
              size_t needle_units, size_t start, bool forward, size_t unit) {
  if (hay_units < needle_units || needle_units == 0) return hay_units;
  size_t diff = hay_units - needle_units;
  size_t needle_bytes = needle_units * unit;
  size_t hay_bytes = hay_units * unit;
  if (forward) {
    size_t from = start * unit;
    while (from + needle_bytes <= hay_bytes) {
      const void* found =
          memmem(hay + from, hay_bytes - from, needle, needle_bytes);
      if (found == nullptr) break;
      size_t at = static_cast<const uint8_t*>(found) - hay;
      if (at % unit == 0) return at / unit;
      from = at + 1;
    }
    return hay_units;
  }
  size_t pos = start < diff ? start : diff;
  if (unit == 1) {
    size_t limit = pos + 1;
    while (limit > 0) {
      const void* found = memrchr(hay, needle[0], limit);
      if (found == nullptr) break;
      size_t at = static_cast<const uint8_t*>(found) - hay;
      if (std::memcmp(hay + at, needle, needle_bytes) == 0) return at;
      limit = at;
    }
    return hay_units;
  }
  for (;;) {
    if (std::memcmp(hay + pos * unit, needle, needle_bytes) == 0) return pos;
    if (pos == 0) return hay_units;
    pos--;
  }
}

// indexOfString(buf, needle, byteOffset, encoding, forward) for UTF8, UCS2
// and LATIN1 (lib/ turns other encodings into a buffer first). UCS2 matches
// only at even positions.
double IndexOfString(Environment& env, BytesArg haystack,
                     v8::Local<v8::String> needle, double byte_offset,
                     int32_t encoding, bool forward) {
  CHECK(encoding == kUtf8 || encoding == kUcs2 || encoding == kLatin1);
  v8::Isolate* isolate = env.isolate();
  bool ucs2 = encoding == kUcs2;
  size_t hay_length = ucs2 ? haystack.size & ~size_t{1} : haystack.size;
  size_t needle_length = encoding == kUtf8 ? needle->Utf8Length(isolate)
                         : ucs2            ? needle->Length() * size_t{2}
                                           : needle->Length();
  int64_t start = SearchStart(hay_length, byte_offset, needle_length, forward);
  if (needle_length == 0) return static_cast<double>(start);
  if (hay_length == 0 || start < 0) return -1;
  auto offset = static_cast<size_t>(start);
  if ((forward && needle_length + offset > hay_length) ||
      needle_length > hay_length)
    return -1;
  Scratch bytes(needle_length);
  size_t result;
  if (ucs2) {
    needle->Write(isolate, bytes.data16(), 0, needle->Length(),
                  v8::String::NO_NULL_TERMINATION);
    result = Search(haystack.data, hay_length / 2, bytes.data(),
                    needle->Length(), offset / 2, forward, 2) *
             2;
  } else {
    if (encoding == kUtf8) {
      needle->WriteUtf8(
          isolate, reinterpret_cast<char*>(bytes.data()),
          static_cast<int>(needle_length), nullptr,
          v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    } else {
      needle->WriteOneByte(isolate, bytes.data(), 0, needle->Length(),
                           v8::String::NO_NULL_TERMINATION);
    }
    result = Search(haystack.data, hay_length, bytes.data(), needle_length,
                    offset, forward, 1);
  }
  return result == hay_length ? -1 : NodeIndex(result);
}

// indexOfBuffer(buf, needle, byteOffset, encoding, forward). With UCS2 the
// needle is read as whole UTF-16 units, and (as in node) a miss in a buffer
// of odd length reports the position of its last byte.
double IndexOfBuffer(BytesArg haystack, BytesArg needle, double byte_offset,
                     int32_t encoding, bool forward) {
  int64_t start = SearchStart(haystack.size, byte_offset, needle.size, forward);
  if (needle.size == 0) return static_cast<double>(start);
  if (haystack.size == 0 || start < 0) return -1;
  auto offset = static_cast<size_t>(start);
  if ((forward && needle.size + offset > haystack.size) ||
      needle.size > haystack.size)
    return -1;
  size_t result;
  if (encoding == kUcs2) {
    if (haystack.size < 2 || needle.size < 2) return -1;
    result = Search(haystack.data, haystack.size / 2, needle.data,
                    needle.size / 2, offset / 2, forward, 2) *
             2;
  } else {
    result = Search(haystack.data, haystack.size, needle.data, needle.size,
                    offset, forward, 1);
  }
  return result == haystack.size ? -1 : NodeIndex(result);
}

// indexOfNumber(buf, byte, byteOffset, forward): the low 8 bits of `byte`.
double IndexOfNumber(BytesArg haystack, uint32_t needle, double byte_offset,
                     bool forward) {
  int64_t start = SearchStart(haystack.size, byte_offset, 1, forward);
  if (start < 0 || haystack.size == 0) return -1;
  auto offset = static_cast<size_t>(start);
  int byte = static_cast<int>(needle & 0xff);
  const void* found = forward ? std::memchr(haystack.data + offset, byte,
                                            haystack.size - offset)
                              : memrchr(haystack.data, byte, offset + 1);
  if (found == nullptr) return -1;
  return NodeIndex(static_cast<const uint8_t*>(found) - haystack.data);
}

constexpr Method kMethods[] = {
    // The pool's ArrayBuffer is shared by many Buffers: postMessage must
    // copy it, never detach it.
    {"markAsUntransferable", Fn<&messaging::MarkUntransferable>},
    {"byteLengthUtf8", Fn<&ByteLengthUtf8>},
    {"utf8Write", Fn<&Utf8Write>},
    {"latin1Write", Fn<&Latin1Write>},
    {"ucs2Write", Fn<&Ucs2Write>},
    {"hexWrite", Fn<&HexWrite>},
    {"base64Write", Fn<&Base64Write>},
    {"encodeUtf8", Fn<&EncodeUtf8>},
    {"encodeInto", Fn<&EncodeInto>},
    {"utf8Slice", Fn<&Utf8Slice>},
    {"latin1Slice", Fn<&Latin1Slice>},
    {"asciiSlice", Fn<&AsciiSlice>},
    {"hexSlice", Fn<&HexSlice>},
    {"base64Slice", Fn<&Base64Slice>},
    {"base64urlSlice", Fn<&Base64UrlSlice>},
    {"ucs2Slice", Fn<&Ucs2Slice>},
    {"compare", Fn<&Compare>},
    {"compareOffset", Fn<&CompareOffset>},
    {"copy", Fn<&Copy>},
    {"fill", Fn<&Fill>},
    {"swap16", Fn<&Swap<2>>},
    {"swap32", Fn<&Swap<4>>},
    {"swap64", Fn<&Swap<8>>},
    {"indexOfString", Fn<&IndexOfString>},
    {"indexOfBuffer", Fn<&IndexOfBuffer>},
    {"indexOfNumber", Fn<&IndexOfNumber>},
    {"isUtf8", Fn<&IsUtf8>},
    {"isAscii", Fn<&IsAscii>},
};

constexpr Constant kConstants[] = {
    {"kMaxLength", static_cast<double>(v8::TypedArray::kMaxLength)},
    {"kStringMaxLength", v8::String::kMaxLength},
    {"UTF8", kUtf8},
    {"UCS2", kUcs2},
    {"LATIN1", kLatin1},
    {"ASCII", kAscii},
    {"HEX", kHex},
    {"BASE64", kBase64},
    {"BASE64URL", kBase64Url},
};

}  // namespace

void InitializeBuffer(Environment& env, v8::Local<v8::Object> target) {
  // zeroFill[0] = 0 lets the next ArrayBuffer allocation on this thread skip
  // zeroing (Buffer.allocUnsafe); lib/ sets it back to 1 at once.
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      ZeroFillField(), sizeof(uint32_t), [](void*, size_t, void*) {}, nullptr);
  v8::Local<v8::ArrayBuffer> buffer =
      v8::ArrayBuffer::New(env.isolate(), std::move(store));
  target
      ->Set(env.context(),
            v8::String::NewFromUtf8Literal(env.isolate(), "zeroFill"),
            v8::Uint32Array::New(buffer, 0, 1))
      .Check();
}

extern const Binding kBufferBinding{
    "buffer", kMethods, kConstants, {}, InitializeBuffer};

}  // namespace nodus
