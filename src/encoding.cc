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

// For decoding four characters with four lookups: the bits each character
// (by position in its group) contributes to the three output bytes, as
// byte0 | byte1 << 8 | byte2 << 16; kInvalidBits for the rest.
constexpr uint32_t kInvalidBits = 1u << 24;
constexpr std::array<uint32_t, 256> MakeGroupTable(int position) {
  std::array<uint32_t, 256> table{};
  for (int c = 0; c < 256; c++) {
    uint32_t v = kBase64Table[c];
    if (v == kInvalid) {
      table[c] = kInvalidBits;
    } else if (position == 0) {
      table[c] = v << 2;
    } else if (position == 1) {
      table[c] = (v >> 4) | ((v & 15) << 12);
    } else if (position == 2) {
      table[c] = ((v >> 2) << 8) | ((v & 3) << 22);
    } else {
      table[c] = v << 16;
    }
  }
  return table;
}
constexpr std::array<uint32_t, 256> kGroup0 = MakeGroupTable(0);
constexpr std::array<uint32_t, 256> kGroup1 = MakeGroupTable(1);
constexpr std::array<uint32_t, 256> kGroup2 = MakeGroupTable(2);
constexpr std::array<uint32_t, 256> kGroup3 = MakeGroupTable(3);

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
        uint32_t bits = kGroup0[src[i]] | kGroup1[src[i + 1]] |
                        kGroup2[src[i + 2]] | kGroup3[src[i + 3]];
        if (bits & kInvalidBits) break;
        dst[k] = static_cast<uint8_t>(bits);
        dst[k + 1] = static_cast<uint8_t>(bits >> 8);
        dst[k + 2] = static_cast<uint8_t>(bits >> 16);
        k += 3;
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

size_t AsciiPrefixLength(const uint8_t* data, size_t size) {
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, sizeof(word));
    if (word & 0x8080808080808080ull) break;
  }
  while (i < size && data[i] < 0x80) i++;
  return i;
}

bool IsAscii(const uint8_t* data, size_t size) {
  return AsciiPrefixLength(data, size) == size;
}

size_t Latin1ToUtf8(const uint8_t* src, size_t size, uint8_t* dst,
                    size_t dst_size, size_t* read) {
  size_t i = 0;
  size_t k = 0;
  while (i < size) {
    size_t room = dst_size - k;
    size_t ascii =
        AsciiPrefixLength(src + i, size - i < room ? size - i : room);
    std::memcpy(dst + k, src + i, ascii);
    i += ascii;
    k += ascii;
    if (i == size) break;
    uint8_t c = src[i];
    if (c < 0x80) {
      // The ASCII run stopped because the output is full.
      break;
    }
    if (dst_size - k < 2) break;
    dst[k++] = static_cast<uint8_t>(0xc0 | (c >> 6));
    dst[k++] = static_cast<uint8_t>(0x80 | (c & 0x3f));
    i++;
  }
  *read = i;
  return k;
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
