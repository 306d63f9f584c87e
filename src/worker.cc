// SPDX-License-Identifier: MIT
// internalBinding('worker'): a Worker is a thread with its own libuv loop,
// V8 isolate and Environment, bootstrapped like the main thread and
// running lib/internal/main/worker_thread.js. The parent talks to it through
// one internal message channel (message_port.h); lib/ builds the public
// parentPort, stdio and error reports on top of it.
//
// Threads: the Worker object lives on the parent's thread. Only these
// cross: the child's PortData (handed over once), stop requests
// (TerminateExecution + a uv_async_t on the child's loop, under mutex_),
// the resource limits and loop times (under mutex_), and the exit
// notification (a uv_async_t on the parent's loop, the Worker's own handle).

#include <pthread.h>
#include <uv.h>

#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "binding.h"
#include "env_store.h"
#include "environment.h"
#include "handle.h"
#include "message_port.h"
#include "options.h"
#include "runtime.h"
#include "stream_wrap.h"

namespace nodus::worker {
namespace {

enum ResourceLimit : int {
  kMaxYoungGenerationSizeMb,
  kMaxOldGenerationSizeMb,
  kCodeRangeSizeMb,
  kStackSizeMb,
  kResourceLimitCount
};

constexpr double kMB = 1024 * 1024;
constexpr double kDefaultStackSizeMb = 4;
// Room left below V8's stack limit for native frames (as node).
constexpr uintptr_t kStackBufferSize = 192 * 1024;
// What a worker near its heap limit gets to unwind with.
constexpr size_t kExtraHeapAllowance = 16 * 1024 * 1024;

std::atomic<uint64_t> next_thread_id{1};

}  // namespace

// Lifetime: a Handle (its uv_async_t is the exit notification) — strong
// from `new Worker()` until closed after the thread has been joined, or at
// the parent's teardown, which stops and joins the thread first.
class Worker : public Handle<uv_async_t> {
 public:
  static const WrapType kType;

  Worker(Environment& env, v8::Local<v8::Object> object, Options options,
         std::shared_ptr<EnvStore> env_store,
         std::array<double, kResourceLimitCount> limits)
      : Handle(env, object, kType),
        runtime_(env.runtime()),
        options_(std::move(options)),
        env_store_(std::move(env_store)),
        limits_(limits),
        thread_id_(next_thread_id++) {
    CHECK_EQ(uv_async_init(env.loop(), handle(), OnExit), 0);
    MarkInitialized();
    // Keeps the loop alive only once the thread runs (a constructor that
    // throws before must not leave it hanging).
    Unref();
    if (limits_[kStackSizeMb] <= 0) limits_[kStackSizeMb] = kDefaultStackSizeMb;
  }

  ~Worker() override { JoinThread(); }

  uint64_t thread_id() const { return thread_id_; }

  void SetChildPort(std::unique_ptr<messaging::PortData> port) {
    child_port_ = std::move(port);
  }
  // Called once, in the worker's own Environment.
  std::unique_ptr<messaging::PortData> TakeChildPort() {
    return std::move(child_port_);
  }

  int StartThread() {
    if (thread_started_) return UV_EINVAL;
    uv_thread_options_t thread_options;
    thread_options.flags = UV_THREAD_HAS_STACK_SIZE;
    thread_options.stack_size =
        static_cast<size_t>(limits_[kStackSizeMb] * kMB);
    int err = uv_thread_create_ex(
        &thread_, &thread_options,
        [](void* arg) { static_cast<Worker*>(arg)->Run(); }, this);
    if (err == 0) {
      thread_started_ = true;
      Ref();
    }
    return err;
  }

  // Parent thread: asks the worker to end (exit code 1) as soon as it can,
  // even inside a busy loop.
  void RequestStop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_requested_ = true;
    if (child_env_ != nullptr) {
      child_env_->StopSoon();
      uv_async_send(&stop_async_);
    }
  }

  void Close() override {
    if (closing()) return;
    if (thread_started_ && !thread_joined_) {
      RequestStop();
      JoinThread();
    }
    Handle::Close();
  }

  std::array<double, kResourceLimitCount> limits() {
    std::lock_guard<std::mutex> lock(mutex_);
    return limits_;
  }

  // The worker's loop times, in ms (0 until it runs).
  void LoopTimes(double* idle_ms, double* start_ms) {
    std::lock_guard<std::mutex> lock(mutex_);
    *idle_ms = 0;
    *start_ms = 0;
    if (child_env_ == nullptr) return;
    *idle_ms = uv_metrics_idle_time(child_env_->loop()) / 1e6;
    uint64_t start = child_env_->milestones()[Environment::kLoopStart];
    if (start != 0) *start_ms = (start - runtime_.start_time_ns()) / 1e6;
  }

 private:
  void JoinThread() {
    if (!thread_started_ || thread_joined_) return;
    CHECK_EQ(uv_thread_join(&thread_), 0);
    thread_joined_ = true;
  }

  void ConfigureLimits(v8::ResourceConstraints* constraints) {
    constraints->ConfigureDefaults(uv_get_total_memory(), 0);
    if (limits_[kMaxYoungGenerationSizeMb] > 0) {
      constraints->set_max_young_generation_size_in_bytes(
          static_cast<size_t>(limits_[kMaxYoungGenerationSizeMb] * kMB));
    }
    if (limits_[kMaxOldGenerationSizeMb] > 0) {
      constraints->set_max_old_generation_size_in_bytes(
          static_cast<size_t>(limits_[kMaxOldGenerationSizeMb] * kMB));
    }
    if (limits_[kCodeRangeSizeMb] > 0) {
      constraints->set_code_range_size_in_bytes(
          static_cast<size_t>(limits_[kCodeRangeSizeMb] * kMB));
    }
    std::lock_guard<std::mutex> lock(mutex_);
    limits_[kMaxYoungGenerationSizeMb] =
        constraints->max_young_generation_size_in_bytes() / kMB;
    limits_[kMaxOldGenerationSizeMb] =
        constraints->max_old_generation_size_in_bytes() / kMB;
    limits_[kCodeRangeSizeMb] = constraints->code_range_size_in_bytes() / kMB;
  }

  static size_t NearHeapLimit(void* data, size_t current_limit, size_t) {
    auto* self = static_cast<Worker*>(data);
    self->custom_error_ = "ERR_WORKER_OUT_OF_MEMORY";
    self->custom_error_reason_ = "JS heap out of memory";
    self->current_env_->Exit(1);
    return current_limit + kExtraHeapAllowance;
  }

  // Where V8 must stop this thread's JS stack: kStackBufferSize above the
  // lowest address of the thread's stack (its thread-local storage sits at
  // the top of the same mapping, so counting stackSizeMb down from a local
  // variable overshoots when that storage is large, as under
  // ThreadSanitizer).
  uintptr_t StackLimit(uintptr_t stack_top) const {
    pthread_attr_t attr;
    void* low = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      if (pthread_attr_getstack(&attr, &low, &size) != 0) low = nullptr;
      pthread_attr_destroy(&attr);
    }
    if (low != nullptr)
      return reinterpret_cast<uintptr_t>(low) + kStackBufferSize;
    auto stack_size = static_cast<uintptr_t>(limits_[kStackSizeMb] * kMB);
    return stack_top - stack_size + kStackBufferSize;
  }

  // The worker thread.
  void Run() {
    uintptr_t stack_top = reinterpret_cast<uintptr_t>(&stack_top);
    uv_loop_t loop;
    // Out of file descriptors, say: the parent gets ERR_WORKER_INIT_FAILED.
    if (int err = uv_loop_init(&loop); err != 0) {
      custom_error_ = "ERR_WORKER_INIT_FAILED";
      custom_error_reason_ = uv_err_name(err);
      exit_code_ = 1;
      uv_async_send(handle());
      return;
    }
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator = runtime_.allocator();
    ConfigureLimits(&params.constraints);
    v8::Isolate* isolate = v8::Isolate::New(params);
    uintptr_t stack_limit = StackLimit(stack_top);
    {
      v8::Locker locker(isolate);
      v8::Isolate::Scope isolate_scope(isolate);
      // V8 sets its stack limit from --stack-size when a Locker is first
      // used on this thread: the worker's own stack size replaces it now.
      isolate->SetStackLimit(stack_limit);
      isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
      isolate->SetCaptureStackTraceForUncaughtExceptions(true, 10);
      v8::HandleScope handle_scope(isolate);
      Environment env(runtime_, isolate, &loop, options_);
      env.SetWorker(this, thread_id_, env_store_);
      current_env_ = &env;
      isolate->AddNearHeapLimitCallback(NearHeapLimit, this);
      CHECK_EQ(uv_async_init(&loop, &stop_async_,
                             [](uv_async_t* async) {
                               auto* self = static_cast<Worker*>(async->data);
                               self->current_env_->Exit(1);
                             }),
               0);
      stop_async_.data = this;
      uv_unref(reinterpret_cast<uv_handle_t*>(&stop_async_));
      {
        std::lock_guard<std::mutex> lock(mutex_);
        child_env_ = &env;
        // Terminated before it ever ran: node reports exit code 0 then.
        if (stop_requested_) env.Exit(0);
      }
      {
        v8::Context::Scope context_scope(env.context());
        if (!env.stopped() && env.Start()) env.SpinEventLoop();
        bool terminated;
        {
          std::lock_guard<std::mutex> lock(mutex_);
          terminated = stop_requested_;
          child_env_ = nullptr;
        }
        // Terminated: the loop may have ended before the stop request was
        // seen (the JS it interrupted never re-armed its timers).
        if (terminated) env.Exit(1);
        exit_code_ = env.EmitProcessExit();
      }
      uv_close(reinterpret_cast<uv_handle_t*>(&stop_async_), nullptr);
      isolate->RemoveNearHeapLimitCallback(NearHeapLimit, 0);
      current_env_ = nullptr;
    }  // ~Environment closes the handles and runs their close callbacks
    isolate->Dispose();
    uv_run(&loop, UV_RUN_DEFAULT);
    CHECK_EQ(uv_loop_close(&loop), 0);
    // Tell the parent (its loop runs OnExit).
    uv_async_send(handle());
  }

  // The parent's loop, after the thread ended.
  static void OnExit(uv_async_t* async) {
    auto* self = static_cast<Worker*>(From(async));
    self->JoinThread();
    Environment& env = self->env();
    v8::Isolate* isolate = env.isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env.context());
    v8::Local<v8::Value> argv[] = {
        v8::Integer::New(isolate, self->exit_code_),
        self->custom_error_ != nullptr
            ? Utf8(isolate, self->custom_error_).As<v8::Value>()
            : v8::Undefined(isolate).As<v8::Value>(),
        self->custom_error_ != nullptr
            ? Utf8(isolate, self->custom_error_reason_).As<v8::Value>()
            : v8::Undefined(isolate).As<v8::Value>(),
    };
    // The handle closes after 'exit' has been emitted (its listeners still
    // see it ref'd, as in node).
    v8::Local<v8::Object> object = self->object();
    stream::CallMethod(env, object, "onexit", 3, argv);
    self->Close();
  }

  Runtime& runtime_;
  Options options_;
  std::shared_ptr<EnvStore> env_store_;
  std::unique_ptr<messaging::PortData> child_port_;
  uv_thread_t thread_{};
  bool thread_started_ = false;
  bool thread_joined_ = false;

  std::mutex mutex_;  // guards the fields below
  std::array<double, kResourceLimitCount> limits_;
  Environment* child_env_ = nullptr;
  bool stop_requested_ = false;
  uv_async_t stop_async_{};

  // The worker thread's own (read by the parent only after the join).
  Environment* current_env_ = nullptr;
  uint64_t thread_id_;
  int exit_code_ = 0;
  // An error the parent emits: its code and message argument.
  const char* custom_error_ = nullptr;
  const char* custom_error_reason_ = nullptr;
};

const WrapType Worker::kType{"Worker", "WORKER"};

namespace {

std::vector<std::string> StringsOf(Environment& env,
                                   v8::Local<v8::Value> value) {
  std::vector<std::string> out;
  if (!value->IsArray()) return out;
  v8::Local<v8::Array> array = value.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!array->Get(env.context(), i).ToLocal(&item)) break;
    v8::String::Utf8Value utf8(env.isolate(), item);
    out.emplace_back(*utf8 ? *utf8 : "", utf8.length());
  }
  return out;
}

// new Worker(shareEnv, envPairs, execArgv, resourceLimits)
//   shareEnv: the worker uses this thread's process.env store itself;
//   envPairs: otherwise, [key, value, ...] of its own copy;
//   execArgv: its process.execArgv (undefined: this thread's);
//   resourceLimits: a Float64Array of kResourceLimitCount (<= 0: default);
//   hooks: true for the thread of module customization hooks, which loads
//     no loaders and no --import of its own (it runs the -r preloads).
void NewWorker(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  CHECK(info.IsConstructCall());
  CHECK(info[0]->IsBoolean());
  CHECK(info[3]->IsFloat64Array());
  std::shared_ptr<EnvStore> store;
  Options options = env.options();
  if (info[0]->IsTrue()) {
    store = env.env_store_ptr();
  } else {
    std::vector<std::string> flat = StringsOf(env, info[1]);
    std::vector<std::pair<std::string, std::string>> pairs;
    for (size_t i = 0; i + 1 < flat.size(); i += 2) {
      // Its own NODE_OPTIONS apply in the worker.
      if (flat[i] == "NODE_OPTIONS")
        ApplyWorkerNodeOptions(flat[i + 1], &options);
      if (flat[i] == "NODE_PRESERVE_SYMLINKS" && flat[i + 1] == "1")
        options.preserve_symlinks = true;
      pairs.emplace_back(flat[i], flat[i + 1]);
    }
    store = EnvStore::FromPairs(std::move(pairs));
  }
  options.argv.resize(1);
  if (info[2]->IsArray())
    ApplyWorkerExecArgv(StringsOf(env, info[2]), &options);
  options.main_id = "internal/main/worker_thread";
  options.script.clear();
  options.eval_source.clear();
  options.has_eval = options.print = options.check = false;
  options.interactive = false;
  if (info[4]->IsTrue()) {
    // As node's: the -r preloads run there too.
    options.loaders.clear();
    options.imports.clear();
  }
  std::array<double, kResourceLimitCount> limits{};
  v8::Local<v8::Float64Array> array = info[3].As<v8::Float64Array>();
  CHECK_EQ(array->Length(), static_cast<size_t>(kResourceLimitCount));
  array->CopyContents(limits.data(), sizeof(limits));

  auto* worker = new Worker(env, info.This(), std::move(options),
                            std::move(store), limits);
  auto [parent_end, child_end] = messaging::PortData::NewChannel();
  worker->SetChildPort(std::move(child_end));
  v8::Local<v8::Object> port;
  if (!messaging::NewPort(env, std::move(parent_end)).ToLocal(&port)) return;
  v8::Isolate* isolate = env.isolate();
  info.This()->Set(env.context(), Utf8(isolate, "messagePort"), port).Check();
  info.This()
      ->Set(env.context(), Utf8(isolate, "threadId"),
            v8::Number::New(isolate, static_cast<double>(worker->thread_id())))
      .Check();
}

int32_t StartThread(Environment&, Receiver<Worker> self) {
  return self->StartThread();
}
void StopThread(Environment&, Receiver<Worker> self) { self->RequestStop(); }
void Ref(Environment&, Receiver<Worker> self) { self->Ref(); }
void Unref(Environment&, Receiver<Worker> self) { self->Unref(); }
// undefined once the worker's handle is closed, as node.
void HasRef(const CallbackInfo& info) {
  Worker* self = Wrap::Unwrap<Worker>(info.This());
  if (self != nullptr && !self->closing())
    info.GetReturnValue().Set(self->HasRef());
}

v8::Local<v8::Float64Array> LimitsArray(
    Environment& env, const std::array<double, kResourceLimitCount>& limits) {
  v8::Local<v8::ArrayBuffer> buffer =
      v8::ArrayBuffer::New(env.isolate(), sizeof(limits));
  std::memcpy(buffer->Data(), limits.data(), sizeof(limits));
  return v8::Float64Array::New(buffer, 0, kResourceLimitCount);
}

v8::Local<v8::Float64Array> GetWorkerLimits(Environment& env,
                                            Receiver<Worker> self) {
  return LimitsArray(env, self->limits());
}

// [idle ms, loop start ms since process start] of the worker's loop.
v8::Local<v8::Value> GetLoopTimes(Environment& env, Receiver<Worker> self) {
  double idle;
  double start;
  self->LoopTimes(&idle, &start);
  v8::Local<v8::Value> values[] = {v8::Number::New(env.isolate(), idle),
                                   v8::Number::New(env.isolate(), start)};
  return v8::Array::New(env.isolate(), values, 2);
}

// In a worker: its end of the internal channel (once).
v8::MaybeLocal<v8::Object> GetEnvMessagePort(Environment& env) {
  if (env.worker() == nullptr) return {};
  std::unique_ptr<messaging::PortData> port = env.worker()->TakeChildPort();
  if (!port) return {};
  return messaging::NewPort(env, std::move(port));
}

// This thread's resource limits (empty on the main thread).
void GetResourceLimits(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  if (env.worker() == nullptr) return;
  info.GetReturnValue().Set(LimitsArray(env, env.worker()->limits()));
}

constexpr Method kWorkerMethods[] = {
    {"startThread", Fn<&StartThread>},
    {"stopThread", Fn<&StopThread>},
    {"ref", Fn<&Ref>},
    {"unref", Fn<&Unref>},
    {"hasRef", HasRef},
    {"getResourceLimits", Fn<&GetWorkerLimits>},
    {"loopTimes", Fn<&GetLoopTimes>},
};

constexpr Class kClasses[] = {{"Worker", NewWorker, kWorkerMethods}};

constexpr Method kMethods[] = {
    {"getEnvMessagePort", Fn<&GetEnvMessagePort>},
    {"getResourceLimits", GetResourceLimits},
};

constexpr Constant kConstants[] = {
    {"kMaxYoungGenerationSizeMb", kMaxYoungGenerationSizeMb},
    {"kMaxOldGenerationSizeMb", kMaxOldGenerationSizeMb},
    {"kCodeRangeSizeMb", kCodeRangeSizeMb},
    {"kStackSizeMb", kStackSizeMb},
    {"kTotalResourceLimitCount", kResourceLimitCount},
};

void Initialize(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  target
      ->Set(context, Utf8(isolate, "isMainThread"),
            v8::Boolean::New(isolate, env.is_main_thread()))
      .Check();
  target
      ->Set(context, Utf8(isolate, "threadId"),
            v8::Number::New(isolate, static_cast<double>(env.thread_id())))
      .Check();
}

}  // namespace

extern const Binding kWorkerBinding{"worker", kMethods, kConstants, kClasses,
                                    Initialize};

}  // namespace nodus::worker
