// SPDX-License-Identifier: MIT
// Byte encodings that need no isolate: base64/base64url and hex as node's
// Buffer writes and reads them, and UTF-8/ASCII validation.
#pragma once

#include <cstddef>
#include <cstdint>

namespace nodus::encoding {

// Characters Base64Encode writes for `size` bytes: padded to a multiple of 4
// for base64, unpadded for base64url.
size_t Base64EncodedSize(size_t size, bool url);
// Writes Base64EncodedSize(size, url) characters to `dst`.
void Base64Encode(const uint8_t* src, size_t size, char* dst, bool url);

// Decodes leniently, as node does: both alphabets are accepted in both
// modes, characters outside them are skipped, decoding stops at the first
// '=' or when `dst_size` bytes have been written. Bits of an incomplete
// final group are dropped. Returns the number of bytes written.
size_t Base64Decode(const uint8_t* src, size_t size, uint8_t* dst,
                    size_t dst_size);

// Base64Decode for input that arrives in pieces: Decode() each piece in
// order, with the room left in the output, until done().
class Base64Decoder {
 public:
  size_t Decode(const uint8_t* src, size_t size, uint8_t* dst, size_t dst_size);
  // An '=' ended the data, or the output was full.
  bool done() const { return done_; }

 private:
  // Position of the next character within its group of four, and the value
  // of the previous one.
  unsigned phase_ = 0;
  uint8_t previous_ = 0;
  bool done_ = false;
};

// Writes 2 * size lower-case hex digits to `dst`.
void HexEncode(const uint8_t* src, size_t size, char* dst);
// Decodes pairs of hex digits until a pair holds a non-digit, `src` has no
// full pair left, or `dst_size` bytes have been written. Returns the bytes
// written.
size_t HexDecode(const uint8_t* src, size_t size, uint8_t* dst,
                 size_t dst_size);

// Strict UTF-8 (no overlong forms, surrogates or code points > U+10FFFF).
bool IsValidUtf8(const uint8_t* data, size_t size);
bool IsAscii(const uint8_t* data, size_t size);
// The number of leading bytes below 0x80.
size_t AsciiPrefixLength(const uint8_t* data, size_t size);

// Latin-1 to UTF-8, stopping before a character that does not fit in
// `dst_size`. Returns the bytes written; `*read` gets the bytes consumed.
size_t Latin1ToUtf8(const uint8_t* src, size_t size, uint8_t* dst,
                    size_t dst_size, size_t* read);

}  // namespace nodus::encoding
