// SPDX-License-Identifier: MIT
// internalBinding('timers') for lib/internal/timers.js: one uv_timer_t per
// Environment armed for the earliest JS timer, and the check/idle handles
// that run setImmediate callbacks. The timer lists themselves live in JS.

#include <uv.h>

#include "binding.h"
#include "environment.h"

namespace nodus {
namespace {

// The loop's idea of now, brought up to date first: JS computes expiries
// from it, so a stale value (after a long synchronous stretch) would make
// timers fire early.
double GetLibuvNow(Environment& env) {
  uv_update_time(env.loop());
  return static_cast<double>(uv_now(env.loop()));
}

Environment& EnvOfHandle(void* handle_data) {
  return *static_cast<Environment*>(handle_data);
}

void RunTimers(uv_timer_t* handle) {
  Environment& env = EnvOfHandle(handle->data);
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env.context());
  // Ticks and microtasks drain when this scope closes, after the handle's
  // next state is set: a timer they create must not be undone below.
  CallbackScope callback_scope(env);
  v8::Local<v8::Function> process_timers =
      env.js_callback(JsCallback::kProcessTimers);
  v8::Local<v8::Value> ret;
  // A timer that threw (and was handled by an 'uncaughtException' listener)
  // leaves the other due timers: run them at once.
  do {
    v8::Local<v8::Value> argv[] = {v8::Number::New(isolate, GetLibuvNow(env))};
    if (env.CallAndReport(process_timers, env.process_object(), 1, argv)
            .ToLocal(&ret))
      break;
  } while (env.can_call_into_js());
  if (ret.IsEmpty()) return;
  // The next expiry: positive if a ref'ed timer waits, negative if only
  // unref'ed ones do, 0 if none.
  int64_t expiry = static_cast<int64_t>(ret.As<v8::Number>()->Value());
  uv_handle_t* h = reinterpret_cast<uv_handle_t*>(handle);
  if (expiry == 0) {
    uv_unref(h);
    return;
  }
  int64_t due = expiry > 0 ? expiry : -expiry;
  int64_t duration = due - static_cast<int64_t>(uv_now(env.loop()));
  uv_timer_start(handle, RunTimers, duration > 0 ? duration : 1, 0);
  if (expiry > 0) {
    uv_ref(h);
  } else {
    uv_unref(h);
  }
}

void ToggleImmediateRefImpl(Environment& env, bool ref) {
  if (ref) {
    // While a ref'ed immediate is pending, an active idle handle keeps the
    // loop alive and stops poll from blocking.
    uv_idle_start(env.immediate_idle_handle(), [](uv_idle_t*) {});
  } else {
    uv_idle_stop(env.immediate_idle_handle());
  }
}

void CheckImmediate(uv_check_t* handle) {
  Environment& env = EnvOfHandle(handle->data);
  uint32_t* info = env.immediate_info();
  if (info[kImmediateCount] == 0 || !env.can_call_into_js()) return;
  v8::HandleScope scope(env.isolate());
  v8::Context::Scope context_scope(env.context());
  env.MakeCallback(JsCallback::kProcessImmediate, 0, nullptr);
  if (info[kImmediateRefCount] == 0) ToggleImmediateRefImpl(env, false);
}

void SetupTimers(Environment& env, v8::Local<v8::Function> process_immediate,
                 v8::Local<v8::Function> process_timers) {
  env.set_js_callback(JsCallback::kProcessImmediate, process_immediate);
  env.set_js_callback(JsCallback::kProcessTimers, process_timers);
}

void ScheduleTimer(Environment& env, double duration) {
  uv_timer_start(env.timer_handle(), RunTimers,
                 static_cast<uint64_t>(duration < 1 ? 1 : duration), 0);
}

void ToggleTimerRef(Environment& env, bool ref) {
  uv_handle_t* h = reinterpret_cast<uv_handle_t*>(env.timer_handle());
  if (ref) {
    uv_ref(h);
  } else {
    uv_unref(h);
  }
}

void ToggleImmediateRef(Environment& env, bool ref) {
  ToggleImmediateRefImpl(env, ref);
}

constexpr Method kMethods[] = {
    {"setupTimers", Fn<&SetupTimers>},
    {"getLibuvNow", Fn<&GetLibuvNow>},
    {"scheduleTimer", Fn<&ScheduleTimer>},
    {"toggleTimerRef", Fn<&ToggleTimerRef>},
    {"toggleImmediateRef", Fn<&ToggleImmediateRef>},
};

constexpr Constant kConstants[] = {
    {"kCount", kImmediateCount},
    {"kRefCount", kImmediateRefCount},
    {"kHasOutstanding", kImmediateHasOutstanding},
};

}  // namespace

void InitializeTimers(Environment& env, v8::Local<v8::Object> target) {
  env.timer_handle()->data = &env;
  uv_unref(reinterpret_cast<uv_handle_t*>(env.timer_handle()));
  env.immediate_check_handle()->data = &env;
  uv_check_start(env.immediate_check_handle(), CheckImmediate);
  target
      ->Set(env.context(),
            v8::String::NewFromUtf8Literal(env.isolate(), "immediateInfo"),
            env.immediate_info_array_.Get(env.isolate()))
      .Check();
}

extern const Binding kTimersBinding{
    "timers", kMethods, kConstants, {}, InitializeTimers};

}  // namespace nodus
