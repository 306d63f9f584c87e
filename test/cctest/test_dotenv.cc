// SPDX-License-Identifier: MIT
// The .env parser (src/dotenv.cc) against node 20's rules, quirks included.

#include <gtest/gtest.h>

#include <string>

#include "dotenv.h"

namespace nodus::dotenv {
namespace {

Variables P(std::string_view text) {
  Variables out;
  Parse(text, &out);
  return out;
}

TEST(Dotenv, PlainValuesAreTrimmedOfSpacesOnly) {
  EXPECT_EQ(P("  K  =  v  v  \n"), (Variables{{"K", "v  v"}}));
  EXPECT_EQ(P("K=\tv\t"), (Variables{{"K", "\tv\t"}}));
  EXPECT_EQ(P("\tK=1"), (Variables{{"\tK", "1"}}));
}

TEST(Dotenv, CommentsAndBlankLines) {
  EXPECT_EQ(P("# c\n\nK=v # comment\nL=a#b\n"),
            (Variables{{"K", "v"}, {"L", "a"}}));
  EXPECT_EQ(P("K=#x"), (Variables{{"K", ""}}));
  // A comment on the last line, with no newline after it, is read as a key.
  EXPECT_EQ(P("# a=b"), (Variables{{"# a", "b"}}));
}

TEST(Dotenv, Quotes) {
  EXPECT_EQ(P("S='a # b'\nD=\"c\"\nB=`d`"),
            (Variables{{"B", "d"}, {"D", "c"}, {"S", "a # b"}}));
  EXPECT_EQ(P("K=\"a\" trailing\nL=1"), (Variables{{"K", "a"}, {"L", "1"}}));
  EXPECT_EQ(P("K= 'spaced' "), (Variables{{"K", "spaced"}}));
}

TEST(Dotenv, NewlinesExpandOnlyInDoubleQuotes) {
  EXPECT_EQ(
      P("D=\"a\\nb\"\nS='a\\nb'\nB=`a\\nb`\nU=a\\nb"),
      (Variables{
          {"B", "a\\nb"}, {"D", "a\nb"}, {"S", "a\\nb"}, {"U", "a\\nb"}}));
  EXPECT_EQ(P("D=\"a\\\\nb\""), (Variables{{"D", "a\\\nb"}}));
}

TEST(Dotenv, MultiLineAndUnclosedQuotes) {
  EXPECT_EQ(P("K=\"one\ntwo\"\nL=`x\n'y'`"),
            (Variables{{"K", "one\ntwo"}, {"L", "x\n'y'"}}));
  EXPECT_EQ(P("K=\"open\nL=1"), (Variables{{"K", "\"open"}, {"L", "1"}}));
  EXPECT_EQ(P("K=\"open"), Variables{});
  EXPECT_EQ(P("K=\"a\nL=\"b\nM=c"), (Variables{{"K", "a\nL="}, {"M", "c"}}));
}

TEST(Dotenv, ExportPrefix) {
  EXPECT_EQ(P("export K=v"), (Variables{{"K", "v"}}));
  EXPECT_EQ(P("export  K=v"), (Variables{{" K", "v"}}));
  EXPECT_EQ(P("export =v"), (Variables{{"export", "v"}}));
}

TEST(Dotenv, KeysAndTheLinesNodeIgnores) {
  EXPECT_EQ(P("NO_EQUALS"), Variables{});
  EXPECT_EQ(P("K\nL=1"), (Variables{{"K\nL", "1"}}));
  EXPECT_EQ(P("A=1\n=2\nB=3"), (Variables{{"A", "1"}}));
  EXPECT_EQ(P("A=1\n =2\nB=3"),
            (Variables{{"A", "1"}, {"\n", "2"}, {"B", "3"}}));
  EXPECT_EQ(P("K=\nL=  \nM="), (Variables{{"K", ""}, {"L", ""}, {"M", ""}}));
}

TEST(Dotenv, CarriageReturnsVanishAndLaterDefinitionsWin) {
  EXPECT_EQ(P("K=1\r\nL=\"2\r\n3\"\r\nK=4"),
            (Variables{{"K", "4"}, {"L", "2\n3"}}));
  Variables both;
  Parse("A=1\nB=1", &both);
  Parse("B=2", &both);
  EXPECT_EQ(both, (Variables{{"A", "1"}, {"B", "2"}}));
}

TEST(Dotenv, ReadFileTellsOpenFromRead) {
  std::string content;
  EXPECT_EQ(ReadFile("/nonexistent/.env", &content), ReadStatus::kOpenFailed);
  EXPECT_EQ(ReadFile("/", &content), ReadStatus::kReadFailed);
}

}  // namespace
}  // namespace nodus::dotenv
