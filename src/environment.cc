// SPDX-License-Identifier: MIT
// Environment: bootstrap of one isolate's context, the MakeCallback path with
// its nextTick/microtask drain, the loop's life (beforeExit, exit), and the
// per-isolate foreground task runner.

#include "environment.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "binding.h"
#include "builtins.h"
#include "env_store.h"
#include "errors.h"
#include "options.h"
#include "runtime.h"

namespace nodus {
namespace {

// Embedder data slot of a context that points back to its Environment.
constexpr int kEnvironmentSlot = 33;

// getInternalBinding(name) for lib/internal/bootstrap/realm.js.
void GetInternalBinding(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  CHECK(info[0]->IsString());
  v8::String::Utf8Value name(env.isolate(), info[0]);
  v8::Local<v8::Object> binding;
  if (env.GetBinding(std::string_view(*name, name.length())).ToLocal(&binding))
    info.GetReturnValue().Set(binding);
}

}  // namespace

// The foreground task runner's wake-up: runs V8's due tasks, each as a
// macrotask (ticks and microtasks drained after it).
// Lifetime: created with the Environment, its handles closed by a cleanup
// hook, freed in the async handle's close callback.
struct TaskState {
  uv_async_t async{};
  uv_timer_t delayed_timer{};
  std::shared_ptr<ForegroundTaskRunner> runner;
  Environment* env = nullptr;
  int open_handles = 2;
};

namespace {

// Returns how many tasks ran.
size_t RunForegroundTasks(TaskState* state) {
  Environment& env = *state->env;
  int64_t next_delay_ms = -1;
  std::vector<std::unique_ptr<v8::Task>> due =
      state->runner->TakeDue(uv_hrtime() / 1e9, &next_delay_ms);
  for (std::unique_ptr<v8::Task>& task : due) {
    v8::HandleScope scope(env.isolate());
    CallbackScope callback_scope(env);
    task->Run();
  }
  size_t ran = due.size();
  if (next_delay_ms >= 0) {
    uv_timer_start(
        &state->delayed_timer,
        [](uv_timer_t* timer) {
          RunForegroundTasks(static_cast<TaskState*>(timer->data));
        },
        static_cast<uint64_t>(next_delay_ms), 0);
  }
  return ran;
}

}  // namespace

void InstallMethods(Environment& env, v8::Local<v8::Object> target,
                    std::span<const Method> methods) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  for (const Method& method : methods) {
    v8::Local<v8::Function> fn =
        v8::Function::New(context, method.callback, {}, 0,
                          v8::ConstructorBehavior::kThrow)
            .ToLocalChecked();
    v8::Local<v8::String> name = OneByte(isolate, method.name);
    fn->SetName(name);
    target->Set(context, name, fn).Check();
  }
}

void InstallClass(Environment& env, v8::Local<v8::Object> target,
                  const Class& cls) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::FunctionTemplate> tmpl =
      v8::FunctionTemplate::New(isolate, cls.constructor);
  v8::Local<v8::String> class_name = OneByte(isolate, cls.name);
  tmpl->SetClassName(class_name);
  tmpl->InstanceTemplate()->SetInternalFieldCount(kWrapFieldCount);
  for (const Method& method : cls.methods) {
    tmpl->PrototypeTemplate()->Set(
        OneByte(isolate, method.name),
        v8::FunctionTemplate::New(isolate, method.callback, {}, {}, 0,
                                  v8::ConstructorBehavior::kThrow));
  }
  target->Set(context, class_name, tmpl->GetFunction(context).ToLocalChecked())
      .Check();
}

Environment& EnvironmentOf(const CallbackInfo& info) {
  Environment* env = Environment::From(info.GetIsolate()->GetCurrentContext());
  CHECK(env != nullptr);
  return *env;
}

Environment* Environment::From(v8::Local<v8::Context> context) {
  if (context.IsEmpty() ||
      context->GetNumberOfEmbedderDataFields() <= kEnvironmentSlot)
    return nullptr;
  return static_cast<Environment*>(
      context->GetAlignedPointerFromEmbedderData(kEnvironmentSlot));
}

void Environment::AssignToContext(v8::Local<v8::Context> context) {
  context->SetAlignedPointerInEmbedderData(kEnvironmentSlot, this);
}

Environment::Environment(Runtime& runtime, v8::Isolate* isolate,
                         uv_loop_t* loop, const Options& options)
    : runtime_(runtime),
      isolate_(isolate),
      loop_(loop),
      options_(options),
      // process.uptime() and performance.now() count from process start.
      start_time_ns_(runtime.start_time_ns()),
      env_store_(EnvStore::Process()) {
  milestones_[kNodeStart] = runtime_.start_time_ns();
  milestones_[kV8Start] = runtime_.v8_start_time_ns();
  // The loop records how long it waits in poll (event loop utilisation).
  uv_loop_configure(loop_, UV_METRICS_IDLE_TIME);
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  context->SetAlignedPointerInEmbedderData(kEnvironmentSlot, this);
  context_.Reset(isolate_, context);
  v8::Context::Scope context_scope(context);

  Mark(kEnvironment);
  v8::Local<v8::FunctionTemplate> process_template =
      v8::FunctionTemplate::New(isolate_);
  process_template->SetClassName(OneByte(isolate_, "process"));
  v8::Local<v8::Object> process = process_template->GetFunction(context)
                                      .ToLocalChecked()
                                      ->NewInstance(context)
                                      .ToLocalChecked();
  process_.Reset(isolate_, process);

  v8::Local<v8::ArrayBuffer> tick_buffer =
      v8::ArrayBuffer::New(isolate_, sizeof(int32_t) * kTickFields);
  tick_info_ = static_cast<int32_t*>(tick_buffer->Data());
  tick_info_array_.Reset(isolate_,
                         v8::Int32Array::New(tick_buffer, 0, kTickFields));
  v8::Local<v8::ArrayBuffer> immediate_buffer =
      v8::ArrayBuffer::New(isolate_, sizeof(uint32_t) * kImmediateFields);
  immediate_info_ = static_cast<uint32_t*>(immediate_buffer->Data());
  immediate_info_array_.Reset(
      isolate_, v8::Uint32Array::New(immediate_buffer, 0, kImmediateFields));

  v8::Local<v8::ArrayBuffer> hook_buffer =
      v8::ArrayBuffer::New(isolate_, sizeof(uint32_t) * 2);
  async_hook_fields_ = static_cast<uint32_t*>(hook_buffer->Data());
  async_hook_fields_array_.Reset(isolate_,
                                 v8::Uint32Array::New(hook_buffer, 0, 2));

  uv_timer_init(loop_, &timer_);
  uv_check_init(loop_, &immediate_check_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&immediate_check_));
  uv_idle_init(loop_, &immediate_idle_);

  auto* tasks = new TaskState();
  tasks_ = tasks;
  tasks->env = this;
  uv_async_init(loop_, &tasks->async, [](uv_async_t* async) {
    RunForegroundTasks(static_cast<TaskState*>(async->data));
  });
  tasks->async.data = tasks;
  uv_unref(reinterpret_cast<uv_handle_t*>(&tasks->async));
  uv_timer_init(loop_, &tasks->delayed_timer);
  tasks->delayed_timer.data = tasks;
  uv_unref(reinterpret_cast<uv_handle_t*>(&tasks->delayed_timer));
  tasks->runner = std::make_shared<ForegroundTaskRunner>(&tasks->async);
  runtime_.RegisterIsolate(isolate_, tasks->runner);
  AddCleanupHook(
      [](void* arg) {
        auto* state = static_cast<TaskState*>(arg);
        state->env->tasks_ = nullptr;
        state->env->runtime().UnregisterIsolate(state->env->isolate());
        // Freed when both handles have closed (libuv's order is its own).
        auto on_closed = [](uv_handle_t* handle) {
          auto* closing = static_cast<TaskState*>(handle->data);
          if (--closing->open_handles == 0) delete closing;
        };
        uv_close(reinterpret_cast<uv_handle_t*>(&state->delayed_timer),
                 on_closed);
        uv_close(reinterpret_cast<uv_handle_t*>(&state->async), on_closed);
      },
      tasks);
}

Environment::~Environment() {
  can_call_into_js_ = false;
  for (auto it = cleanup_hooks_.rbegin(); it != cleanup_hooks_.rend(); ++it)
    it->first(it->second);
  cleanup_hooks_.clear();
  CloseHandles();
  // Let the close callbacks run. A uv_stop() that Exit() made while the
  // loop was not running would make uv_run return at once: the first call
  // only clears it.
  uv_run(loop_, UV_RUN_NOWAIT);
  uv_run(loop_, UV_RUN_DEFAULT);
  // Idle requests and other weak wraps that GC never got to.
  std::vector<Wrap*> remaining(wraps_.begin(), wraps_.end());
  for (Wrap* wrap : remaining) delete wrap;
  v8::HandleScope scope(isolate_);
  context()->SetAlignedPointerInEmbedderData(kEnvironmentSlot, nullptr);
}

void Environment::CloseHandles() {
  // Handle::Close may delete the handle (and unregister it) at once.
  std::vector<HandleBase*> open(handles_.begin(), handles_.end());
  for (HandleBase* handle : open) handle->Close();
  for (uv_handle_t* handle :
       {reinterpret_cast<uv_handle_t*>(&timer_),
        reinterpret_cast<uv_handle_t*>(&immediate_check_),
        reinterpret_cast<uv_handle_t*>(&immediate_idle_)}) {
    if (!uv_is_closing(handle)) uv_close(handle, nullptr);
  }
}

namespace {

template <typename Set, typename Pick>
v8::Local<v8::Array> ListOf(v8::Isolate* isolate, const Set& set, Pick&& pick) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> list = v8::Array::New(isolate);
  uint32_t i = 0;
  for (auto* item : set) {
    v8::Local<v8::Value> value;
    if (!pick(item, &value)) continue;
    if (list->Set(context, i++, value).IsNothing()) break;
  }
  return list;
}

}  // namespace

v8::Local<v8::Array> Environment::ActiveHandles() {
  return ListOf(isolate_, handles_,
                [](HandleBase* handle, v8::Local<v8::Value>* out) {
                  if (!handle->HasRef()) return false;
                  *out = handle->JsObject();
                  return true;
                });
}

v8::Local<v8::Array> Environment::ActiveHandleNames() {
  return ListOf(isolate_, handles_,
                [this](HandleBase* handle, v8::Local<v8::Value>* out) {
                  if (!handle->HasRef()) return false;
                  *out = OneByte(isolate_, handle->ResourceName());
                  return true;
                });
}

v8::Local<v8::Array> Environment::ActiveRequests() {
  return ListOf(isolate_, requests_, [](Wrap* req, v8::Local<v8::Value>* out) {
    *out = req->object();
    return true;
  });
}

v8::Local<v8::Array> Environment::ActiveRequestNames() {
  return ListOf(isolate_, requests_,
                [this](Wrap* req, v8::Local<v8::Value>* out) {
                  *out = OneByte(isolate_, req->type().name);
                  return true;
                });
}

v8::Local<v8::Context> Environment::context() const {
  return context_.Get(isolate_);
}

v8::Local<v8::Object> Environment::process_object() const {
  return process_.Get(isolate_);
}

v8::Local<v8::Function> Environment::js_callback(JsCallback id) const {
  return js_callbacks_[static_cast<size_t>(id)].Get(isolate_);
}

void Environment::set_js_callback(JsCallback id, v8::Local<v8::Function> fn) {
  js_callbacks_[static_cast<size_t>(id)].Reset(isolate_, fn);
}

void Environment::SetWorker(worker::Worker* worker, uint64_t thread_id,
                            std::shared_ptr<EnvStore> env_store) {
  worker_ = worker;
  thread_id_ = thread_id;
  env_store_ = std::move(env_store);
}

Environment::BindingData* Environment::binding_data(const void* key) const {
  auto it = binding_data_.find(key);
  return it == binding_data_.end() ? nullptr : it->second.get();
}

void Environment::set_binding_data(const void* key,
                                   std::unique_ptr<BindingData> data) {
  binding_data_[key] = std::move(data);
}

void Environment::AddCleanupHook(void (*fn)(void*), void* arg) {
  cleanup_hooks_.emplace_back(fn, arg);
}

int Environment::exit_code() const {
  if (stopped_) return stop_code_;
  // process.exitCode, as lib/ last set it (undefined means 0).
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Value> code;
  if (!process_object()
           ->Get(context(), OneByte(isolate_, "exitCode"))
           .ToLocal(&code) ||
      code->IsNullOrUndefined())
    return 0;
  // An integer string is allowed too ('5'), as in node.
  return code->Int32Value(context()).FromMaybe(0);
}

v8::MaybeLocal<v8::Object> Environment::GetBinding(std::string_view name) {
  v8::EscapableHandleScope scope(isolate_);
  std::string key(name);
  if (auto it = bindings_.find(key); it != bindings_.end())
    return scope.Escape(it->second.Get(isolate_));
  v8::Local<v8::Context> context = this->context();
  for (const Binding* binding : AllBindings()) {
    if (name != binding->name) continue;
    v8::Local<v8::Object> target = v8::Object::New(isolate_);
    InstallMethods(*this, target, binding->methods);
    if (!binding->constants.empty()) {
      v8::Local<v8::Object> constants = v8::Object::New(isolate_);
      for (const Constant& constant : binding->constants) {
        constants
            ->Set(context, OneByte(isolate_, constant.name),
                  v8::Number::New(isolate_, constant.value))
            .Check();
      }
      target->Set(context, OneByte(isolate_, "constants"), constants).Check();
    }
    for (const Class& cls : binding->classes) InstallClass(*this, target, cls);
    if (binding->initialize != nullptr) binding->initialize(*this, target);
    bindings_.emplace(key, v8::Global<v8::Object>(isolate_, target));
    return scope.Escape(target);
  }
  std::string message = "No such binding: " + key;
  isolate_->ThrowException(v8::Exception::Error(
      v8::String::NewFromUtf8(isolate_, message.c_str()).ToLocalChecked()));
  return {};
}

bool Environment::RunBootstrapScript(const char* id,
                                     std::vector<v8::Local<v8::Value>> args,
                                     v8::Local<v8::Value>* result) {
  v8::Local<v8::Function> fn;
  if (!builtins::Compile(*this, id).ToLocal(&fn)) return false;
  return fn
      ->Call(context(), v8::Undefined(isolate_), static_cast<int>(args.size()),
             args.data())
      .ToLocal(result);
}

bool Environment::Start() {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = this->context();
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate_);
  CallbackScope callback_scope(*this);

  if (!ApplyDisableProto(*this, context)) return false;
  v8::Local<v8::Object> primordials = v8::Object::New(isolate_);
  primordials_.Reset(isolate_, primordials);
  v8::Local<v8::Function> get_binding =
      v8::Function::New(context, GetInternalBinding).ToLocalChecked();
  v8::Local<v8::Value> result;
  if (!RunBootstrapScript("internal/per_context/primordials", {primordials},
                          &result) ||
      !RunBootstrapScript("internal/bootstrap/realm",
                          {process_object(), get_binding, primordials},
                          &result)) {
    // A worker terminated while it bootstraps has nothing to report.
    if (!try_catch.HasTerminated()) PrintExceptionRaw(*this, try_catch);
    return false;
  }
  CHECK(result->IsFunction());
  v8::Local<v8::Function> require = result.As<v8::Function>();
  require_builtin_.Reset(isolate_, require);
  if (!RunBootstrapScript("internal/bootstrap/node",
                          {process_object(), require, get_binding, primordials},
                          &result)) {
    // A worker terminated while it bootstraps has nothing to report.
    if (!try_catch.HasTerminated()) PrintExceptionRaw(*this, try_catch);
    return false;
  }
  Mark(kBootstrapComplete);
  // From here on, lib/ reports errors; the main script's exceptions are
  // uncaught exceptions like any other.
  if (!RunBootstrapScript(options_.main_id.c_str(),
                          {process_object(), require, get_binding, primordials},
                          &result)) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      v8::Local<v8::Value> exception = try_catch.Exception();
      v8::Local<v8::Message> message = try_catch.Message();
      try_catch.Reset();
      TriggerUncaughtException(*this, exception, message);
    }
  }
  return true;
}

void Environment::SpinEventLoop() {
  v8::HandleScope scope(isolate_);
  v8::Context::Scope context_scope(context());
  bool more;
  Mark(kLoopStart);
  trace_sync_io_ = options().trace_sync_io;
  do {
    if (!can_call_into_js_) break;
    uv_run(loop_, UV_RUN_DEFAULT);
    if (stopped_) break;
    // V8 background work (e.g. WebAssembly.compile) may still post tasks for
    // this isolate: wait for it, then run what it posted.
    DrainPlatformTasks();
    more = uv_loop_alive(loop_);
    if (more) continue;
    v8::Local<v8::Value> argv[] = {OneByte(isolate_, "beforeExit")};
    if (!emitted_exit_) MakeCallback(JsCallback::kEmitProcessEvent, 1, argv);
    more = uv_loop_alive(loop_);
  } while (more && can_call_into_js_);
}

void Environment::DrainPlatformTasks() {
  do {
    runtime_.WaitForWorkerTasks();
  } while (can_call_into_js_ && RunForegroundTasks(tasks_) > 0);
}

int Environment::EmitProcessExit() {
  Mark(kLoopExit);
  v8::HandleScope scope(isolate_);
  v8::Context::Scope context_scope(context());
  if (!emitted_exit_ && can_call_into_js_) {
    emitted_exit_ = true;
    v8::Local<v8::Value> argv[] = {OneByte(isolate_, "exit")};
    MakeCallback(JsCallback::kEmitProcessEvent, 1, argv);
  }
  return exit_code();
}

void Environment::Exit(int code) {
  if (stopped_) return;
  stopped_ = true;
  stop_code_ = code;
  can_call_into_js_ = false;
  isolate_->TerminateExecution();
  uv_stop(loop_);
}

v8::MaybeLocal<v8::Value> Environment::MakeCallback(
    JsCallback id, int argc, v8::Local<v8::Value>* argv) {
  v8::Local<v8::Function> fn = js_callback(id);
  if (fn.IsEmpty()) return {};
  return MakeCallback(fn, process_object(), argc, argv);
}

v8::MaybeLocal<v8::Value> Environment::MakeCallback(
    v8::Local<v8::Function> fn, v8::Local<v8::Value> recv, int argc,
    v8::Local<v8::Value>* argv) {
  if (!can_call_into_js_) return {};
  v8::EscapableHandleScope scope(isolate_);
  if (callback_depth_ > 0) {
    // Nested in JS: an exception belongs to the JS caller.
    v8::Local<v8::Value> result;
    if (!fn->Call(context(), recv, argc, argv).ToLocal(&result)) return {};
    return scope.Escape(result);
  }
  CallbackScope callback_scope(*this);
  v8::Local<v8::Value> result;
  if (!CallAndReport(fn, recv, argc, argv).ToLocal(&result)) return {};
  return scope.Escape(result);
}

v8::MaybeLocal<v8::Value> Environment::CallAndReport(
    v8::Local<v8::Function> fn, v8::Local<v8::Value> recv, int argc,
    v8::Local<v8::Value>* argv) {
  if (!can_call_into_js_) return {};
  v8::EscapableHandleScope scope(isolate_);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> result;
  // A native resource's callback runs in its async context.
  bool enter = async_hooks_active() && recv->IsObject() &&
               !recv->StrictEquals(process_object());
  v8::Local<v8::Function> before = js_callback(JsCallback::kAsyncBefore);
  v8::Local<v8::Function> after = js_callback(JsCallback::kAsyncAfter);
  enter = enter && !before.IsEmpty() && !after.IsEmpty();
  v8::Local<v8::Value> ignored;
  if (enter && !before->Call(context(), recv, 0, nullptr).ToLocal(&ignored)) {
    TriggerUncaughtException(*this, try_catch);
    return {};
  }
  if (!fn->Call(context(), recv, argc, argv).ToLocal(&result)) {
    TriggerUncaughtException(*this, try_catch);
    return {};
  }
  if (enter && !after->Call(context(), recv, 0, nullptr).ToLocal(&ignored)) {
    TriggerUncaughtException(*this, try_catch);
    return {};
  }
  return scope.Escape(result);
}

void Environment::InitAsyncResource(v8::Local<v8::Object> resource,
                                    const char* provider) {
  if (!async_hooks_active() || !can_call_into_js_) return;
  v8::Local<v8::Function> init = js_callback(JsCallback::kAsyncInitResource);
  if (init.IsEmpty()) return;
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Value> argv[] = {resource, OneByte(isolate_, provider)};
  v8::Local<v8::Value> ignored;
  if (callback_depth_ > 0) {
    // Inside JS (`new FsRequest()`): an exception goes to the caller.
    // An empty result leaves the exception pending for the caller.
    if (!init->Call(context(), v8::Undefined(isolate_), 2, argv)
             .ToLocal(&ignored))
      return;
    return;
  }
  v8::TryCatch try_catch(isolate_);
  if (!init->Call(context(), v8::Undefined(isolate_), 2, argv)
           .ToLocal(&ignored))
    TriggerUncaughtException(*this, try_catch);
}

void Environment::DrainTicksAndMicrotasks() {
  if (!can_call_into_js_) return;
  if (tick_info_[kHasTickScheduled] == 0 &&
      tick_info_[kHasRejectionToWarn] == 0) {
    isolate_->PerformMicrotaskCheckpoint();
  }
  if (tick_info_[kHasTickScheduled] == 0 &&
      tick_info_[kHasRejectionToWarn] == 0)
    return;
  v8::Local<v8::Function> tick = js_callback(JsCallback::kTick);
  if (tick.IsEmpty()) return;
  v8::HandleScope scope(isolate_);
  callback_depth_++;
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> ignored;
  bool ok =
      tick->Call(context(), process_object(), 0, nullptr).ToLocal(&ignored);
  callback_depth_--;
  if (!ok) TriggerUncaughtException(*this, try_catch);
}

CallbackScope::CallbackScope(Environment& env) : env_(env) {
  env_.callback_depth_++;
}

CallbackScope::~CallbackScope() {
  if (--env_.callback_depth_ == 0) env_.DrainTicksAndMicrotasks();
}

}  // namespace nodus
