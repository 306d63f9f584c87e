// SPDX-License-Identifier: MIT
// The Environment: bootstrap, bindings, and the MakeCallback drain order
// (nextTicks, then microtasks, repeated) from DESIGN.md §5.

#include <string>

#include "fixture.h"

namespace nodus::test {
namespace {

TEST_F(EnvironmentTest, BootstrapRanTheMainScript) {
  EXPECT_EQ(Run("String(globalThis.bootstrapped)"), "true");
  EXPECT_EQ(Run("typeof process.nextTick"), "function");
  EXPECT_EQ(Run("typeof setTimeout"), "function");
  EXPECT_EQ(Run("process.release.name"), "node");
}

TEST_F(EnvironmentTest, MakeCallbackDrainsTicksThenMicrotasks) {
  Run(R"(
    globalThis.order = [];
    globalThis.callback = () => {
      order.push('callback');
      Promise.resolve().then(() => {
        order.push('promise');
        process.nextTick(() => order.push('tick from promise'));
      });
      process.nextTick(() => order.push('tick'));
      queueMicrotask(() => order.push('microtask'));
    };
  )");
  v8::HandleScope scope(isolate());
  v8::Local<v8::Context> context = env().context();
  v8::Local<v8::Value> fn =
      context->Global()
          ->Get(context, v8::String::NewFromUtf8Literal(isolate(), "callback"))
          .ToLocalChecked();
  ASSERT_TRUE(fn->IsFunction());
  ASSERT_FALSE(
      env()
          .MakeCallback(fn.As<v8::Function>(), context->Global(), 0, nullptr)
          .IsEmpty());
  EXPECT_EQ(Run("order.join()"),
            "callback,tick,promise,microtask,tick from promise");
}

TEST_F(EnvironmentTest, NestedCallsDoNotDrain) {
  // Inside JS (a nested MakeCallback), queued work waits for the outermost
  // call to return.
  Run(R"(
    globalThis.order = [];
    globalThis.inner = () => {
      process.nextTick(() => order.push('tick'));
      order.push('inner');
    };
  )");
  v8::HandleScope scope(isolate());
  v8::Local<v8::Context> context = env().context();
  v8::Local<v8::Function> inner =
      context->Global()
          ->Get(context, v8::String::NewFromUtf8Literal(isolate(), "inner"))
          .ToLocalChecked()
          .As<v8::Function>();
  {
    CallbackScope outer(env());
    ASSERT_FALSE(
        env().MakeCallback(inner, context->Global(), 0, nullptr).IsEmpty());
    EXPECT_EQ(Run("order.join()"), "inner");
  }
  EXPECT_EQ(Run("order.join()"), "inner,tick");
}

TEST_F(EnvironmentTest, BindingsAreCachedAndUnknownOnesThrow) {
  v8::HandleScope scope(isolate());
  v8::Local<v8::Object> first = env().GetBinding("timers").ToLocalChecked();
  v8::Local<v8::Object> second = env().GetBinding("timers").ToLocalChecked();
  EXPECT_TRUE(first->StrictEquals(second));
  v8::TryCatch try_catch(isolate());
  EXPECT_TRUE(env().GetBinding("no-such-binding").IsEmpty());
  EXPECT_TRUE(try_catch.HasCaught());
}

TEST_F(EnvironmentTest, TimersRunOnTheLoop) {
  Run("globalThis.fired = []; setTimeout(() => fired.push('t'), 1);"
      "setImmediate(() => fired.push('i'));");
  env().SpinEventLoop();
  // Outside an I/O callback their order depends on the clock; both run.
  EXPECT_EQ(Run("fired.sort().join()"), "i,t");
}

}  // namespace
}  // namespace nodus::test
