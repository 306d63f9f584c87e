// SPDX-License-Identifier: MIT
// internalBinding('performance') for lib/perf_hooks.js: the monotonic clock
// behind performance.now(), the time origin, start-up milestones and the
// loop's idle time (event loop utilisation).

#include <sys/time.h>
#include <uv.h>

#include "binding.h"
#include "environment.h"

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
};

}  // namespace

extern const Binding kPerformanceBinding{
    "performance", kMethods, {}, {}, InitializePerformance};

}  // namespace nodus
