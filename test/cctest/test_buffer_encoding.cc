// SPDX-License-Identifier: MIT
// Unit tests of src/encoding.h: base64/base64url and hex as node's Buffer
// reads and writes them, UTF-8 and ASCII validation.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "encoding.h"

namespace nodus::encoding {
namespace {

std::string Encode64(const std::string& bytes, bool url) {
  std::string out(Base64EncodedSize(bytes.size(), url), '?');
  Base64Encode(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(),
               out.data(), url);
  return out;
}

// Decodes into a buffer of `capacity` bytes and returns what was written.
std::string Decode64(const std::string& text, size_t capacity = 64) {
  std::vector<uint8_t> out(capacity);
  size_t n = Base64Decode(reinterpret_cast<const uint8_t*>(text.data()),
                          text.size(), out.data(), out.size());
  return std::string(out.begin(), out.begin() + n);
}

std::string DecodeHex(const std::string& text, size_t capacity = 64) {
  std::vector<uint8_t> out(capacity);
  size_t n = HexDecode(reinterpret_cast<const uint8_t*>(text.data()),
                       text.size(), out.data(), out.size());
  return std::string(out.begin(), out.begin() + n);
}

bool Utf8(const std::vector<uint8_t>& bytes) {
  return IsValidUtf8(bytes.data(), bytes.size());
}

TEST(BufferEncoding, Base64EncodePadsOnlyBase64) {
  EXPECT_EQ(Encode64("", false), "");
  EXPECT_EQ(Encode64("f", false), "Zg==");
  EXPECT_EQ(Encode64("fo", false), "Zm8=");
  EXPECT_EQ(Encode64("foo", false), "Zm9v");
  EXPECT_EQ(Encode64("foob", true), "Zm9vYg");
  EXPECT_EQ(Encode64("fooba", true), "Zm9vYmE");
  EXPECT_EQ(Encode64("\xfb\xff", false), "+/8=");
  EXPECT_EQ(Encode64("\xfb\xff", true), "-_8");
  EXPECT_EQ(Base64EncodedSize(4, false), 8u);
  EXPECT_EQ(Base64EncodedSize(4, true), 6u);
}

TEST(BufferEncoding, Base64DecodeAcceptsBothAlphabets) {
  EXPECT_EQ(Decode64("Zm9vYmFy"), "foobar");
  EXPECT_EQ(Decode64("-_8"), "\xfb\xff");
  EXPECT_EQ(Decode64("+/8="), "\xfb\xff");
}

TEST(BufferEncoding, Base64DecodeSkipsInvalidAndStopsAtPadding) {
  EXPECT_EQ(Decode64("Y Q = ="), "a");
  EXPECT_EQ(Decode64("Y!Q@Z*A"), std::string("a\x06\x40", 3));
  EXPECT_EQ(Decode64("YQ==YQ=="), "a");
  EXPECT_EQ(Decode64("YWJj=ZGVm"), "abc");
  EXPECT_EQ(Decode64("Zm9v\nYmFy\r\n"), "foobar");
  // A lone final character carries no whole byte.
  EXPECT_EQ(Decode64("Y"), "");
  EXPECT_EQ(Decode64("YWJjZ"), "abc");
}

TEST(BufferEncoding, Base64DecodeStopsWhenFull) {
  EXPECT_EQ(Decode64("YWJjZGVm", 4), "abcd");
  EXPECT_EQ(Decode64("YWJjZGVm", 0), "");
  EXPECT_EQ(Decode64("Y W J j Z G", 2), "ab");
}

TEST(BufferEncoding, HexRoundTrip) {
  const uint8_t bytes[] = {0x00, 0x7f, 0x80, 0xab, 0xff};
  std::string text(10, '?');
  HexEncode(bytes, sizeof(bytes), text.data());
  EXPECT_EQ(text, "007f80abff");
  EXPECT_EQ(DecodeHex("007F80ABff"), std::string("\x00\x7f\x80\xab\xff", 5));
}

TEST(BufferEncoding, HexStopsAtFirstInvalidPair) {
  EXPECT_EQ(DecodeHex("abzz12"), "\xab");
  EXPECT_EQ(DecodeHex("a"), "");
  EXPECT_EQ(DecodeHex("abc"), "\xab");
  EXPECT_EQ(DecodeHex("zzab"), "");
  EXPECT_EQ(DecodeHex("abcdef", 2), "\xab\xcd");
}

TEST(BufferEncoding, Utf8Validation) {
  EXPECT_TRUE(Utf8({}));
  EXPECT_TRUE(Utf8({'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'}));
  EXPECT_TRUE(Utf8({0xc3, 0xa9}));
  EXPECT_TRUE(Utf8({0xe2, 0x82, 0xac}));
  EXPECT_TRUE(Utf8({0xf0, 0x9f, 0x98, 0x80}));
  EXPECT_TRUE(Utf8({0xf4, 0x8f, 0xbf, 0xbf}));
  EXPECT_FALSE(Utf8({0x80}));
  EXPECT_FALSE(Utf8({0xc0, 0x80}));              // overlong
  EXPECT_FALSE(Utf8({0xe0, 0x80, 0x80}));        // overlong
  EXPECT_FALSE(Utf8({0xed, 0xa0, 0x80}));        // surrogate
  EXPECT_FALSE(Utf8({0xf4, 0x90, 0x80, 0x80}));  // above U+10FFFF
  EXPECT_FALSE(Utf8({0xe2, 0x82}));              // truncated
  EXPECT_FALSE(Utf8({'a', 'b', 'c', 'd', 'e', 'f', 'g', 0xff}));
}

TEST(BufferEncoding, AsciiCheck) {
  const uint8_t ascii[] = "0123456789abcdef";
  EXPECT_TRUE(IsAscii(ascii, 16));
  uint8_t high[17] = "0123456789abcdef";
  high[12] = 0x80;
  EXPECT_FALSE(IsAscii(high, 16));
  EXPECT_TRUE(IsAscii(high, 12));
  EXPECT_TRUE(IsAscii(nullptr, 0));
}

TEST(BufferEncoding, Latin1ToUtf8NeverSplitsACharacter) {
  const uint8_t latin1[] = {'a', 0xe9, 'b', 0xff};
  uint8_t out[8];
  size_t read;
  EXPECT_EQ(Latin1ToUtf8(latin1, 4, out, 8, &read), 6u);
  EXPECT_EQ(read, 4u);
  EXPECT_EQ(std::string(out, out + 6),
            "a\xc3\xa9"
            "b\xc3\xbf");
  EXPECT_EQ(Latin1ToUtf8(latin1, 4, out, 2, &read), 1u);  // 'a', no half é
  EXPECT_EQ(read, 1u);
  EXPECT_EQ(Latin1ToUtf8(latin1, 4, out, 4, &read), 4u);
  EXPECT_EQ(read, 3u);
  EXPECT_EQ(Latin1ToUtf8(latin1, 4, out, 0, &read), 0u);
  EXPECT_EQ(read, 0u);
  EXPECT_EQ(AsciiPrefixLength(latin1, 4), 1u);
  const uint8_t ascii[] = "0123456789abcdefghij";
  EXPECT_EQ(AsciiPrefixLength(ascii, 20), 20u);
}

}  // namespace
}  // namespace nodus::encoding
