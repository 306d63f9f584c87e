// SPDX-License-Identifier: MIT
// Fn<&F>: typed natives called from JS, arguments converted in order.

#include <string>

#include "binding.h"
#include "fixture.h"

namespace nodus::test {
namespace {

double Add(double a, int32_t b) { return a + b; }

std::string Describe(Environment& env, Utf8Arg text, bool flag,
                     uint32_t count) {
  return text.value + (flag ? "+" : "-") + std::to_string(count);
}

int32_t ByteSum(BytesArg bytes) {
  int32_t sum = 0;
  for (size_t i = 0; i < bytes.size; i++) sum += bytes.data[i];
  return sum;
}

void Install(Environment& env, const char* name, v8::FunctionCallback fn) {
  v8::Local<v8::Context> context = env.context();
  context->Global()
      ->Set(context,
            v8::String::NewFromUtf8(env.isolate(), name).ToLocalChecked(),
            v8::Function::New(context, fn).ToLocalChecked())
      .Check();
}

TEST_F(EnvironmentTest, TypedNativesConvertArgumentsAndResults) {
  v8::HandleScope scope(isolate());
  Install(env(), "add", Fn<&Add>);
  Install(env(), "describe", Fn<&Describe>);
  Install(env(), "byteSum", Fn<&ByteSum>);
  EXPECT_EQ(Run("add(1.5, 2)"), "3.5");
  EXPECT_EQ(Run("describe('x', true, 7)"), "x+7");
  EXPECT_EQ(Run("describe('ü', false, 0)"), "ü-0");
  EXPECT_EQ(Run("byteSum(new Uint8Array([1, 2, 3]).subarray(1))"), "5");
}

}  // namespace
}  // namespace nodus::test
