// SPDX-License-Identifier: MIT
// Error mapping: system errors built from an errno by lib/internal/errors.js,
// coded errors from the C++ table, and the source arrow of a message.

#include <string>

#include "errors.h"
#include "fixture.h"

namespace nodus::test {
namespace {

std::string PropertyOf(v8::Isolate* isolate, v8::Local<v8::Value> error,
                       const char* name) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> value =
      error.As<v8::Object>()
          ->Get(context,
                v8::String::NewFromUtf8(isolate, name).ToLocalChecked())
          .ToLocalChecked();
  v8::String::Utf8Value text(isolate, value);
  return *text;
}

TEST_F(EnvironmentTest, ThrowUVErrorMakesNodesSystemError) {
  v8::HandleScope scope(isolate());
  v8::TryCatch try_catch(isolate());
  ThrowUVError(env(), UV_ENOENT, "open", "/no/such/file");
  ASSERT_TRUE(try_catch.HasCaught());
  v8::Local<v8::Value> error = try_catch.Exception();
  EXPECT_EQ(PropertyOf(isolate(), error, "message"),
            "ENOENT: no such file or directory, open '/no/such/file'");
  EXPECT_EQ(PropertyOf(isolate(), error, "code"), "ENOENT");
  EXPECT_EQ(PropertyOf(isolate(), error, "errno"), "-2");
  EXPECT_EQ(PropertyOf(isolate(), error, "syscall"), "open");
  EXPECT_EQ(PropertyOf(isolate(), error, "path"), "/no/such/file");
}

TEST_F(EnvironmentTest, ThrowUVErrorWithDestination) {
  v8::HandleScope scope(isolate());
  v8::TryCatch try_catch(isolate());
  ThrowUVError(env(), UV_EEXIST, "rename", "a", "b");
  ASSERT_TRUE(try_catch.HasCaught());
  EXPECT_EQ(PropertyOf(isolate(), try_catch.Exception(), "message"),
            "EEXIST: file already exists, rename 'a' -> 'b'");
}

TEST_F(EnvironmentTest, ThrowErrorUsesTheCodeTable) {
  v8::HandleScope scope(isolate());
  v8::TryCatch try_catch(isolate());
  ThrowError(env(), ErrorCode::kOutOfRange, "too far");
  ASSERT_TRUE(try_catch.HasCaught());
  v8::Local<v8::Value> error = try_catch.Exception();
  EXPECT_EQ(PropertyOf(isolate(), error, "code"), "ERR_OUT_OF_RANGE");
  EXPECT_EQ(PropertyOf(isolate(), error, "name"), "RangeError");
  EXPECT_EQ(PropertyOf(isolate(), error, "message"), "too far");
}

TEST_F(EnvironmentTest, ErrorSourceUnderlinesTheFailingToken) {
  v8::HandleScope scope(isolate());
  v8::Local<v8::Context> context = env().context();
  v8::TryCatch try_catch(isolate());
  v8::ScriptOrigin origin(isolate(),
                          v8::String::NewFromUtf8Literal(isolate(), "file.js"));
  v8::ScriptCompiler::Source source(
      v8::String::NewFromUtf8Literal(isolate(), "let a = 1;\n\tfoo bar;"),
      origin);
  EXPECT_TRUE(v8::ScriptCompiler::Compile(context, &source).IsEmpty());
  ASSERT_TRUE(try_catch.HasCaught());
  v8::Local<v8::String> arrow;
  ASSERT_TRUE(
      GetErrorSource(isolate(), context, try_catch.Message()).ToLocal(&arrow));
  v8::String::Utf8Value text(isolate(), arrow);
  // The tab is kept so that the carets line up under 'bar'.
  EXPECT_EQ(std::string(*text), "file.js:2\n\tfoo bar;\n\t    ^^^\n");
}

}  // namespace
}  // namespace nodus::test
