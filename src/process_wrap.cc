// SPDX-License-Identifier: MIT
// internalBinding('process_wrap'): Process, a child process (uv_process_t)
// for lib/internal/child_process.js — spawn with stdio pipes, inherited fds
// or ignored slots, kill, and onexit(exitCode, signalNumber).

#include "process_wrap.h"

#include <cstring>

#include "binding.h"
#include "handle.h"
#include "stream_wrap.h"

namespace nodus::process {
namespace {

bool GetProperty(Environment& env, v8::Local<v8::Object> object,
                 const char* name, v8::Local<v8::Value>* out) {
  return object->Get(env.context(), Utf8(env.isolate(), name)).ToLocal(out);
}

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return std::string(*utf8 == nullptr ? "" : *utf8, utf8.length());
}

bool ReadStringArray(Environment& env, v8::Local<v8::Value> value,
                     std::vector<std::string>* out) {
  if (!value->IsArray()) return true;
  v8::Local<v8::Array> array = value.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!array->Get(env.context(), i).ToLocal(&item)) return false;
    out->push_back(ToUtf8(env.isolate(), item));
  }
  return true;
}

bool ParseStdio(Environment& env, v8::Local<v8::Object> slot, StdioSpec* spec) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Value> type;
  v8::Local<v8::Value> value;
  if (!GetProperty(env, slot, "type", &type)) return false;
  std::string name = ToUtf8(isolate, type);
  if (name == "pipe" || name == "overlapped" || name == "ipc") {
    spec->type = StdioSpec::Type::kPipe;
  } else if (name == "fd" || name == "inherit") {
    spec->type = StdioSpec::Type::kFd;
  } else if (name == "wrap") {
    spec->type = StdioSpec::Type::kWrap;
  } else {
    spec->type = StdioSpec::Type::kIgnore;
  }
  if (!GetProperty(env, slot, "handle", &value)) return false;
  if (value->IsObject()) spec->handle = value.As<v8::Object>();
  if (!GetProperty(env, slot, "fd", &value)) return false;
  if (value->IsInt32()) spec->fd = value.As<v8::Int32>()->Value();
  if (!GetProperty(env, slot, "readable", &value)) return false;
  spec->readable = value->IsTrue();
  if (!GetProperty(env, slot, "writable", &value)) return false;
  spec->writable = value->IsTrue();
  if (!GetProperty(env, slot, "input", &value)) return false;
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    spec->input.resize(view->ByteLength());
    view->CopyContents(spec->input.data(), spec->input.size());
  }
  return true;
}

}  // namespace

bool SpawnOptions::Parse(Environment& env, v8::Local<v8::Object> options) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Value> value;
  if (!GetProperty(env, options, "file", &value)) return false;
  file = ToUtf8(isolate, value);
  if (!GetProperty(env, options, "args", &value) ||
      !ReadStringArray(env, value, &args))
    return false;
  if (!GetProperty(env, options, "envPairs", &value)) return false;
  has_env = value->IsArray();
  if (!ReadStringArray(env, value, &this->env)) return false;
  if (!GetProperty(env, options, "cwd", &value)) return false;
  if (value->IsString()) cwd = ToUtf8(isolate, value);
  if (!GetProperty(env, options, "detached", &value)) return false;
  detached = value->IsTrue();
  if (!GetProperty(env, options, "uid", &value)) return false;
  if (value->IsInt32()) {
    has_uid = true;
    uid = static_cast<uv_uid_t>(value.As<v8::Int32>()->Value());
  }
  if (!GetProperty(env, options, "gid", &value)) return false;
  if (value->IsInt32()) {
    has_gid = true;
    gid = static_cast<uv_gid_t>(value.As<v8::Int32>()->Value());
  }
  if (!GetProperty(env, options, "timeout", &value)) return false;
  if (value->IsNumber()) timeout = value.As<v8::Number>()->Value();
  if (!GetProperty(env, options, "maxBuffer", &value)) return false;
  if (value->IsNumber()) max_buffer = value.As<v8::Number>()->Value();
  if (!GetProperty(env, options, "killSignal", &value)) return false;
  if (value->IsInt32()) kill_signal = value.As<v8::Int32>()->Value();
  if (!GetProperty(env, options, "stdio", &value)) return false;
  if (value->IsArray()) {
    v8::Local<v8::Array> slots = value.As<v8::Array>();
    stdio.resize(slots->Length());
    for (uint32_t i = 0; i < slots->Length(); i++) {
      v8::Local<v8::Value> slot;
      if (!slots->Get(context, i).ToLocal(&slot)) return false;
      if (slot->IsObject() &&
          !ParseStdio(env, slot.As<v8::Object>(), &stdio[i]))
        return false;
    }
  }
  return true;
}

namespace {

// Lifetime: a Handle — strong from construction until its uv_close
// callback; lib/ closes it once the exit was reported (or the spawn failed:
// uv_spawn initialises the handle even then).
class ProcessWrap : public Handle<uv_process_t> {
 public:
  static const WrapType kType;
  ProcessWrap(Environment& env, v8::Local<v8::Object> object)
      : Handle(env, object, kType) {}

  int Spawn(SpawnOptions& spec) {
    // A stream slot whose handle was closed meanwhile cannot be used.
    for (const StdioSpec& slot : spec.stdio) {
      if ((slot.type == StdioSpec::Type::kPipe ||
           slot.type == StdioSpec::Type::kWrap) &&
          (slot.handle.IsEmpty() ||
           stream::UnwrapStream(slot.handle) == nullptr))
        return UV_EBADF;
    }
    UvSpawnOptions uv_options;
    BuildUvOptions(
        spec, OnExit,
        [&](size_t i) -> uv_stream_t* {
          stream::StreamWrap* wrap = stream::UnwrapStream(spec.stdio[i].handle);
          CHECK(wrap != nullptr);
          return wrap->stream();
        },
        &uv_options);
    int err = uv_spawn(env().loop(), handle(), &uv_options.options);
    MarkInitialized();
    if (err == 0) {
      stream::SetProperty(env(), object(), "pid",
                          v8::Integer::New(env().isolate(), handle()->pid));
    }
    return err;
  }

 private:
  static void OnExit(uv_process_t* process, int64_t exit_status,
                     int term_signal) {
    auto* self = static_cast<ProcessWrap*>(From(process));
    Environment& env = self->env();
    if (!env.can_call_into_js()) return;
    v8::Isolate* isolate = env.isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env.context());
    v8::Local<v8::Value> argv[] = {
        v8::Number::New(isolate, static_cast<double>(exit_status)),
        v8::Integer::New(isolate, term_signal)};
    stream::CallMethod(env, self->object(), "onexit", 2, argv);
  }
};

const WrapType ProcessWrap::kType{"ProcessWrap"};

// spawn(options) -> 0 or a negative errno (lib/ reports it).
int32_t Spawn(Environment& env, Receiver<ProcessWrap> self,
              v8::Local<v8::Object> options) {
  SpawnOptions spec;
  if (!spec.Parse(env, options)) return UV_EINVAL;
  return self->Spawn(spec);
}

int32_t Kill(Environment&, Receiver<ProcessWrap> self, int32_t signal) {
  if (self->closing()) return UV_ESRCH;
  return uv_process_kill(self->handle(), signal);
}

void Close(const CallbackInfo& info) {
  ProcessWrap* self = Wrap::Unwrap<ProcessWrap>(info.This());
  if (self != nullptr) self->Close();
}

void Ref(Environment&, Receiver<ProcessWrap> self) { self->Ref(); }
void Unref(Environment&, Receiver<ProcessWrap> self) { self->Unref(); }
bool HasRef(Environment&, Receiver<ProcessWrap> self) { return self->HasRef(); }

constexpr Method kProcessMethods[] = {
    {"spawn", Fn<&Spawn>}, {"kill", Fn<&Kill>},   {"close", Fn<&Close>},
    {"ref", Fn<&Ref>},     {"unref", Fn<&Unref>}, {"hasRef", Fn<&HasRef>},
};

constexpr Class kClasses[] = {
    {"Process", Construct<ProcessWrap>, kProcessMethods}};

}  // namespace

extern const Binding kProcessWrapBinding{"process_wrap", {}, {}, kClasses};

}  // namespace nodus::process
