// SPDX-License-Identifier: MIT
// internalBinding('async_wrap') for lib/internal/async_hooks.js: the shared
// hook counters, the functions C++ calls around native resources, and V8's
// promise hooks.

#include "async_wrap.h"

#include <vector>

#include "binding.h"
#include "environment.h"

namespace nodus {
namespace {

// The promise hooks lib/ set, and the vm contexts that get them too (weak:
// a context that is collected drops out).
struct PromiseHookState : Environment::BindingData {
  v8::Global<v8::Function> hooks[4];
  std::vector<v8::Global<v8::Context>> contexts;
};

const char kStateKey = 0;

PromiseHookState& StateOf(Environment& env) {
  auto* state = static_cast<PromiseHookState*>(env.binding_data(&kStateKey));
  if (state == nullptr) {
    auto owned = std::make_unique<PromiseHookState>();
    state = owned.get();
    env.set_binding_data(&kStateKey, std::move(owned));
  }
  return *state;
}

void ApplyPromiseHooks(Environment& env, v8::Local<v8::Context> context) {
  PromiseHookState& state = StateOf(env);
  v8::Isolate* isolate = env.isolate();
  context->SetPromiseHooks(
      state.hooks[0].Get(isolate), state.hooks[1].Get(isolate),
      state.hooks[2].Get(isolate), state.hooks[3].Get(isolate));
}

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
  PromiseHookState& state = StateOf(env);
  for (int i = 0; i < 4; i++) {
    if (info[i]->IsFunction())
      state.hooks[i].Reset(env.isolate(), info[i].As<v8::Function>());
    else
      state.hooks[i].Reset();
  }
  ApplyPromiseHooks(env, env.context());
  std::vector<v8::Global<v8::Context>>& contexts = state.contexts;
  for (size_t i = 0; i < contexts.size();) {
    if (contexts[i].IsEmpty()) {
      contexts[i] = std::move(contexts.back());
      contexts.pop_back();
      continue;
    }
    ApplyPromiseHooks(env, contexts[i].Get(env.isolate()));
    i++;
  }
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

void TrackContextPromiseHooks(Environment& env,
                              v8::Local<v8::Context> context) {
  PromiseHookState& state = StateOf(env);
  std::vector<v8::Global<v8::Context>>& contexts = state.contexts;
  // Drop the collected ones now and then (each doubling), so that many
  // short-lived contexts do not pile up.
  size_t size = contexts.size();
  if (size >= 64 && (size & (size - 1)) == 0) {
    std::erase_if(contexts,
                  [](const v8::Global<v8::Context>& c) { return c.IsEmpty(); });
  }
  v8::Global<v8::Context> weak(env.isolate(), context);
  weak.SetWeak();
  contexts.push_back(std::move(weak));
  ApplyPromiseHooks(env, context);
}

extern const Binding kAsyncWrapBinding{
    "async_wrap", kMethods, {}, {}, InitializeAsyncWrap};

}  // namespace nodus
