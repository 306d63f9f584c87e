// SPDX-License-Identifier: MIT
// Environment: everything one isolate/thread owns — isolate, context, libuv
// loop, binding objects, the nextTick/microtask drain, the functions lib/
// registered for C++ to call, exit state. A worker is one more Environment.
#pragma once

#include <uv.h>
#include <v8.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "wrap.h"

namespace nodus {

class EnvStore;
class Runtime;
struct Options;
namespace worker {
class Worker;
}

// What the Environment knows of an open handle: how to close it at
// teardown, and what process.getActiveResourcesInfo() and
// process._getActiveHandles() say of it.
class HandleBase {
 public:
  virtual ~HandleBase() = default;
  virtual void Close() = 0;
  // Whether it keeps the loop alive (node lists only these).
  virtual bool HasRef() = 0;
  // node's name for it ('TCPSocketWrap', 'TTYWrap', ...).
  virtual const char* ResourceName() const = 0;
  virtual v8::Local<v8::Object> JsObject() const = 0;
};

// Functions lib/ hands to C++ during bootstrap.
enum class JsCallback {
  kTick,               // processTicksAndRejections()
  kFatalException,     // (error, fromPromise, arrow) -> handled?
  kPromiseReject,      // (type, promise, reason)
  kUvException,        // ({errno, syscall, path, dest}) -> Error
  kProcessTimers,      // (now) -> next expiry
  kProcessImmediate,   // ()
  kEmitProcessEvent,   // (name, ...args): beforeExit / exit
  kPrepareStackTrace,  // (global, error, callSites) -> error.stack
  kAsyncInitResource,  // (resource, providerType): ids and init hooks
  kAsyncBefore,        // (resource): enter its async context
  kAsyncAfter,         // (resource): leave it
  kMessagePort,        // (port, kind, data, ports): init/message/close
  kMappedErrorSource,  // (file, line, column) -> source-mapped arrow
  kCount,
};

// Int32 fields shared with lib/internal/process/task_queues.js.
enum TickField : int { kHasTickScheduled, kHasRejectionToWarn, kTickFields };
// Uint32 fields shared with lib/internal/timers.js.
enum ImmediateField : int {
  kImmediateCount,
  kImmediateRefCount,
  kImmediateHasOutstanding,
  kImmediateFields
};

class Environment {
 public:
  Environment(Runtime& runtime, v8::Isolate* isolate, uv_loop_t* loop,
              const Options& options);
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;
  ~Environment();

  static Environment* From(v8::Local<v8::Context> context);
  // Makes From(context) find this Environment (vm contexts).
  void AssignToContext(v8::Local<v8::Context> context);

  Runtime& runtime() const { return runtime_; }
  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const;
  uv_loop_t* loop() const { return loop_; }
  const Options& options() const { return options_; }
  v8::Local<v8::Object> process_object() const;

  // Runs the bootstrap scripts, then the main script chosen by the options.
  // Returns false if it could not run (the error has been reported).
  bool Start();
  // Runs the loop until nothing is left: uv_run, then 'beforeExit', again
  // while that scheduled more work.
  void SpinEventLoop();
  // Emits process 'exit' once and returns the exit code.
  int EmitProcessExit();
  // Stops JS for good (process.exit, a fatal exception): terminates the
  // running script and stops the loop; the caller of Start/SpinEventLoop
  // then tears down and exits with exit_code().
  void Exit(int code);
  // Any thread: no more JS from now on (ends a microtask loop that
  // TerminateExecution alone would only interrupt); the owning thread
  // still has to Exit().
  void StopSoon() {
    can_call_into_js_ = false;
    isolate_->TerminateExecution();
  }
  bool stopped() const { return stopped_; }

  // The one way from the loop into JS (DESIGN.md §5): calls fn, routes an
  // exception to the uncaught-exception path, and when the outermost call
  // returns drains process.nextTick callbacks, then microtasks, repeatedly.
  v8::MaybeLocal<v8::Value> MakeCallback(v8::Local<v8::Function> fn,
                                         v8::Local<v8::Value> recv, int argc,
                                         v8::Local<v8::Value>* argv);
  v8::MaybeLocal<v8::Value> MakeCallback(JsCallback id, int argc,
                                         v8::Local<v8::Value>* argv);
  // Calls fn inside a CallbackScope the caller holds open; an exception goes
  // to the uncaught-exception path. For callers that must act after the JS
  // returned but before ticks and microtasks drain (RunTimers).
  v8::MaybeLocal<v8::Value> CallAndReport(v8::Local<v8::Function> fn,
                                          v8::Local<v8::Value> recv, int argc,
                                          v8::Local<v8::Value>* argv);

  v8::Local<v8::Function> js_callback(JsCallback id) const;
  void set_js_callback(JsCallback id, v8::Local<v8::Function> fn);

  // internalBinding(name): created on first use, then cached.
  v8::MaybeLocal<v8::Object> GetBinding(std::string_view name);

  int32_t* tick_info() { return tick_info_; }
  uint32_t* immediate_info() { return immediate_info_; }

  // async_hooks: while any hook (or AsyncLocalStorage) is enabled, native
  // resources get async ids and their callbacks enter their context.
  bool async_hooks_active() const { return async_hook_fields_[0] > 0; }
  void InitAsyncResource(v8::Local<v8::Object> resource, const char* provider);

  uv_timer_t* timer_handle() { return &timer_; }
  uv_check_t* immediate_check_handle() { return &immediate_check_; }
  uv_idle_t* immediate_idle_handle() { return &immediate_idle_; }

  bool can_call_into_js() const { return can_call_into_js_; }
  // --trace-sync-io: true once the event loop has started.
  bool trace_sync_io() const { return trace_sync_io_; }
  // process.exitCode, or the code Exit() was given.
  int exit_code() const;
  // The main thread is 0; each Worker gets the next id.
  bool is_main_thread() const { return worker_ == nullptr; }
  uint64_t thread_id() const { return thread_id_; }
  // The Worker (owned by the parent thread) that runs this Environment.
  worker::Worker* worker() const { return worker_; }
  void SetWorker(worker::Worker* worker, uint64_t thread_id,
                 std::shared_ptr<EnvStore> env_store);
  EnvStore& env_store() const { return *env_store_; }
  const std::shared_ptr<EnvStore>& env_store_ptr() const { return env_store_; }

  // Per-Environment data of one binding (templates, ...), keyed by an
  // address of the binding's own; freed with the Environment.
  struct BindingData {
    virtual ~BindingData() = default;
  };
  BindingData* binding_data(const void* key) const;
  void set_binding_data(const void* key, std::unique_ptr<BindingData> data);
  uint64_t start_time_ns() const { return start_time_ns_; }

  // Start-up milestones (uv_hrtime() values, 0 until reached), for
  // performance.nodeTiming.
  enum Milestone : int {
    kNodeStart,
    kV8Start,
    kEnvironment,
    kBootstrapComplete,
    kLoopStart,
    kLoopExit,
    kMilestoneCount
  };
  const uint64_t* milestones() const { return milestones_; }
  void Mark(Milestone milestone) { milestones_[milestone] = uv_hrtime(); }

  void AddCleanupHook(void (*fn)(void*), void* arg);

  // Every live Wrap, so that teardown frees the ones GC never collected.
  void RegisterWrap(Wrap* wrap) { wraps_.insert(wrap); }
  void UnregisterWrap(Wrap* wrap) { wraps_.erase(wrap); }

  // Open handles (handle.h), closed at teardown.
  void RegisterHandle(HandleBase* handle) { handles_.insert(handle); }
  void UnregisterHandle(HandleBase* handle) { handles_.erase(handle); }

  // Requests in flight (Request::Dispatch until completion).
  void AddActiveRequest(Wrap* request) { requests_.insert(request); }
  void RemoveActiveRequest(Wrap* request) { requests_.erase(request); }

  // What keeps the loop alive: the JS objects of the ref'd handles and of
  // the requests in flight, and their names (node's resource names).
  v8::Local<v8::Array> ActiveHandles();
  v8::Local<v8::Array> ActiveRequests();
  v8::Local<v8::Array> ActiveHandleNames();
  v8::Local<v8::Array> ActiveRequestNames();

 private:
  friend class CallbackScope;
  // Waits for V8's background tasks and runs the foreground tasks they
  // posted, until none are left (node's DrainTasks).
  void DrainPlatformTasks();
  struct TaskState* tasks_ = nullptr;
  bool RunBootstrapScript(const char* id,
                          std::vector<v8::Local<v8::Value>> args,
                          v8::Local<v8::Value>* result);
  void DrainTicksAndMicrotasks();
  void CloseHandles();

  Runtime& runtime_;
  v8::Isolate* isolate_;
  uv_loop_t* loop_;
  const Options& options_;
  v8::Global<v8::Context> context_;
  v8::Global<v8::Object> process_;
  v8::Global<v8::Object> primordials_;
  v8::Global<v8::Function> require_builtin_;
  std::array<v8::Global<v8::Function>, static_cast<size_t>(JsCallback::kCount)>
      js_callbacks_;
  std::unordered_map<std::string, v8::Global<v8::Object>> bindings_;

  v8::Global<v8::Int32Array> tick_info_array_;
  int32_t* tick_info_ = nullptr;
  v8::Global<v8::Uint32Array> immediate_info_array_;
  uint32_t* immediate_info_ = nullptr;
  v8::Global<v8::Uint32Array> async_hook_fields_array_;
  uint32_t* async_hook_fields_ = nullptr;

  uv_timer_t timer_{};
  uv_check_t immediate_check_{};
  uv_idle_t immediate_idle_{};

  int callback_depth_ = 0;
  // Atomic: a Worker's parent clears it to stop the worker (StopSoon).
  std::atomic<bool> can_call_into_js_{true};
  bool emitted_exit_ = false;
  uint64_t start_time_ns_;
  uint64_t milestones_[kMilestoneCount] = {};
  std::vector<std::pair<void (*)(void*), void*>> cleanup_hooks_;
  std::unordered_set<HandleBase*> handles_;
  std::unordered_set<Wrap*> wraps_;
  std::unordered_set<Wrap*> requests_;
  bool stopped_ = false;
  bool trace_sync_io_ = false;
  int stop_code_ = 0;
  worker::Worker* worker_ = nullptr;
  uint64_t thread_id_ = 0;
  std::shared_ptr<EnvStore> env_store_;
  std::unordered_map<const void*, std::unique_ptr<BindingData>> binding_data_;

  friend void InitializeTaskQueue(Environment&, v8::Local<v8::Object>);
  friend void InitializeTimers(Environment&, v8::Local<v8::Object>);
  friend void InitializeAsyncWrap(Environment&, v8::Local<v8::Object>);
};

// Calls into JS from C++ that runs on the loop (not nested in JS): entering
// and leaving one drains ticks and microtasks at depth 0. MakeCallback uses
// it; so does running the main script.
class CallbackScope {
 public:
  explicit CallbackScope(Environment& env);
  ~CallbackScope();
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;

 private:
  Environment& env_;
};

}  // namespace nodus
