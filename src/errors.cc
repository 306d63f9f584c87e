// SPDX-License-Identifier: MIT
// Uncaught-exception reporting and error construction for C++; serves
// internalBinding('errors').

#include "errors.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "binding.h"
#include "environment.h"
#include "options.h"

namespace nodus {
namespace {

struct ErrorKind {
  ErrorCode code;
  const char* name;
  v8::Local<v8::Value> (*make)(v8::Local<v8::String> message);
};

constexpr ErrorKind kErrorKinds[] = {
    {ErrorCode::kInvalidState, "ERR_INVALID_STATE", v8::Exception::Error},
    {ErrorCode::kStringTooLong, "ERR_STRING_TOO_LONG", v8::Exception::Error},
    {ErrorCode::kBufferTooLarge, "ERR_BUFFER_TOO_LARGE",
     v8::Exception::RangeError},
    {ErrorCode::kMemoryAllocationFailed, "ERR_MEMORY_ALLOCATION_FAILED",
     v8::Exception::Error},
    {ErrorCode::kOutOfRange, "ERR_OUT_OF_RANGE", v8::Exception::RangeError},
    {ErrorCode::kInvalidArgType, "ERR_INVALID_ARG_TYPE",
     v8::Exception::TypeError},
    {ErrorCode::kInvalidArgValue, "ERR_INVALID_ARG_VALUE",
     v8::Exception::TypeError},
    {ErrorCode::kOperationFailed, "ERR_OPERATION_FAILED", v8::Exception::Error},
    {ErrorCode::kMissingTransferable,
     "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST", v8::Exception::TypeError},
    {ErrorCode::kInvalidObjectDefineProperty,
     "ERR_INVALID_OBJECT_DEFINE_PROPERTY", v8::Exception::TypeError},
    {ErrorCode::kScriptExecutionTimeout, "ERR_SCRIPT_EXECUTION_TIMEOUT",
     v8::Exception::Error},
    {ErrorCode::kScriptExecutionInterrupted, "ERR_SCRIPT_EXECUTION_INTERRUPTED",
     v8::Exception::Error},
    {ErrorCode::kProtoAccess, "ERR_PROTO_ACCESS", v8::Exception::Error},
    {ErrorCode::kConstructCallRequired, "ERR_CONSTRUCT_CALL_REQUIRED",
     v8::Exception::TypeError},
    {ErrorCode::kInvalidTransferObject, "ERR_INVALID_TRANSFER_OBJECT",
     v8::Exception::TypeError},
    {ErrorCode::kMessageTargetContextUnavailable,
     "ERR_MESSAGE_TARGET_CONTEXT_UNAVAILABLE", v8::Exception::Error},
};

// Marks an error whose stack already shows its source line (vm).
v8::Local<v8::Private> DecoratedPrivate(v8::Isolate* isolate) {
  return v8::Private::ForApi(
      isolate, v8::String::NewFromUtf8Literal(isolate, "nodus:decorated"));
}

bool IsDecorated(v8::Isolate* isolate, v8::Local<v8::Context> context,
                 v8::Local<v8::Value> error) {
  if (!error->IsObject()) return false;
  v8::Local<v8::Value> flag;
  return error.As<v8::Object>()
             ->GetPrivate(context, DecoratedPrivate(isolate))
             .ToLocal(&flag) &&
         flag->IsTrue();
}

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 ? std::string(*utf8, utf8.length()) : std::string();
}

// errors.triggerUncaughtException(error, fromPromise): lib/ reports an
// exception it caught itself (queueMicrotask callbacks, rejections).
void TriggerUncaughtExceptionFromJs(Environment& env,
                                    v8::Local<v8::Value> error,
                                    bool from_promise) {
  v8::Local<v8::Message> message =
      v8::Exception::CreateMessage(env.isolate(), error);
  TriggerUncaughtException(env, error, message, from_promise);
}

void SetFatalExceptionHandler(Environment& env, v8::Local<v8::Function> fn) {
  env.set_js_callback(JsCallback::kFatalException, fn);
}

// V8 asks the embedder to format error.stack; lib/internal/errors.js does
// it (node's `TypeError [ERR_X]: msg` header, Error.prepareStackTrace).
v8::MaybeLocal<v8::Value> PrepareStackTrace(v8::Local<v8::Context> context,
                                            v8::Local<v8::Value> error,
                                            v8::Local<v8::Array> trace) {
  Environment* env = Environment::From(context);
  v8::Local<v8::Function> fn;
  if (env != nullptr) fn = env->js_callback(JsCallback::kPrepareStackTrace);
  if (fn.IsEmpty()) {
    v8::Local<v8::String> text;
    if (!error->ToString(context).ToLocal(&text)) return {};
    return text;
  }
  v8::Local<v8::Value> argv[] = {context->Global(), error, trace};
  return fn->Call(context, v8::Undefined(context->GetIsolate()), 3, argv);
}

void SetPrepareStackTraceCallback(Environment& env,
                                  v8::Local<v8::Function> fn) {
  env.set_js_callback(JsCallback::kPrepareStackTrace, fn);
  env.isolate()->SetPrepareStackTraceCallback(PrepareStackTrace);
}

// setSourceMapErrorSource(fn or undefined): while source maps are on,
// lib/internal/source_map/ shows the source line of an uncaught error in
// the original source (GetErrorSource below).
void SetSourceMapErrorSource(Environment& env, v8::Local<v8::Value> fn) {
  env.set_js_callback(
      JsCallback::kMappedErrorSource,
      fn->IsFunction() ? fn.As<v8::Function>() : v8::Local<v8::Function>());
}

// The original "file:line / source / ^" text for `message` when it was
// thrown in code with a source map and source maps are on; empty otherwise
// (or when the original source cannot be read).
v8::MaybeLocal<v8::String> SourceMapErrorSource(
    v8::Isolate* isolate, v8::Local<v8::Context> context,
    v8::Local<v8::Message> message) {
  Environment* env = Environment::From(context);
  if (env == nullptr) return {};
  v8::Local<v8::Function> fn = env->js_callback(JsCallback::kMappedErrorSource);
  if (fn.IsEmpty()) return {};
  v8::ScriptOrigin origin = message->GetScriptOrigin();
  v8::Local<v8::Value> map_url = origin.SourceMapUrl();
  if (map_url.IsEmpty() || !map_url->IsString() ||
      map_url.As<v8::String>()->Length() == 0)
    return {};
  // The file the code was loaded from (the resource name of the message
  // is its `//# sourceURL=` when it has one).
  v8::Local<v8::Value> argv[] = {
      origin.ResourceName(),
      v8::Integer::New(isolate, message->GetLineNumber(context).FromMaybe(0)),
      v8::Integer::New(isolate, message->GetStartColumn(context).FromMaybe(0))};
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> result;
  if (!fn->Call(context, v8::Undefined(isolate), 3, argv).ToLocal(&result) ||
      !result->IsString())
    return {};
  return result.As<v8::String>();
}

void SetUvExceptionFactory(Environment& env, v8::Local<v8::Function> fn) {
  env.set_js_callback(JsCallback::kUvException, fn);
}

// noSideEffectsToString(value): a string for any value without running
// user code (no toString, no getters).
v8::MaybeLocal<v8::String> NoSideEffectsToString(Environment& env,
                                                 v8::Local<v8::Value> value) {
  return value->ToDetailString(env.context());
}

// getErrorSource(error) -> the "file:line / source / ^" text for where the
// error was created, or undefined.
v8::Local<v8::Value> GetErrorSourceOf(Environment& env,
                                      v8::Local<v8::Value> error) {
  v8::Local<v8::Message> message =
      v8::Exception::CreateMessage(env.isolate(), error);
  v8::Local<v8::String> text;
  if (GetErrorSource(env.isolate(), env.context(), message).ToLocal(&text))
    return text;
  return v8::Undefined(env.isolate());
}

constexpr Method kMethods[] = {
    {"triggerUncaughtException", Fn<&TriggerUncaughtExceptionFromJs>},
    {"setFatalExceptionHandler", Fn<&SetFatalExceptionHandler>},
    {"setUvExceptionFactory", Fn<&SetUvExceptionFactory>},
    {"setPrepareStackTraceCallback", Fn<&SetPrepareStackTraceCallback>},
    {"setSourceMapErrorSource", Fn<&SetSourceMapErrorSource>},
    {"noSideEffectsToString", Fn<&NoSideEffectsToString>},
    {"getErrorSource", Fn<&GetErrorSourceOf>},
};

}  // namespace

extern const Binding kErrorsBinding{"errors", kMethods};

v8::MaybeLocal<v8::String> GetErrorSource(v8::Isolate* isolate,
                                          v8::Local<v8::Context> context,
                                          v8::Local<v8::Message> message) {
  if (message.IsEmpty()) return {};
  v8::Local<v8::String> mapped;
  if (SourceMapErrorSource(isolate, context, message).ToLocal(&mapped))
    return mapped;
  v8::Local<v8::String> source_line;
  if (!message->GetSourceLine(context).ToLocal(&source_line)) return {};
  std::string line = ToUtf8(isolate, source_line);
  std::string filename = ToUtf8(isolate, message->GetScriptResourceName());
  int line_number = message->GetLineNumber(context).FromMaybe(0);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  // On a script's first line the columns include its column offset (vm's
  // columnOffset); the source line does not.
  v8::ScriptOrigin origin = message->GetScriptOrigin();
  if (line_number == origin.LineOffset() + 1 && origin.ColumnOffset() > 0) {
    start = std::max(0, start - origin.ColumnOffset());
    end = std::max(0, end - origin.ColumnOffset());
  }
  if (filename.empty() || line_number == 0) return {};
  // The columns count UTF-16 units; the line here is UTF-8. Map columns
  // over code points so that the caret stands under the right character.
  std::string out = filename + ":" + std::to_string(line_number) + "\n";
  out += line + "\n";
  int column = 0;
  for (size_t i = 0; i < line.size() && column < start; i++) {
    unsigned char c = line[i];
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    out += c == '\t' ? '\t' : ' ';
    column += c >= 0xF0 ? 2 : 1;
  }
  if (end <= start) end = start + 1;
  out.append(static_cast<size_t>(end - start), '^');
  out += "\n";
  return Utf8(isolate, out);
}

namespace {

// --trace-uncaught: where the value was thrown, from the stack V8 captured
// for the uncaught exception, in node's "Thrown at:" form.
v8::Local<v8::Value> ThrownAt(v8::Isolate* isolate,
                              v8::Local<v8::Message> message) {
  if (message.IsEmpty()) return v8::Undefined(isolate);
  v8::Local<v8::StackTrace> trace = message->GetStackTrace();
  if (trace.IsEmpty()) return v8::Undefined(isolate);
  std::string out = "Thrown at:\n";
  for (int i = 0; i < trace->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
    std::string file = ToUtf8(isolate, frame->GetScriptNameOrSourceURL());
    std::string name = ToUtf8(isolate, frame->GetFunctionName());
    std::string where = file + ":" + std::to_string(frame->GetLineNumber()) +
                        ":" + std::to_string(frame->GetColumn());
    if (frame->IsEval())
      out += "    at [eval] (" + where + ")\n";
    else if (name.empty())
      out += "    at " + where + "\n";
    else
      out += "    at " + name + " (" + where + ")\n";
  }
  return Utf8(isolate, out);
}

}  // namespace

void TriggerUncaughtException(Environment& env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message,
                              bool from_promise) {
  v8::Isolate* isolate = env.isolate();
  if (!env.can_call_into_js()) return;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Function> handler =
      env.js_callback(JsCallback::kFatalException);
  v8::Local<v8::Value> arrow = v8::Undefined(isolate);
  v8::Local<v8::String> arrow_text;
  if (!IsDecorated(isolate, context, error) &&
      GetErrorSource(isolate, context, message).ToLocal(&arrow_text))
    arrow = arrow_text;
  // Once lib/ is up the handler is process._fatalException, which a program
  // may replace; one that is no function gets the raw report and code 6.
  int exit_code = 1;
  if (!handler.IsEmpty()) {
    v8::Local<v8::Value> current;
    if (env.process_object()
            ->Get(context, Utf8(isolate, "_fatalException"))
            .ToLocal(&current) &&
        current->IsFunction()) {
      handler = current.As<v8::Function>();
    } else {
      handler.Clear();
      exit_code = 6;
    }
  }
  if (handler.IsEmpty()) {
    // Before lib/ is up, or without a handler: print what we can and give
    // up.
    std::string text = arrow->IsString() ? ToUtf8(isolate, arrow) + "\n" : "";
    v8::Local<v8::Value> stack;
    if (error->IsObject() &&
        error.As<v8::Object>()
            ->Get(context, Utf8(isolate, "stack"))
            .ToLocal(&stack) &&
        stack->IsString()) {
      text += ToUtf8(isolate, stack);
    } else {
      text += ToUtf8(isolate, error);
    }
    std::fprintf(stderr, "%s\n", text.c_str());
    env.Exit(exit_code);
    return;
  }
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> thrown_at = env.options().trace_uncaught
                                       ? ThrownAt(isolate, message)
                                       : v8::Undefined(isolate).As<v8::Value>();
  v8::Local<v8::Value> argv[] = {error, v8::Boolean::New(isolate, from_promise),
                                 arrow, thrown_at};
  v8::Local<v8::Value> handled;
  if (!handler->Call(context, env.process_object(), 4, argv)
           .ToLocal(&handled)) {
    // An 'uncaughtException' listener threw: node reports that error and
    // exits with 7.
    // Terminated (process.exit, Worker.terminate) while unwinding: V8 fails
    // every call until the outermost frame returns.
    if (try_catch.HasTerminated() || isolate->IsExecutionTerminating()) return;
    PrintExceptionRaw(env, try_catch);
    env.Exit(7);
    return;
  }
  if (handled->IsFalse()) env.Exit(env.exit_code());
}

void DecorateErrorStack(Environment& env, v8::Local<v8::Value> error,
                        v8::Local<v8::Message> message, bool blank_line) {
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env.context();
  if (!error->IsNativeError() || IsDecorated(isolate, context, error)) return;
  v8::Local<v8::Object> object = error.As<v8::Object>();
  v8::Local<v8::String> key = Utf8(isolate, "stack");
  v8::Local<v8::Value> stack;
  v8::Local<v8::String> arrow;
  if (!object->Get(context, key).ToLocal(&stack) || !stack->IsString() ||
      !GetErrorSource(isolate, context, message).ToLocal(&arrow))
    return;
  if (blank_line)
    arrow = v8::String::Concat(isolate, arrow, Utf8(isolate, "\n"));
  v8::Local<v8::String> decorated =
      v8::String::Concat(isolate, arrow, stack.As<v8::String>());
  bool ok =
      object->Set(context, key, decorated).FromMaybe(false) &&
      object->SetPrivate(context, DecoratedPrivate(isolate), v8::True(isolate))
          .FromMaybe(false);
  (void)ok;
}

void TriggerUncaughtException(Environment& env, const v8::TryCatch& try_catch) {
  if (try_catch.HasTerminated() || env.isolate()->IsExecutionTerminating())
    return;
  TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
}

void PrintExceptionRaw(Environment& env, const v8::TryCatch& try_catch) {
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env.context();
  std::string text;
  v8::Local<v8::String> arrow;
  if (GetErrorSource(isolate, context, try_catch.Message()).ToLocal(&arrow))
    text = ToUtf8(isolate, arrow) + "\n";
  v8::Local<v8::Value> stack;
  if (try_catch.StackTrace(context).ToLocal(&stack) && stack->IsString()) {
    text += ToUtf8(isolate, stack);
  } else {
    text += ToUtf8(isolate, try_catch.Exception());
  }
  std::fprintf(stderr, "%s\n", text.c_str());
  std::fflush(stderr);
}

void ThrowUVError(Environment& env, int err, const char* syscall,
                  const char* path, const char* dest) {
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Object> info = v8::Object::New(isolate);
  info->Set(context, Utf8(isolate, "errno"), v8::Integer::New(isolate, err))
      .Check();
  info->Set(context, Utf8(isolate, "syscall"), Utf8(isolate, syscall)).Check();
  if (path != nullptr)
    info->Set(context, Utf8(isolate, "path"), Utf8(isolate, path)).Check();
  if (dest != nullptr)
    info->Set(context, Utf8(isolate, "dest"), Utf8(isolate, dest)).Check();
  v8::Local<v8::Function> factory = env.js_callback(JsCallback::kUvException);
  CHECK(!factory.IsEmpty());
  v8::Local<v8::Value> argv[] = {info};
  v8::Local<v8::Value> error;
  // A nested call: the factory only builds the error; the caller throws it.
  if (factory->Call(context, v8::Undefined(isolate), 1, argv).ToLocal(&error))
    isolate->ThrowException(error);
}

void ThrowError(Environment& env, ErrorCode code, const char* message) {
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  for (const ErrorKind& kind : kErrorKinds) {
    if (kind.code != code) continue;
    v8::Local<v8::Value> error = kind.make(Utf8(isolate, message));
    error.As<v8::Object>()
        ->Set(env.context(), Utf8(isolate, "code"), Utf8(isolate, kind.name))
        .Check();
    isolate->ThrowException(error);
    return;
  }
  CHECK(false);
}

void PrintTraceWarning(Environment& env, const char* message) {
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  std::string out = "(node:" + std::to_string(uv_os_getpid());
  if (!env.is_main_thread())
    out += ", thread:" + std::to_string(env.thread_id());
  out += ") WARNING: ";
  out += message;
  out += "\n";
  v8::Local<v8::StackTrace> stack =
      v8::StackTrace::CurrentStackTrace(isolate, 10);
  for (int i = 0; i < stack->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = stack->GetFrame(isolate, i);
    std::string name = ToUtf8(isolate, frame->GetFunctionName());
    std::string where = ToUtf8(isolate, frame->GetScriptName()) + ":" +
                        std::to_string(frame->GetLineNumber()) + ":" +
                        std::to_string(frame->GetColumn());
    out += name.empty() ? "    at " + where + "\n"
                        : "    at " + name + " (" + where + ")\n";
  }
  out += "\n";
  std::fwrite(out.data(), 1, out.size(), stderr);
  std::fflush(stderr);
}

}  // namespace nodus
