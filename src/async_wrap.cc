// SPDX-License-Identifier: MIT
// internalBinding('async_wrap') for lib/internal/async_hooks.js: the shared
// hook counters, the functions C++ calls around native resources, and V8's
// promise hooks.

#include "binding.h"
#include "environment.h"

namespace nodus {
namespace {

// setCallbacks(initResource, before, after)
void SetCallbacks(Environment& env, v8::Local<v8::Function> init,
                  v8::Local<v8::Function> before,
                  v8::Local<v8::Function> after) {
  env.set_js_callback(JsCallback::kAsyncInitResource, init);
  env.set_js_callback(JsCallback::kAsyncBefore, before);
  env.set_js_callback(JsCallback::kAsyncAfter, after);
}

// setPromiseHooks(init, before, after, resolve): functions, or undefined to
// turn one off. V8 calls them for every promise while set.
void SetPromiseHooks(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  auto fn = [&](int i) {
    return info[i]->IsFunction() ? info[i].As<v8::Function>()
                                 : v8::Local<v8::Function>();
  };
  env.context()->SetPromiseHooks(fn(0), fn(1), fn(2), fn(3));
}

constexpr Method kMethods[] = {
    {"setCallbacks", Fn<&SetCallbacks>},
    {"setPromiseHooks", SetPromiseHooks},
};

}  // namespace

void InitializeAsyncWrap(Environment& env, v8::Local<v8::Object> target) {
  target
      ->Set(env.context(),
            v8::String::NewFromUtf8Literal(env.isolate(), "asyncHookFields"),
            env.async_hook_fields_array_.Get(env.isolate()))
      .Check();
}

extern const Binding kAsyncWrapBinding{
    "async_wrap", kMethods, {}, {}, InitializeAsyncWrap};

}  // namespace nodus
