// SPDX-License-Identifier: MIT
// Runtime: the process-wide part — V8 initialisation, the platform (wrapped
// so that foreground tasks wake the owning isolate's loop), and the array
// buffer allocator. Everything per-isolate lives in Environment.
#pragma once

#include <uv.h>
#include <v8-platform.h>
#include <v8.h>

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace nodus {

struct Options;

// Foreground tasks V8 posts for one isolate (from any thread). The owning
// Environment runs them on its loop: PostTask wakes the loop with
// uv_async_send; delayed tasks are run by a timer.
// Lifetime: shared between V8 (which may keep a reference past the isolate)
// and the Environment; after Shutdown() new tasks are dropped.
class ForegroundTaskRunner : public v8::TaskRunner {
 public:
  // Called on the JS thread: wakes `loop` through `async`, which the
  // Environment owns and whose callback calls RunPending().
  explicit ForegroundTaskRunner(uv_async_t* async);

  void PostTask(std::unique_ptr<v8::Task> task) override;
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override;
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay) override;
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task,
                                  double delay) override;
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override;
  bool IdleTasksEnabled() override { return false; }
  bool NonNestableTasksEnabled() const override { return true; }
  bool NonNestableDelayedTasksEnabled() const override { return true; }

  // JS thread: takes the tasks that are due now, and tells in how many ms
  // the next delayed one is (-1: none).
  std::vector<std::unique_ptr<v8::Task>> TakeDue(double now_s,
                                                 int64_t* next_delay_ms);
  void Shutdown();

 private:
  std::mutex mutex_;
  uv_async_t* async_;
  bool shut_down_ = false;
  std::deque<std::unique_ptr<v8::Task>> ready_;
  std::multimap<double, std::unique_ptr<v8::Task>> delayed_;
};

// This thread's "zero-fill new ArrayBuffers" switch (1 = on), shared with
// lib/internal/buffer.js as a Uint32Array.
uint32_t* ZeroFillField();

class Runtime {
 public:
  Runtime(const char* argv0, const Options& options);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  v8::Platform* platform() const;
  // uv_hrtime() when the process started / when V8 was initialised.
  uint64_t start_time_ns() const { return start_time_ns_; }
  uint64_t v8_start_time_ns() const { return v8_start_time_ns_; }
  v8::ArrayBuffer::Allocator* allocator() const { return allocator_.get(); }

  // An isolate's foreground runner is created with its Environment.
  void RegisterIsolate(v8::Isolate* isolate,
                       std::shared_ptr<ForegroundTaskRunner> runner);
  void UnregisterIsolate(v8::Isolate* isolate);
  std::shared_ptr<ForegroundTaskRunner> RunnerFor(v8::Isolate* isolate);

  // Blocks until the background tasks V8 posted so far have run (they may
  // post foreground tasks, e.g. the result of WebAssembly.compile).
  void WaitForWorkerTasks();
  void WorkerTaskStarted();
  void WorkerTaskFinished();

 private:
  uint64_t start_time_ns_;
  uint64_t v8_start_time_ns_ = 0;
  std::unique_ptr<v8::Platform> platform_;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  std::mutex mutex_;
  std::condition_variable worker_tasks_done_;
  int outstanding_worker_tasks_ = 0;
  std::map<v8::Isolate*, std::shared_ptr<ForegroundTaskRunner>> runners_;
};

}  // namespace nodus
