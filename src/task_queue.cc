// SPDX-License-Identifier: MIT
// internalBinding('task_queue') for lib/internal/process/task_queues.js and
// promises.js: the shared tickInfo flags, the microtask queue, and V8's
// promise-rejection events.

#include <cstdio>
#include <string>

#include "binding.h"
#include "environment.h"
#include "errors.h"

namespace nodus {
namespace {

enum PromiseRejectEvent : int {
  kPromiseRejectWithNoHandler = 0,
  kPromiseHandlerAddedAfterReject = 1,
  kPromiseResolveAfterResolved = 2,
  kPromiseRejectAfterResolved = 3,
};

void OnPromiseReject(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  Environment* env = Environment::From(isolate->GetCurrentContext());
  if (env == nullptr || !env->can_call_into_js()) return;
  v8::Local<v8::Function> callback =
      env->js_callback(JsCallback::kPromiseReject);
  if (callback.IsEmpty()) return;
  int type;
  v8::Local<v8::Value> value = v8::Undefined(isolate);
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler:
      type = kPromiseRejectWithNoHandler;
      value = message.GetValue();
      break;
    case v8::kPromiseHandlerAddedAfterReject:
      type = kPromiseHandlerAddedAfterReject;
      break;
    case v8::kPromiseResolveAfterResolved:
      type = kPromiseResolveAfterResolved;
      value = message.GetValue();
      break;
    case v8::kPromiseRejectAfterResolved:
      type = kPromiseRejectAfterResolved;
      value = message.GetValue();
      break;
    default:
      return;
  }
  if (value.IsEmpty()) value = v8::Undefined(isolate);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, type), promise,
                                 value};
  // Nested: V8 calls this from inside JS; the handler only records.
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> ignored;
  if (!callback->Call(env->context(), v8::Undefined(isolate), 3, argv)
           .ToLocal(&ignored)) {
    // The recorder itself failed (its JS ran out of stack, say): print it
    // as node does, and leave no exception behind for the code that
    // rejected.
    // Its stack is not read: with the stack exhausted, formatting it
    // could fail in turn.
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      v8::TryCatch inner(isolate);
      auto utf8 = [&](v8::Local<v8::String> value) {
        v8::String::Utf8Value text(isolate, value);
        return *text ? std::string(*text, text.length()) : std::string();
      };
      std::string text = "Exception in PromiseRejectCallback:\n";
      v8::Local<v8::String> arrow;
      if (GetErrorSource(isolate, env->context(), try_catch.Message())
              .ToLocal(&arrow))
        text += utf8(arrow) + "\n";
      v8::Local<v8::String> detail;
      if (try_catch.Exception()
              ->ToDetailString(env->context())
              .ToLocal(&detail))
        text += utf8(detail);
      std::fprintf(stderr, "%s\n", text.c_str());
    }
    return;
  }
}

void SetTickCallback(Environment& env, v8::Local<v8::Function> fn) {
  env.set_js_callback(JsCallback::kTick, fn);
}

void RunMicrotasks(Environment& env) {
  env.isolate()->PerformMicrotaskCheckpoint();
}

void EnqueueMicrotask(Environment& env, v8::Local<v8::Function> fn) {
  env.isolate()->EnqueueMicrotask(fn);
}

void SetPromiseRejectCallback(Environment& env, v8::Local<v8::Function> fn) {
  env.set_js_callback(JsCallback::kPromiseReject, fn);
}

void SetEmitProcessEvent(Environment& env, v8::Local<v8::Function> fn) {
  env.set_js_callback(JsCallback::kEmitProcessEvent, fn);
}

constexpr Method kMethods[] = {
    {"setTickCallback", Fn<&SetTickCallback>},
    {"runMicrotasks", Fn<&RunMicrotasks>},
    {"enqueueMicrotask", Fn<&EnqueueMicrotask>},
    {"setPromiseRejectCallback", Fn<&SetPromiseRejectCallback>},
    {"setEmitProcessEvent", Fn<&SetEmitProcessEvent>},
};

constexpr Constant kConstants[] = {
    {"kPromiseRejectWithNoHandler", kPromiseRejectWithNoHandler},
    {"kPromiseHandlerAddedAfterReject", kPromiseHandlerAddedAfterReject},
    {"kPromiseResolveAfterResolved", kPromiseResolveAfterResolved},
    {"kPromiseRejectAfterResolved", kPromiseRejectAfterResolved},
    {"kHasTickScheduled", kHasTickScheduled},
    {"kHasRejectionToWarn", kHasRejectionToWarn},
};

}  // namespace

void InitializeTaskQueue(Environment& env, v8::Local<v8::Object> target) {
  env.isolate()->SetPromiseRejectCallback(OnPromiseReject);
  target
      ->Set(env.context(),
            v8::String::NewFromUtf8Literal(env.isolate(), "tickInfo"),
            env.tick_info_array_.Get(env.isolate()))
      .Check();
}

extern const Binding kTaskQueueBinding{
    "task_queue", kMethods, kConstants, {}, InitializeTaskQueue};

}  // namespace nodus
