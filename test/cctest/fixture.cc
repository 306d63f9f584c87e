// SPDX-License-Identifier: MIT
// The shared Runtime and the per-test Environment of the C++ unit tests.

#include "fixture.h"

namespace nodus::test {

Runtime& SharedRuntime() {
  static Runtime* runtime = [] {
    static Options options;
    return new Runtime("cctest", options);
  }();
  return *runtime;
}

void EnvironmentTest::SetUp() {
  Runtime& runtime = SharedRuntime();
  ASSERT_EQ(uv_loop_init(&loop_), 0);
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = runtime.allocator();
  isolate_ = v8::Isolate::New(params);
  locker_.emplace(isolate_);
  isolate_scope_.emplace(isolate_);
  isolate_->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  handle_scope_.emplace(isolate_);
  options_.argv = {"cctest"};
  options_.main_id = "internal/main/eval_string";
  options_.has_eval = true;
  options_.eval_source = "globalThis.bootstrapped = true";
  env_ = std::make_unique<Environment>(runtime, isolate_, &loop_, options_);
  context_scope_.emplace(env_->context());
  ASSERT_TRUE(env_->Start());
}

void EnvironmentTest::TearDown() {
  context_scope_.reset();
  env_.reset();
  handle_scope_.reset();
  isolate_scope_.reset();
  locker_.reset();
  isolate_->Dispose();
  uv_loop_close(&loop_);
}

std::string EnvironmentTest::Run(const std::string& source) {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = env_->context();
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::String> code =
      v8::String::NewFromUtf8(isolate_, source.c_str()).ToLocalChecked();
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::Script::Compile(context, code).ToLocal(&script) ||
      !script->Run(context).ToLocal(&result)) {
    v8::String::Utf8Value message(isolate_, try_catch.Exception());
    return std::string("threw: ") + *message;
  }
  v8::String::Utf8Value text(isolate_, result);
  return *text;
}

}  // namespace nodus::test
