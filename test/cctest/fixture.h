// SPDX-License-Identifier: MIT
// GoogleTest fixture: one Runtime for the whole test binary, and for each
// test an isolate with a bootstrapped Environment on its own loop.
#pragma once

#include <gtest/gtest.h>
#include <uv.h>
#include <v8.h>

#include <memory>
#include <optional>
#include <string>

#include "environment.h"
#include "options.h"
#include "runtime.h"

namespace nodus::test {

Runtime& SharedRuntime();

class EnvironmentTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Runs `source` as a script in the test's context; returns its value as
  // UTF-8 (or the exception's message, prefixed with "threw: ").
  std::string Run(const std::string& source);

  v8::Isolate* isolate() const { return isolate_; }
  Environment& env() { return *env_; }

  Options options_;
  uv_loop_t loop_{};
  v8::Isolate* isolate_ = nullptr;
  // V8's scopes may not live on the heap: held in place instead.
  std::optional<v8::Locker> locker_;
  std::optional<v8::Isolate::Scope> isolate_scope_;
  std::optional<v8::HandleScope> handle_scope_;
  std::unique_ptr<Environment> env_;
  std::optional<v8::Context::Scope> context_scope_;
};

}  // namespace nodus::test
