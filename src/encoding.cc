// SPDX-License-Identifier: MIT
// Base64, hex and UTF-8 validation of encoding.h: plain loops over bytes,
// with a fast path for whole groups of valid input.

#include "encoding.h"

#include <array>
#include <cstring>

namespace nodus::encoding {
namespace {

constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr uint8_t kInvalid = 0xff;

// Character -> 6-bit value for both alphabets, kInvalid for the rest.
constexpr std::array<uint8_t, 256> MakeBase64Table() {
  std::array<uint8_t, 256> table{};
  for (auto& v : table) v = kInvalid;
  for (int i = 0; i < 64; i++) {
    table[static_cast<uint8_t>(kBase64Alphabet[i])] = static_cast<uint8_t>(i);
    table[static_cast<uint8_t>(kBase64UrlAlphabet[i])] =
        static_cast<uint8_t>(i);
  }
  return table;
}
constexpr std::array<uint8_t, 256> kBase64Table = MakeBase64Table();

// Character -> hex digit value, kInvalid for the rest.
constexpr std::array<uint8_t, 256> MakeHexTable() {
  std::array<uint8_t, 256> table{};
  for (auto& v : table) v = kInvalid;
  for (int i = 0; i < 10; i++) table['0' + i] = static_cast<uint8_t>(i);
  for (int i = 0; i < 6; i++) {
    table['a' + i] = static_cast<uint8_t>(10 + i);
    table['A' + i] = static_cast<uint8_t>(10 + i);
  }
  return table;
}
constexpr std::array<uint8_t, 256> kHexTable = MakeHexTable();

constexpr char kHexDigits[] = "0123456789abcdef";

using CharPair = std::array<char, 2>;

// The two characters of each 12-bit value, so that base64 encodes three
// bytes with two lookups.
constexpr std::array<CharPair, 4096> MakeBase64Pairs(const char* alphabet) {
  std::array<CharPair, 4096> pairs{};
  for (int i = 0; i < 4096; i++)
    pairs[i] = {alphabet[i >> 6], alphabet[i & 63]};
  return pairs;
}
constexpr std::array<CharPair, 4096> kBase64Pairs =
    MakeBase64Pairs(kBase64Alphabet);
constexpr std::array<CharPair, 4096> kBase64UrlPairs =
    MakeBase64Pairs(kBase64UrlAlphabet);

constexpr std::array<CharPair, 256> MakeHexPairs() {
  std::array<CharPair, 256> pairs{};
  for (int i = 0; i < 256; i++)
    pairs[i] = {kHexDigits[i >> 4], kHexDigits[i & 15]};
  return pairs;
}
constexpr std::array<CharPair, 256> kHexPairs = MakeHexPairs();

}  // namespace

size_t Base64EncodedSize(size_t size, bool url) {
  if (url) return size / 3 * 4 + (size % 3 == 0 ? 0 : size % 3 + 1);
  return (size + 2) / 3 * 4;
}

void Base64Encode(const uint8_t* src, size_t size, char* dst, bool url) {
  const char* alphabet = url ? kBase64UrlAlphabet : kBase64Alphabet;
  const CharPair* pairs = url ? kBase64UrlPairs.data() : kBase64Pairs.data();
  size_t i = 0;
  for (; i + 3 <= size; i += 3) {
    uint32_t group =
        (uint32_t{src[i]} << 16) | (uint32_t{src[i + 1]} << 8) | src[i + 2];
    std::memcpy(dst, pairs[group >> 12].data(), 2);
    std::memcpy(dst + 2, pairs[group & 0xfff].data(), 2);
    dst += 4;
  }
  size_t rest = size - i;
  if (rest == 0) return;
  uint32_t group = uint32_t{src[i]} << 16;
  if (rest == 2) group |= uint32_t{src[i + 1]} << 8;
  *dst++ = alphabet[group >> 18];
  *dst++ = alphabet[(group >> 12) & 63];
  if (rest == 2) *dst++ = alphabet[(group >> 6) & 63];
  if (url) return;
  if (rest == 1) *dst++ = '=';
  *dst = '=';
}

size_t Base64Decode(const uint8_t* src, size_t size, uint8_t* dst,
                    size_t dst_size) {
  Base64Decoder decoder;
  return decoder.Decode(src, size, dst, dst_size);
}

size_t Base64Decoder::Decode(const uint8_t* src, size_t size, uint8_t* dst,
                             size_t dst_size) {
  size_t i = 0;
  size_t k = 0;
  while (!done_ && i < size) {
    if (k >= dst_size) {
      done_ = true;
      break;
    }
    if (phase_ == 0) {
      // Whole groups of four valid characters while three bytes still fit.
      while (i + 4 <= size && k + 3 <= dst_size) {
        uint8_t a = kBase64Table[src[i]];
        uint8_t b = kBase64Table[src[i + 1]];
        uint8_t c = kBase64Table[src[i + 2]];
        uint8_t d = kBase64Table[src[i + 3]];
        if (((a | b | c | d) & 0xc0) != 0) break;  // one is kInvalid
        dst[k++] = static_cast<uint8_t>((a << 2) | (b >> 4));
        dst[k++] = static_cast<uint8_t>((b << 4) | (c >> 2));
        dst[k++] = static_cast<uint8_t>((c << 6) | d);
        i += 4;
      }
      if (i >= size) break;
      if (k >= dst_size) {
        done_ = true;
        break;
      }
    }
    uint8_t c = src[i++];
    uint8_t v = kBase64Table[c];
    if (v == kInvalid) {
      if (c == '=') done_ = true;
      continue;
    }
    switch (phase_) {
      case 1:
        dst[k++] = static_cast<uint8_t>((previous_ << 2) | (v >> 4));
        break;
      case 2:
        dst[k++] = static_cast<uint8_t>((previous_ << 4) | (v >> 2));
        break;
      case 3:
        dst[k++] = static_cast<uint8_t>((previous_ << 6) | v);
        break;
      default:
        break;
    }
    previous_ = v;
    phase_ = (phase_ + 1) & 3;
  }
  return k;
}

void HexEncode(const uint8_t* src, size_t size, char* dst) {
  for (size_t i = 0; i < size; i++) {
    std::memcpy(dst, kHexPairs[src[i]].data(), 2);
    dst += 2;
  }
}

size_t HexDecode(const uint8_t* src, size_t size, uint8_t* dst,
                 size_t dst_size) {
  size_t pairs = size / 2 < dst_size ? size / 2 : dst_size;
  for (size_t k = 0; k < pairs; k++) {
    uint8_t high = kHexTable[src[2 * k]];
    uint8_t low = kHexTable[src[2 * k + 1]];
    if (high == kInvalid || low == kInvalid) return k;
    dst[k] = static_cast<uint8_t>((high << 4) | low);
  }
  return pairs;
}

bool IsAscii(const uint8_t* data, size_t size) {
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, sizeof(word));
    if (word & 0x8080808080808080ull) return false;
  }
  for (; i < size; i++) {
    if (data[i] & 0x80) return false;
  }
  return true;
}

bool IsValidUtf8(const uint8_t* data, size_t size) {
  size_t i = 0;
  while (i < size) {
    if (i + 8 <= size) {
      uint64_t word;
      std::memcpy(&word, data + i, sizeof(word));
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    uint8_t lead = data[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The sequence length and the range of the second byte (which rules out
    // overlong forms, surrogates and code points above U+10FFFF).
    size_t length;
    uint8_t low = 0x80;
    uint8_t high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead == 0xe0) low = 0xa0;
      if (lead == 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead == 0xf0) low = 0x90;
      if (lead == 0xf4) high = 0x8f;
    } else {
      return false;
    }
    if (size - i < length) return false;
    if (data[i + 1] < low || data[i + 1] > high) return false;
    for (size_t j = 2; j < length; j++) {
      if ((data[i + j] & 0xc0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

}  // namespace nodus::encoding
