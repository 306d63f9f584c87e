// SPDX-License-Identifier: MIT
// The file watchers of internalBinding('fs'): FSEvent (uv_fs_event_t, for
// fs.watch) and StatWatcher (uv_fs_poll_t, for fs.watchFile).

#include <string>

#include "fs.h"
#include "handle.h"

namespace nodus::fs {
namespace {

void SetProperty(Environment& env, v8::Local<v8::Object> object,
                 const char* name, v8::Local<v8::Value> value) {
  object->Set(env.context(), Utf8(env.isolate(), name), value).Check();
}

// Calls `object.onchange(...argv)` as a macrotask.
void CallOnChange(Environment& env, v8::Local<v8::Object> object, int argc,
                  v8::Local<v8::Value>* argv) {
  v8::Local<v8::Value> onchange;
  if (!object->Get(env.context(), Utf8(env.isolate(), "onchange"))
           .ToLocal(&onchange) ||
      !onchange->IsFunction())
    return;
  env.MakeCallback(onchange.As<v8::Function>(), object, argc, argv);
}

// Lifetime: see Handle — strong until closed (lib/ closes it when the
// FSWatcher is closed), deleted in the close callback.
class FSEvent : public Handle<uv_fs_event_t> {
 public:
  static const WrapType kType;
  FSEvent(Environment& env, v8::Local<v8::Object> object)
      : Handle(env, object, kType) {
    SetProperty(env, object, "initialized", v8::False(env.isolate()));
  }

  int Start(const std::string& path, bool persistent, bool recursive) {
    int err = uv_fs_event_init(env().loop(), handle());
    if (err != 0) return err;
    MarkInitialized();
    err = uv_fs_event_start(handle(), OnEvent, path.c_str(),
                            recursive ? UV_FS_EVENT_RECURSIVE : 0);
    if (err != 0) return err;
    if (!persistent) Unref();
    SetProperty(env(), object(), "initialized", v8::True(env().isolate()));
    return 0;
  }

 private:
  static void OnEvent(uv_fs_event_t* uv_handle, const char* filename,
                      int events, int status) {
    auto* self = static_cast<FSEvent*>(From(uv_handle));
    Environment& env = self->env();
    if (!env.can_call_into_js()) return;
    v8::Isolate* isolate = env.isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env.context());
    // A 'change' and a 'rename' in one event are reported as 'rename'.
    const char* type = (events & UV_RENAME) ? "rename" : "change";
    v8::Local<v8::Value> name = v8::Null(isolate);
    if (filename != nullptr) {
      v8::Local<v8::String> text;
      if (v8::String::NewFromUtf8(isolate, filename).ToLocal(&text))
        name = text;
    }
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status),
                                   Utf8(isolate, type), name};
    CallOnChange(env, self->object(), 3, argv);
  }
};

const WrapType FSEvent::kType{"FSEventWrap", "FSEVENTWRAP"};

int32_t FSEventStart(Environment& env, Receiver<FSEvent> self, PathArg path,
                     bool persistent, bool recursive) {
  return self->Start(path.value, persistent, recursive);
}

// Lifetime: as FSEvent.
class StatWatcher : public Handle<uv_fs_poll_t> {
 public:
  static const WrapType kType;
  StatWatcher(Environment& env, v8::Local<v8::Object> object)
      : Handle(env, object, kType) {}

  int Start(const std::string& path, uint32_t interval, bool bigint) {
    bigint_ = bigint;
    int err = uv_fs_poll_init(env().loop(), handle());
    if (err != 0) return err;
    MarkInitialized();
    return uv_fs_poll_start(handle(), OnChange, path.c_str(), interval);
  }

 private:
  static void OnChange(uv_fs_poll_t* uv_handle, int status,
                       const uv_stat_t* previous, const uv_stat_t* current) {
    auto* self = static_cast<StatWatcher*>(From(uv_handle));
    Environment& env = self->env();
    if (!env.can_call_into_js()) return;
    v8::HandleScope scope(env.isolate());
    v8::Context::Scope context_scope(env.context());
    v8::Local<v8::Value> argv[] = {v8::Integer::New(env.isolate(), status),
                                   StatArray(env, *current, self->bigint_),
                                   StatArray(env, *previous, self->bigint_)};
    CallOnChange(env, self->object(), 3, argv);
  }

  bool bigint_ = false;
};

const WrapType StatWatcher::kType{"StatWatcher", "STATWATCHER"};

int32_t StatWatcherStart(Environment& env, Receiver<StatWatcher> self,
                         PathArg path, uint32_t interval, bool bigint) {
  return self->Start(path.value, interval, bigint);
}

template <typename T>
void CloseHandle(Environment& env, Receiver<T> self) {
  self->Close();
}
template <typename T>
void RefHandle(Environment& env, Receiver<T> self) {
  self->Ref();
}
template <typename T>
void UnrefHandle(Environment& env, Receiver<T> self) {
  self->Unref();
}
template <typename T>
bool HasRefHandle(Environment& env, Receiver<T> self) {
  return self->HasRef();
}

constexpr Method kFSEventMethods[] = {
    {"start", Fn<&FSEventStart>},
    {"close", Fn<&CloseHandle<FSEvent>>},
    {"ref", Fn<&RefHandle<FSEvent>>},
    {"unref", Fn<&UnrefHandle<FSEvent>>},
    {"hasRef", Fn<&HasRefHandle<FSEvent>>},
};

constexpr Method kStatWatcherMethods[] = {
    {"start", Fn<&StatWatcherStart>},
    {"close", Fn<&CloseHandle<StatWatcher>>},
    {"ref", Fn<&RefHandle<StatWatcher>>},
    {"unref", Fn<&UnrefHandle<StatWatcher>>},
    {"hasRef", Fn<&HasRefHandle<StatWatcher>>},
};

constexpr Class kFSEventClass{"FSEvent", Construct<FSEvent>, kFSEventMethods};
constexpr Class kStatWatcherClass{"StatWatcher", Construct<StatWatcher>,
                                  kStatWatcherMethods};

}  // namespace

void InitializeFsWatch(Environment& env, v8::Local<v8::Object> target) {
  InstallClass(env, target, kFSEventClass);
  InstallClass(env, target, kStatWatcherClass);
}

}  // namespace nodus::fs
