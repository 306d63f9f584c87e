// SPDX-License-Identifier: MIT
// The timeout and SIGINT watchdogs of vm runs (see vm_watchdog.h).

#include "vm_watchdog.h"

#include <semaphore.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace nodus {
namespace contextify {

Watchdog::Watchdog(v8::Isolate* isolate, uint64_t timeout_ms)
    : isolate_(isolate), thread_([this, timeout_ms] { Run(timeout_ms); }) {}

Watchdog::~Watchdog() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  stop_cv_.notify_one();
  thread_.join();
}

void Watchdog::Run(uint64_t timeout_ms) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (stop_cv_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                        [this] { return stopping_; }))
    return;
  timed_out_ = true;
  do {
    isolate_->TerminateExecution();
  } while (!stop_cv_.wait_for(lock, std::chrono::milliseconds(10),
                              [this] { return stopping_; }));
}

namespace {

// Process-wide by nature: one SIGINT disposition per process. The signal
// handler only posts a semaphore; a helper thread does the rest.
struct SigintRegistry {
  std::mutex mutex;
  std::vector<SigintWatchdog*> active;
  struct sigaction previous {};
  sem_t wake;
  bool stopping = false;
  std::thread thread;
};

SigintRegistry& Registry() {
  static SigintRegistry* registry = [] {
    auto* r = new SigintRegistry();
    sem_init(&r->wake, 0, 0);
    return r;
  }();
  return *registry;
}

SigintRegistry* g_registry_for_handler = nullptr;

void OnSignal(int) {
  if (g_registry_for_handler != nullptr)
    sem_post(&g_registry_for_handler->wake);
}

void HelperThread(SigintRegistry* registry) {
  for (;;) {
    while (sem_wait(&registry->wake) != 0) {
    }
    std::lock_guard<std::mutex> lock(registry->mutex);
    if (registry->stopping) return;
    for (SigintWatchdog* watchdog : registry->active) watchdog->OnSigint();
  }
}

}  // namespace

SigintWatchdog::SigintWatchdog(v8::Isolate* isolate) : isolate_(isolate) {
  SigintRegistry& registry = Registry();
  std::lock_guard<std::mutex> lock(registry.mutex);
  registry.active.push_back(this);
  if (registry.active.size() > 1) return;
  g_registry_for_handler = &registry;
  registry.stopping = false;
  registry.thread = std::thread(HelperThread, &registry);
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, &registry.previous);
}

SigintWatchdog::~SigintWatchdog() {
  SigintRegistry& registry = Registry();
  std::thread thread;
  {
    std::lock_guard<std::mutex> lock(registry.mutex);
    auto& active = registry.active;
    active.erase(std::remove(active.begin(), active.end(), this), active.end());
    if (!active.empty()) return;
    sigaction(SIGINT, &registry.previous, nullptr);
    registry.stopping = true;
    thread = std::move(registry.thread);
  }
  sem_post(&registry.wake);
  thread.join();
  // Posts from signals that raced with the stop are dropped.
  while (sem_trywait(&registry.wake) == 0) {
  }
}

void SigintWatchdog::OnSigint() {
  received_ = true;
  isolate_->TerminateExecution();
}

}  // namespace contextify
}  // namespace nodus
