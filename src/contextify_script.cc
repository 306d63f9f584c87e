// SPDX-License-Identifier: MIT
// vm scripts for lib/vm.js: ContextifyScript (compiled once, run in any
// context, V8 code cache in and out), compileFunction, and running under
// the timeout and SIGINT watchdogs (src/vm_watchdog.cc).

#include <cstring>
#include <optional>
#include <vector>

#include "binding.h"
#include "contextify.h"
#include "environment.h"
#include "errors.h"
#include "vm_watchdog.h"

namespace nodus {
namespace contextify {
namespace {

// The bytes of a code cache, as a Uint8Array over a fresh ArrayBuffer
// (lib/ turns it into a Buffer).
v8::Local<v8::Uint8Array> CachedDataToArray(
    v8::Isolate* isolate, const v8::ScriptCompiler::CachedData* data) {
  v8::Local<v8::ArrayBuffer> buffer =
      v8::ArrayBuffer::New(isolate, static_cast<size_t>(data->length));
  if (data->length > 0)
    std::memcpy(buffer->Data(), data->data, static_cast<size_t>(data->length));
  return v8::Uint8Array::New(buffer, 0, static_cast<size_t>(data->length));
}

// The compile inputs lib/ passes to the constructor and compileFunction.
struct CompileInput {
  v8::Local<v8::String> code;
  v8::Local<v8::String> filename;
  int32_t line_offset;
  int32_t column_offset;
  v8::Local<v8::Value> cached_data;  // an ArrayBufferView or undefined
  bool produce_cached_data;
  ContextifyContext* parsing_context;  // null: the main context
  DynamicImport dynamic_import;
};

CompileInput ReadCompileInput(Environment& env,
                              const v8::FunctionCallbackInfo<v8::Value>& info) {
  CompileInput in;
  in.code = Arg<v8::Local<v8::String>>::From(info, 0);
  in.filename = Arg<v8::Local<v8::String>>::From(info, 1);
  in.line_offset = Arg<int32_t>::From(info, 2);
  in.column_offset = Arg<int32_t>::From(info, 3);
  in.cached_data = info[4];
  CHECK(in.cached_data->IsUndefined() || in.cached_data->IsArrayBufferView());
  in.produce_cached_data = Arg<bool>::From(info, 5);
  in.parsing_context = nullptr;
  if (!info[6]->IsUndefined()) {
    in.parsing_context = ContextifyContext::FromKey(env, info[6]);
    CHECK(in.parsing_context != nullptr);
  }
  int32_t kind = Arg<int32_t>::From(info, 7);
  CHECK(kind >= 1 && kind <= 4);
  in.dynamic_import = static_cast<DynamicImport>(kind);
  return in;
}

// A V8 Source for `in`; consuming the code cache when one was given.
struct SourceHolder {
  explicit SourceHolder(Environment& env, const CompileInput& in)
      : origin(env.isolate(), in.filename, in.line_offset, in.column_offset,
               false, -1, {}, false, false, false,
               HostDefinedOptions(env.isolate(), in.dynamic_import)),
        source(in.code, origin, MakeCachedData(in.cached_data)) {}

  static v8::ScriptCompiler::CachedData* MakeCachedData(
      v8::Local<v8::Value> value) {
    if (!value->IsArrayBufferView()) return nullptr;
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    const uint8_t* bytes = static_cast<const uint8_t*>(view->Buffer()->Data()) +
                           view->ByteOffset();
    return new v8::ScriptCompiler::CachedData(
        bytes, static_cast<int>(view->ByteLength()));
  }
  v8::ScriptCompiler::CompileOptions options() const {
    return source.GetCachedData() != nullptr
               ? v8::ScriptCompiler::kConsumeCodeCache
               : v8::ScriptCompiler::kNoCompileOptions;
  }
  bool rejected() const { return source.GetCachedData()->rejected; }

  v8::ScriptOrigin origin;
  v8::ScriptCompiler::Source source;
};

bool SetProperty(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                 const char* name, v8::Local<v8::Value> value) {
  return target->Set(context, OneByte(context->GetIsolate(), name), value)
      .FromMaybe(false);
}

// A compiled script, not bound to any context until it runs.
// Lifetime: weak from construction; collected with its vm.Script.
class ContextifyScript : public Wrap {
 public:
  static constexpr WrapType kType{"ContextifyScript"};
  ContextifyScript(Environment& env, v8::Local<v8::Object> object,
                   v8::Local<v8::UnboundScript> script)
      : Wrap(env, object, kType), script_(env.isolate(), script) {
    MakeWeak();
  }
  v8::Local<v8::UnboundScript> script() const {
    return script_.Get(env().isolate());
  }

 private:
  v8::Global<v8::UnboundScript> script_;
};

// new ContextifyScript(code, filename, lineOffset, columnOffset, cachedData,
// produceCachedData, parsingContext, dynamicImportKind): compiles, or throws
// the SyntaxError with its source line on top of the stack. Sets
// cachedDataRejected, or cachedData and cachedDataProduced, and sourceMapURL on
// the instance.
void NewScript(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info.IsConstructCall());
  Environment& env = EnvironmentOf(info);
  v8::Isolate* isolate = env.isolate();
  CompileInput in = ReadCompileInput(env, info);
  v8::Local<v8::Context> context = in.parsing_context != nullptr
                                       ? in.parsing_context->context()
                                       : env.context();
  v8::Local<v8::Object> self = info.This();
  v8::Local<v8::Context> main_context = env.context();
  SourceHolder holder(env, in);
  v8::Local<v8::UnboundScript> script;
  {
    v8::Context::Scope scope(context);
    v8::TryCatch try_catch(isolate);
    if (!v8::ScriptCompiler::CompileUnboundScript(isolate, &holder.source,
                                                  holder.options())
             .ToLocal(&script)) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated())
        DecorateErrorStack(env, try_catch.Exception(), try_catch.Message());
      try_catch.ReThrow();
      return;
    }
  }
  new ContextifyScript(env, self, script);
  bool ok = true;
  if (holder.source.GetCachedData() != nullptr) {
    ok = SetProperty(main_context, self, "cachedDataRejected",
                     v8::Boolean::New(isolate, holder.rejected()));
  }
  if (in.produce_cached_data) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(
        v8::ScriptCompiler::CreateCodeCache(script));
    bool produced = data != nullptr;
    if (produced)
      ok = SetProperty(main_context, self, "cachedData",
                       CachedDataToArray(isolate, data.get()));
    ok = ok && SetProperty(main_context, self, "cachedDataProduced",
                           v8::Boolean::New(isolate, produced));
  }
  if (ok)
    SetProperty(main_context, self, "sourceMapURL",
                script->GetSourceMappingURL());
}

// script.createCachedData() -> Uint8Array of V8's code cache.
v8::Local<v8::Value> CreateCachedData(Environment& env,
                                      Receiver<ContextifyScript> self) {
  std::unique_ptr<v8::ScriptCompiler::CachedData> data(
      v8::ScriptCompiler::CreateCodeCache(self->script()));
  if (data == nullptr) {
    return v8::Uint8Array::New(v8::ArrayBuffer::New(env.isolate(), 0), 0, 0);
  }
  return CachedDataToArray(env.isolate(), data.get());
}

// script.runInContext(contextifiedObject | null, timeout (0: none),
// displayErrors, breakOnSigint) -> the completion value.
v8::MaybeLocal<v8::Value> RunInContext(Environment& env,
                                       Receiver<ContextifyScript> self,
                                       v8::Local<v8::Value> key, double timeout,
                                       bool display_errors,
                                       bool break_on_sigint) {
  ContextifyContext* ctx = nullptr;
  if (!key->IsNull()) {
    ctx = ContextifyContext::FromKey(env, key);
    CHECK(ctx != nullptr);
  }
  RunOptions options;
  options.timeout_ms = static_cast<uint64_t>(timeout);
  options.display_errors = display_errors;
  options.break_on_sigint = break_on_sigint;
  return RunScript(env, self->script(), ctx, options);
}

constexpr Method kScriptMethods[] = {
    {"runInContext", Fn<&RunInContext>},
    {"createCachedData", Fn<&CreateCachedData>},
};

}  // namespace

extern const Class kContextifyScriptClass{"ContextifyScript", NewScript,
                                          kScriptMethods};

v8::MaybeLocal<v8::Value> RunScript(Environment& env,
                                    v8::Local<v8::UnboundScript> unbound,
                                    ContextifyContext* ctx,
                                    const RunOptions& options) {
  v8::Isolate* isolate = env.isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  v8::Local<v8::Context> context =
      ctx != nullptr ? ctx->context() : env.context();
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Script> script = unbound->BindToCurrentContext();
  v8::MicrotaskQueue* queue = ctx != nullptr ? ctx->microtask_queue() : nullptr;
  v8::TryCatch try_catch(isolate);
  v8::MaybeLocal<v8::Value> result;
  bool timed_out = false;
  bool interrupted = false;
  {
    std::optional<Watchdog> watchdog;
    std::optional<SigintWatchdog> sigint;
    if (options.timeout_ms > 0) watchdog.emplace(isolate, options.timeout_ms);
    if (options.break_on_sigint) sigint.emplace(isolate);
    result = script->Run(context);
    // microtaskMode: 'afterEvaluate': within the watchdogs' reach.
    if (!result.IsEmpty() && queue != nullptr)
      queue->PerformCheckpoint(isolate);
    timed_out = watchdog.has_value() && watchdog->timed_out();
    interrupted = sigint.has_value() && sigint->received();
  }
  if (timed_out || interrupted) {
    // The termination was ours: end it, and say why.
    isolate->CancelTerminateExecution();
    std::string message = timed_out
                              ? "Script execution timed out after " +
                                    std::to_string(options.timeout_ms) + "ms"
                              : "Script execution was interrupted by `SIGINT`";
    try_catch.Reset();
    ThrowError(env,
               timed_out ? ErrorCode::kScriptExecutionTimeout
                         : ErrorCode::kScriptExecutionInterrupted,
               message.c_str());
    try_catch.ReThrow();
    return {};
  }
  if (try_catch.HasCaught()) {
    // A termination not ours (process.exit() in the script) goes on as it
    // is: rethrown, it would reach the caller as a catchable `null`.
    if (try_catch.HasTerminated()) return {};
    if (options.display_errors)
      DecorateErrorStack(env, try_catch.Exception(), try_catch.Message());
    try_catch.ReThrow();
    return {};
  }
  v8::Local<v8::Value> value;
  if (!result.ToLocal(&value)) return {};
  return handle_scope.Escape(value);
}

// compileFunction(code, filename, lineOffset, columnOffset, cachedData,
// produceCachedData, parsingContext, dynamicImportKind, contextExtensions,
// params).
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment& env = EnvironmentOf(info);
  v8::Isolate* isolate = env.isolate();
  CompileInput in = ReadCompileInput(env, info);
  v8::Local<v8::Array> extensions_array =
      Arg<v8::Local<v8::Array>>::From(info, 8);
  v8::Local<v8::Array> params_array = Arg<v8::Local<v8::Array>>::From(info, 9);
  v8::Local<v8::Context> main_context = env.context();
  v8::Local<v8::Context> context = in.parsing_context != nullptr
                                       ? in.parsing_context->context()
                                       : main_context;
  std::vector<v8::Local<v8::Object>> extensions;
  for (uint32_t i = 0; i < extensions_array->Length(); i++) {
    v8::Local<v8::Value> value;
    if (!extensions_array->Get(main_context, i).ToLocal(&value)) return;
    CHECK(value->IsObject());
    extensions.push_back(value.As<v8::Object>());
  }
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < params_array->Length(); i++) {
    v8::Local<v8::Value> value;
    if (!params_array->Get(main_context, i).ToLocal(&value)) return;
    CHECK(value->IsString());
    params.push_back(value.As<v8::String>());
  }
  SourceHolder holder(env, in);
  v8::Local<v8::Function> fn;
  {
    v8::Context::Scope scope(context);
    v8::TryCatch try_catch(isolate);
    if (!v8::ScriptCompiler::CompileFunction(
             context, &holder.source, params.size(), params.data(),
             extensions.size(), extensions.data(), holder.options())
             .ToLocal(&fn)) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated())
        DecorateErrorStack(env, try_catch.Exception(), try_catch.Message());
      try_catch.ReThrow();
      return;
    }
  }
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  if (!SetProperty(main_context, result, "function", fn)) return;
  if (holder.source.GetCachedData() != nullptr) {
    if (!SetProperty(main_context, result, "cachedDataRejected",
                     v8::Boolean::New(isolate, holder.rejected())))
      return;
  }
  if (in.produce_cached_data) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(
        v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
    bool produced = data != nullptr;
    if (produced && !SetProperty(main_context, result, "cachedData",
                                 CachedDataToArray(isolate, data.get())))
      return;
    if (!SetProperty(main_context, result, "cachedDataProduced",
                     v8::Boolean::New(isolate, produced)))
      return;
  }
  info.GetReturnValue().Set(result);
}

}  // namespace contextify
}  // namespace nodus
