// SPDX-License-Identifier: MIT
// internalBinding('performance') for lib/perf_hooks.js: the monotonic clock
// behind performance.now(), the time origin, start-up milestones and the
// loop's idle time (event loop utilisation), and the timing of each
// garbage collection while a PerformanceObserver watches 'gc' entries.

#include <sys/time.h>
#include <uv.h>

#include <memory>

#include "binding.h"
#include "environment.h"
#include "errors.h"
#include "runtime.h"

namespace nodus {
namespace {

// now() -> milliseconds since the Environment started (performance.now()).
double Now(Environment& env) {
  return static_cast<double>(uv_hrtime() - env.start_time_ns()) / 1e6;
}

// loopIdleTime() -> milliseconds the loop spent waiting in poll.
double LoopIdleTime(Environment& env) {
  return static_cast<double>(uv_metrics_idle_time(env.loop())) / 1e6;
}

// Milliseconds since the Environment started of each milestone, -1 if not
// reached: [nodeStart, v8Start, environment, bootstrapComplete, loopStart,
// loopExit].
v8::Local<v8::Value> GetMilestones(Environment& env) {
  v8::Isolate* isolate = env.isolate();
  const uint64_t* marks = env.milestones();
  v8::Local<v8::Value> values[Environment::kMilestoneCount];
  for (int i = 0; i < Environment::kMilestoneCount; i++) {
    double ms = marks[i] == 0 ? -1
                              : static_cast<double>(static_cast<int64_t>(
                                    marks[i] - env.start_time_ns())) /
                                    1e6;
    values[i] = v8::Number::New(isolate, ms);
  }
  return v8::Array::New(isolate, values, Environment::kMilestoneCount);
}

// GC timing for 'gc' performance entries: V8's prologue and epilogue
// callbacks time each collection, and a foreground task (it may not call
// into JS during GC, and it keeps no loop alive) hands it to lib/.
// Lifetime: one per Environment, made on first use and freed by its cleanup
// hook; tasks posted before that find the callback reset and do nothing.
struct GCTracking {
  Environment* env;
  v8::Global<v8::Function> callback;
  uint64_t gc_start = 0;
  bool installed = false;
};

// The Environment's handle on its GCTracking.
struct PerformanceState : Environment::BindingData {
  std::shared_ptr<GCTracking> gc_tracking;
};

const char kStateKey = 0;

std::shared_ptr<GCTracking>& TrackingOf(Environment& env) {
  auto* state = static_cast<PerformanceState*>(env.binding_data(&kStateKey));
  if (state == nullptr) {
    auto owned = std::make_unique<PerformanceState>();
    state = owned.get();
    env.set_binding_data(&kStateKey, std::move(owned));
  }
  return state->gc_tracking;
}

class GCEntryTask : public v8::Task {
 public:
  GCEntryTask(std::shared_ptr<GCTracking> tracking, double start,
              double duration, int kind, int flags)
      : tracking_(std::move(tracking)),
        start_(start),
        duration_(duration),
        kind_(kind),
        flags_(flags) {}

  void Run() override {
    GCTracking& t = *tracking_;
    if (t.callback.IsEmpty() || !t.env->can_call_into_js()) return;
    v8::Isolate* isolate = t.env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = t.env->context();
    v8::Context::Scope context_scope(context);
    v8::Local<v8::Value> argv[] = {
        v8::Number::New(isolate, start_), v8::Number::New(isolate, duration_),
        v8::Integer::New(isolate, kind_), v8::Integer::New(isolate, flags_)};
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> ignored;
    if (!t.callback.Get(isolate)
             ->Call(context, v8::Undefined(isolate), 4, argv)
             .ToLocal(&ignored) &&
        try_catch.HasCaught() && !try_catch.HasTerminated())
      TriggerUncaughtException(*t.env, try_catch);
  }

 private:
  std::shared_ptr<GCTracking> tracking_;
  double start_, duration_;
  int kind_, flags_;
};

void OnGCStart(v8::Isolate*, v8::GCType, v8::GCCallbackFlags, void* data) {
  static_cast<GCTracking*>(data)->gc_start = uv_hrtime();
}

void OnGCEnd(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags flags,
             void* data) {
  auto* t = static_cast<GCTracking*>(data);
  Environment& env = *t->env;
  std::shared_ptr<ForegroundTaskRunner> runner =
      env.runtime().RunnerFor(isolate);
  if (!runner || t->gc_start == 0) return;
  double start = static_cast<double>(
                     static_cast<int64_t>(t->gc_start - env.start_time_ns())) /
                 1e6;
  double duration = static_cast<double>(uv_hrtime() - t->gc_start) / 1e6;
  // The shared state outlives the task: find it through the Environment.
  runner->PostTask(std::make_unique<GCEntryTask>(
      TrackingOf(env), start, duration, static_cast<int>(type),
      static_cast<int>(flags)));
}

// setGCTracking(callback | undefined): callback(startTime, duration, kind,
// flags) after each GC; undefined stops.
void SetGCTracking(Environment& env, v8::Local<v8::Value> callback) {
  std::shared_ptr<GCTracking>& t = TrackingOf(env);
  if (!t) {
    t = std::make_shared<GCTracking>();
    t->env = &env;
    env.AddCleanupHook(
        [](void* arg) {
          auto* env = static_cast<Environment*>(arg);
          std::shared_ptr<GCTracking>& tracking = TrackingOf(*env);
          if (tracking->installed) {
            env->isolate()->RemoveGCPrologueCallback(OnGCStart, tracking.get());
            env->isolate()->RemoveGCEpilogueCallback(OnGCEnd, tracking.get());
          }
          tracking->callback.Reset();
          tracking.reset();
        },
        &env);
  }
  v8::Isolate* isolate = env.isolate();
  if (callback->IsFunction()) {
    t->callback.Reset(isolate, callback.As<v8::Function>());
    if (!t->installed) {
      t->installed = true;
      t->gc_start = 0;
      isolate->AddGCPrologueCallback(OnGCStart, t.get());
      isolate->AddGCEpilogueCallback(OnGCEnd, t.get());
    }
  } else {
    t->callback.Reset();
    if (t->installed) {
      t->installed = false;
      isolate->RemoveGCPrologueCallback(OnGCStart, t.get());
      isolate->RemoveGCEpilogueCallback(OnGCEnd, t.get());
    }
  }
}

void InitializePerformance(Environment& env, v8::Local<v8::Object> target) {
  // The wall-clock time at which now() was 0, in milliseconds.
  timeval tv;
  gettimeofday(&tv, nullptr);
  double wall_now_ms = tv.tv_sec * 1e3 + tv.tv_usec / 1e3;
  double origin = wall_now_ms - Now(env);
  target
      ->Set(env.context(),
            v8::String::NewFromUtf8Literal(env.isolate(), "timeOrigin"),
            v8::Number::New(env.isolate(), origin))
      .Check();
}

constexpr Method kMethods[] = {
    {"now", Fn<&Now>},
    {"loopIdleTime", Fn<&LoopIdleTime>},
    {"getMilestones", Fn<&GetMilestones>},
    {"setGCTracking", Fn<&SetGCTracking>},
};

}  // namespace

extern const Binding kPerformanceBinding{
    "performance", kMethods, {}, {}, InitializePerformance};

}  // namespace nodus
