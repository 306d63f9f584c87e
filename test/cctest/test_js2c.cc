// SPDX-License-Identifier: MIT
// The sources embedded by tools/js2c: sorted ids, lookup, and encodings.

#include <gtest/gtest.h>

#include <cstring>
#include <string_view>

#include "builtins.h"

namespace nodus::builtins {
namespace {

TEST(Js2c, IdsAreSortedAndUnique) {
  ASSERT_GT(kSourceCount, 20u);
  for (size_t i = 1; i < kSourceCount; i++) {
    EXPECT_LT(std::string_view(kSources[i - 1].id),
              std::string_view(kSources[i].id));
  }
}

TEST(Js2c, FindsBuiltinsByIdWithoutExtension) {
  const BuiltinSource* timers = Find("timers");
  ASSERT_NE(timers, nullptr);
  EXPECT_STREQ(timers->id, "timers");
  EXPECT_NE(Find("internal/bootstrap/realm"), nullptr);
  EXPECT_NE(Find("timers/promises"), nullptr);
  EXPECT_EQ(Find("timers.js"), nullptr);
  EXPECT_EQ(Find("lib/timers"), nullptr);
  EXPECT_EQ(Find("no-such-module"), nullptr);
  EXPECT_EQ(Find(""), nullptr);
}

TEST(Js2c, LatinOneSourcesAreBytesAndStartWithUseStrict) {
  const BuiltinSource* events = Find("events");
  ASSERT_NE(events, nullptr);
  ASSERT_FALSE(events->two_byte);
  std::string_view text(static_cast<const char*>(events->data), events->length);
  EXPECT_EQ(text.substr(0, 12), "'use strict'");
}

TEST(Js2c, NonLatinOneSourcesAreUtf16) {
  // console/table draws with box characters (U+2500...), beyond Latin-1.
  const BuiltinSource* table = Find("internal/console/table");
  ASSERT_NE(table, nullptr);
  ASSERT_TRUE(table->two_byte);
  auto* units = static_cast<const uint16_t*>(table->data);
  bool has_box = false;
  for (size_t i = 0; i < table->length; i++) has_box |= units[i] == 0x2500;
  EXPECT_TRUE(has_box);
}

}  // namespace
}  // namespace nodus::builtins
