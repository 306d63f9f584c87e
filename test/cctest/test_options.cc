// SPDX-License-Identifier: MIT
// Command-line parsing: node's spelling, where arguments go, exit code 9.

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "options.h"

namespace nodus {
namespace {

int Parse(std::vector<std::string> args, Options* options) {
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  return ParseOptions(static_cast<int>(argv.size()), argv.data(), options);
}

TEST(Options, ScriptAndItsArguments) {
  Options o;
  ASSERT_EQ(Parse({"nodus", "app.js", "--flag", "x"}, &o), -1);
  EXPECT_EQ(o.script, "app.js");
  EXPECT_EQ(o.main_id, "internal/main/run_main_module");
  EXPECT_EQ(o.argv, (std::vector<std::string>{"nodus", "--flag", "x"}));
  EXPECT_TRUE(o.exec_argv.empty());
}

TEST(Options, EvalTakesItsValueAndLeavesTheRestToArgv) {
  Options o;
  ASSERT_EQ(Parse({"nodus", "-e", "1+1", "a", "b"}, &o), -1);
  EXPECT_TRUE(o.has_eval);
  EXPECT_EQ(o.eval_source, "1+1");
  EXPECT_EQ(o.main_id, "internal/main/eval_string");
  EXPECT_EQ(o.argv, (std::vector<std::string>{"nodus", "a", "b"}));
  EXPECT_EQ(o.exec_argv, (std::vector<std::string>{"-e", "1+1"}));
}

TEST(Options, PrintForms) {
  Options a;
  ASSERT_EQ(Parse({"nodus", "-p", "40+2"}, &a), -1);
  EXPECT_TRUE(a.print);
  EXPECT_EQ(a.eval_source, "40+2");
  Options b;
  ASSERT_EQ(Parse({"nodus", "-pe", "3"}, &b), -1);
  EXPECT_TRUE(b.print);
  EXPECT_EQ(b.eval_source, "3");
  Options c;
  ASSERT_EQ(Parse({"nodus", "--eval=x"}, &c), -1);
  EXPECT_EQ(c.eval_source, "x");
}

TEST(Options, DoubleDashEndsOptions) {
  Options o;
  ASSERT_EQ(Parse({"nodus", "--", "-e"}, &o), -1);
  EXPECT_EQ(o.script, "-e");
  EXPECT_FALSE(o.has_eval);
}

TEST(Options, RepeatedRequire) {
  Options o;
  ASSERT_EQ(
      Parse({"nodus", "-r", "a", "--require=b", "--require", "c", "x.js"}, &o),
      -1);
  EXPECT_EQ(o.preload, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(Options, BadOptionsExitWithNine) {
  Options a;
  EXPECT_EQ(Parse({"nodus", "-x"}, &a), 9);
  Options b;
  EXPECT_EQ(Parse({"nodus", "-e"}, &b), 9);
  Options c;
  EXPECT_EQ(Parse({"nodus", "--require"}, &c), 9);
}

TEST(Options, CheckAndStdinModes) {
  Options a;
  ASSERT_EQ(Parse({"nodus", "-c", "f.js"}, &a), -1);
  EXPECT_EQ(a.main_id, "internal/main/check_syntax");
  Options b;
  ASSERT_EQ(Parse({"nodus", "-", "arg"}, &b), -1);
  EXPECT_EQ(b.main_id, "internal/main/eval_stdin");
  EXPECT_EQ(b.script, "-");
}

TEST(Options, NodeOptionsComeFirstAndAreRestricted) {
  setenv("NODE_OPTIONS", "--no-warnings \"--title=a b\"", 1);
  Options a;
  EXPECT_EQ(Parse({"nodus", "x.js"}, &a), -1);
  EXPECT_TRUE(a.no_warnings);
  EXPECT_EQ(a.title, "a b");
  EXPECT_TRUE(a.exec_argv.empty());
  setenv("NODE_OPTIONS", "-e 1", 1);
  Options b;
  EXPECT_EQ(Parse({"nodus", "x.js"}, &b), 9);
  unsetenv("NODE_OPTIONS");
}

}  // namespace
}  // namespace nodus
