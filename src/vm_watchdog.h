// SPDX-License-Identifier: MIT
// Watchdogs that end a running vm script (src/contextify_script.cc): after
// a timeout, or on SIGINT. Both stop JS with Isolate::TerminateExecution
// from another thread; the runner cancels the termination afterwards so the
// isolate stays usable, and throws the matching error.
#pragma once

#include <v8.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace nodus {
namespace contextify {

// Terminates the isolate's JS once `timeout_ms` have passed, and again
// every few milliseconds until destroyed: an inner run that cancels its own
// termination cannot swallow this one.
// Lifetime: a scope object on the JS thread; the destructor stops and
// joins its thread before the runner looks at timed_out().
class Watchdog {
 public:
  Watchdog(v8::Isolate* isolate, uint64_t timeout_ms);
  ~Watchdog();
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  bool timed_out() const { return timed_out_.load(); }

 private:
  void Run(uint64_t timeout_ms);

  v8::Isolate* isolate_;
  std::mutex mutex_;
  std::condition_variable stop_cv_;
  bool stopping_ = false;
  std::atomic<bool> timed_out_{false};
  std::thread thread_;
};

// While alive, SIGINT terminates the isolate's JS instead of reaching the
// process's own handlers (they are restored when the last one ends).
// Lifetime: a scope object on the JS thread, registered with a
// process-wide list (a signal handler has no context argument).
class SigintWatchdog {
 public:
  explicit SigintWatchdog(v8::Isolate* isolate);
  ~SigintWatchdog();
  SigintWatchdog(const SigintWatchdog&) = delete;
  SigintWatchdog& operator=(const SigintWatchdog&) = delete;
  bool received() const { return received_.load(); }
  // Called on the helper thread when SIGINT arrives.
  void OnSigint();

 private:
  v8::Isolate* isolate_;
  std::atomic<bool> received_{false};
};

}  // namespace contextify
}  // namespace nodus
