// SPDX-License-Identifier: MIT
// The process-wide runtime: V8 start-up with nodus' flags, and a platform
// that routes foreground tasks to the owning isolate's libuv loop.

#include "runtime.h"

#include <libplatform/libplatform.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "check.h"
#include "options.h"

namespace nodus {

// --- ForegroundTaskRunner ---------------------------------------------------

ForegroundTaskRunner::ForegroundTaskRunner(uv_async_t* async) : async_(async) {}

void ForegroundTaskRunner::PostTask(std::unique_ptr<v8::Task> task) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (shut_down_) return;
  ready_.push_back(std::move(task));
  uv_async_send(async_);
}

void ForegroundTaskRunner::PostNonNestableTask(std::unique_ptr<v8::Task> task) {
  // Tasks always run from the loop, never nested inside JS.
  PostTask(std::move(task));
}

void ForegroundTaskRunner::PostDelayedTask(std::unique_ptr<v8::Task> task,
                                           double delay) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (shut_down_) return;
  double due = uv_hrtime() / 1e9 + delay;
  delayed_.emplace(due, std::move(task));
  uv_async_send(async_);
}

void ForegroundTaskRunner::PostNonNestableDelayedTask(
    std::unique_ptr<v8::Task> task, double delay) {
  PostDelayedTask(std::move(task), delay);
}

void ForegroundTaskRunner::PostIdleTask(std::unique_ptr<v8::IdleTask>) {
  // IdleTasksEnabled() is false: V8 never posts idle tasks.
  CHECK(false);
}

std::vector<std::unique_ptr<v8::Task>> ForegroundTaskRunner::TakeDue(
    double now_s, int64_t* next_delay_ms) {
  std::vector<std::unique_ptr<v8::Task>> due;
  std::lock_guard<std::mutex> lock(mutex_);
  while (!ready_.empty()) {
    due.push_back(std::move(ready_.front()));
    ready_.pop_front();
  }
  while (!delayed_.empty() && delayed_.begin()->first <= now_s) {
    due.push_back(std::move(delayed_.begin()->second));
    delayed_.erase(delayed_.begin());
  }
  *next_delay_ms =
      delayed_.empty()
          ? -1
          : static_cast<int64_t>((delayed_.begin()->first - now_s) * 1000) + 1;
  return due;
}

void ForegroundTaskRunner::Shutdown() {
  std::lock_guard<std::mutex> lock(mutex_);
  shut_down_ = true;
  ready_.clear();
  delayed_.clear();
}

// --- The platform
// -------------------------------------------------------------

namespace {

// Counts a background task from posting until it has run, so that
// Runtime::WaitForWorkerTasks can tell when V8's background work is done.
class CountedTask : public v8::Task {
 public:
  CountedTask(Runtime& runtime, std::unique_ptr<v8::Task> task)
      : runtime_(runtime), task_(std::move(task)) {
    runtime_.WorkerTaskStarted();
  }
  ~CountedTask() override { runtime_.WorkerTaskFinished(); }
  void Run() override { task_->Run(); }

 private:
  Runtime& runtime_;
  std::unique_ptr<v8::Task> task_;
};

// Delegates to V8's default platform, except for foreground task runners
// (ours, tied to each isolate's loop) and counting of worker tasks.
class NodusPlatform : public v8::Platform {
 public:
  NodusPlatform(Runtime& runtime, std::unique_ptr<v8::Platform> inner)
      : runtime_(runtime), inner_(std::move(inner)) {}

  v8::PageAllocator* GetPageAllocator() override {
    return inner_->GetPageAllocator();
  }
  void OnCriticalMemoryPressure() override {
    inner_->OnCriticalMemoryPressure();
  }
  int NumberOfWorkerThreads() override {
    return inner_->NumberOfWorkerThreads();
  }
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(
      v8::Isolate* isolate) override {
    std::shared_ptr<v8::TaskRunner> runner = runtime_.RunnerFor(isolate);
    return runner ? runner : inner_->GetForegroundTaskRunner(isolate);
  }
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallOnWorkerThread(
        std::make_unique<CountedTask>(runtime_, std::move(task)));
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task,
                                 double delay) override {
    inner_->CallDelayedOnWorkerThread(std::move(task), delay);
  }
  bool IdleTasksEnabled(v8::Isolate*) override { return false; }
  std::unique_ptr<v8::JobHandle> PostJob(
      v8::TaskPriority priority,
      std::unique_ptr<v8::JobTask> job_task) override {
    return v8::platform::NewDefaultJobHandle(
        this, priority, std::move(job_task), NumberOfWorkerThreads());
  }
  double MonotonicallyIncreasingTime() override {
    return inner_->MonotonicallyIncreasingTime();
  }
  double CurrentClockTimeMillis() override {
    return inner_->CurrentClockTimeMillis();
  }
  v8::TracingController* GetTracingController() override {
    return inner_->GetTracingController();
  }
  StackTracePrinter GetStackTracePrinter() override {
    return inner_->GetStackTracePrinter();
  }

 private:
  Runtime& runtime_;
  std::unique_ptr<v8::Platform> inner_;
};

// ArrayBuffer memory: zero-filled as JS requires, except while lib/ asks
// for an uninitialised block (Buffer.allocUnsafe, the Buffer pool), as node
// does. The switch is per thread: each isolate's JS thread flips its own.
thread_local uint32_t zero_fill_field = 1;

class ArrayBufferAllocator : public v8::ArrayBuffer::Allocator {
 public:
  void* Allocate(size_t length) override {
    if (zero_fill_field != 0) return std::calloc(length, 1);
    return AllocateUninitialized(length);
  }
  void* AllocateUninitialized(size_t length) override {
    // malloc(0) may return null, which V8 takes as failure.
    return std::malloc(length == 0 ? 1 : length);
  }
  void Free(void* data, size_t) override { std::free(data); }
};

// V8 flags of every isolate: those that bring V8 10.2 closer to node 20's
// V8 11.3 (DESIGN.md §1), then two for start-up.
// --no-concurrent-recompilation: V8 10.2's TurboFan gives up on every named
// property of a typed array (buf.length, buf.subarray, ...) when it compiles
// on a background thread (it cannot read the name's characters there to rule
// out an integer index), leaving a generic LoadIC in the hot loops of Buffer
// and stream code. Compiling on the JS thread inlines them: the stream
// pipeline benchmark runs about 26% fewer instructions per MiB.
constexpr const char* kV8Flags[] = {
    "--harmony-rab-gsab",
    "--harmony-import-assertions",
    "--harmony-import-attributes",
    "--harmony-intl-number-format-v3",
    "--no-concurrent-recompilation",
    // The start-up snapshot is inside libnode and the builtins' code caches
    // inside our binary: hashing them at every start (adler32, ~3% of
    // `-e 0`) guards against nothing. Newer V8 checks them in debug builds
    // only. A vm.Script cachedData still has its header, version, flag and
    // source checks.
    "--no-verify-snapshot-checksum",
    // A 4 MB young generation to start with (V8 10.2 starts at 1 MB):
    // loading a few dozen builtins then needs no scavenge, where 1 MB took
    // four (about 9% of the instructions of loading test/common).
    "--min-semi-space-size=4",
};

}  // namespace

Runtime::Runtime(const char* argv0, const Options& options)
    : start_time_ns_(uv_hrtime()) {
  v8::V8::InitializeICU();
  int pool_size = options.v8_pool_size;
  if (pool_size < 1)
    pool_size = std::max(1, static_cast<int>(uv_available_parallelism()) - 1);
  platform_ = std::make_unique<NodusPlatform>(
      *this, v8::platform::NewDefaultPlatform(
                 pool_size, v8::platform::IdleTaskSupport::kDisabled));
  v8::V8::InitializePlatform(platform_.get());
  for (const char* flag : kV8Flags) v8::V8::SetFlagsFromString(flag);
  for (const std::string& flag : options.v8_flags)
    v8::V8::SetFlagsFromString(flag.c_str(), flag.size());
  CHECK(v8::V8::Initialize());
  v8_start_time_ns_ = uv_hrtime();
  allocator_ = std::make_unique<ArrayBufferAllocator>();
}

Runtime::~Runtime() {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
}

v8::Platform* Runtime::platform() const { return platform_.get(); }

uint32_t* ZeroFillField() { return &zero_fill_field; }

void Runtime::RegisterIsolate(v8::Isolate* isolate,
                              std::shared_ptr<ForegroundTaskRunner> runner) {
  std::lock_guard<std::mutex> lock(mutex_);
  runners_[isolate] = std::move(runner);
}

void Runtime::UnregisterIsolate(v8::Isolate* isolate) {
  std::shared_ptr<ForegroundTaskRunner> runner;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = runners_.find(isolate);
    if (it == runners_.end()) return;
    runner = std::move(it->second);
    runners_.erase(it);
  }
  runner->Shutdown();
}

std::shared_ptr<ForegroundTaskRunner> Runtime::RunnerFor(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = runners_.find(isolate);
  return it == runners_.end() ? nullptr : it->second;
}

void Runtime::WaitForWorkerTasks() {
  std::unique_lock<std::mutex> lock(mutex_);
  worker_tasks_done_.wait(lock, [&] { return outstanding_worker_tasks_ == 0; });
}

void Runtime::WorkerTaskStarted() {
  std::lock_guard<std::mutex> lock(mutex_);
  outstanding_worker_tasks_++;
}

void Runtime::WorkerTaskFinished() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (--outstanding_worker_tasks_ == 0) worker_tasks_done_.notify_all();
}

}  // namespace nodus
