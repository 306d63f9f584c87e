// SPDX-License-Identifier: MIT
// internalBinding('signal_wrap'): Signal, a uv_signal_t watcher for
// process.on('SIGINT') and friends (lib/internal/process/signals.js).
// Stopping the last watcher of a signal gives it back its default action
// (libuv restores SIG_DFL).

#include "binding.h"
#include "handle.h"
#include "stream_wrap.h"

namespace nodus::signal {
namespace {

// Lifetime: a Handle — strong until lib/ closes it (when the last listener
// of its signal is removed), deleted in the close callback.
class SignalWrap : public Handle<uv_signal_t> {
 public:
  static const WrapType kType;
  SignalWrap(Environment& env, v8::Local<v8::Object> object)
      : Handle(env, object, kType) {
    CHECK_EQ(uv_signal_init(env.loop(), handle()), 0);
    MarkInitialized();
  }

  int Start(int signum) { return uv_signal_start(handle(), OnSignal, signum); }
  int Stop() { return uv_signal_stop(handle()); }

 private:
  static void OnSignal(uv_signal_t* uv_handle, int signum) {
    auto* self = static_cast<SignalWrap*>(From(uv_handle));
    Environment& env = self->env();
    if (!env.can_call_into_js()) return;
    v8::HandleScope scope(env.isolate());
    v8::Context::Scope context_scope(env.context());
    v8::Local<v8::Value> argv[] = {v8::Integer::New(env.isolate(), signum)};
    stream::CallMethod(env, self->object(), "onsignal", 1, argv);
  }
};

const WrapType SignalWrap::kType{"SignalWrap"};

int32_t Start(Environment&, Receiver<SignalWrap> self, int32_t signum) {
  if (self->closing()) return UV_EINVAL;
  return self->Start(signum);
}

int32_t Stop(Environment&, Receiver<SignalWrap> self) {
  if (self->closing()) return 0;
  return self->Stop();
}

void Close(const CallbackInfo& info) {
  SignalWrap* self = Wrap::Unwrap<SignalWrap>(info.This());
  if (self != nullptr) self->Close();
}

void Ref(Environment&, Receiver<SignalWrap> self) { self->Ref(); }
void Unref(Environment&, Receiver<SignalWrap> self) { self->Unref(); }
bool HasRef(Environment&, Receiver<SignalWrap> self) { return self->HasRef(); }

constexpr Method kSignalMethods[] = {
    {"start", Fn<&Start>}, {"stop", Fn<&Stop>},   {"close", Fn<&Close>},
    {"ref", Fn<&Ref>},     {"unref", Fn<&Unref>}, {"hasRef", Fn<&HasRef>},
};

constexpr Class kClasses[] = {
    {"Signal", Construct<SignalWrap>, kSignalMethods}};

}  // namespace

extern const Binding kSignalWrapBinding{"signal_wrap", {}, {}, kClasses};

}  // namespace nodus::signal
