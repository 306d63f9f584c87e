// SPDX-License-Identifier: MIT
// internalBinding('tty_wrap'): TTY, a terminal as a libuv stream (uv_tty_t)
// for lib/tty.js — raw mode and window size on top of the stream base
// (src/stream_wrap.cc) — plus isTTY(fd) and guessHandleType(fd), which
// lib/internal/process/stdio.js and lib/internal/net.js use to pick a stream.

#include "stream_wrap.h"

namespace nodus::stream {

const WrapType kTTYType{"TTYWrap"};

namespace {

// Lifetime: a StreamWrap — strong until closed, deleted in the close
// callback. When uv_tty_init fails the handle is closed (deleted) at once
// and the JS object, left unwrapped, is never used: lib/tty.js throws.
class TTYWrap : public StreamWrap {
 public:
  static constexpr const WrapType& kType = kTTYType;
  TTYWrap(Environment& env, v8::Local<v8::Object> object)
      : StreamWrap(env, object, kType) {}

  // Returns 0 or the libuv error of uv_tty_init.
  int Init(int fd) {
    // The last argument is ignored on Unix: libuv reopens the terminal
    // with the fd's own access mode.
    int err = uv_tty_init(env().loop(), tty(), fd, 0);
    if (err == 0) MarkInitialized();
    return err;
  }

  uv_tty_t* tty() { return &handle()->tty; }
};

// new TTY(fd, ctx): on failure, ctx.errno and ctx.syscall say why (lib/tty.js
// turns them into ERR_TTY_INIT_FAILED).
void ConstructTTY(const CallbackInfo& info) {
  CHECK(info.IsConstructCall());
  CHECK(info[0]->IsInt32());
  CHECK(info[1]->IsObject());
  Environment& env = EnvironmentOf(info);
  int fd = info[0].As<v8::Int32>()->Value();
  CHECK_GE(fd, 0);
  auto* wrap = new TTYWrap(env, info.This());
  int err = wrap->Init(fd);
  if (err == 0) return;
  wrap->Close();
  v8::Local<v8::Object> ctx = info[1].As<v8::Object>();
  SetProperty(env, ctx, "errno", v8::Integer::New(env.isolate(), err));
  SetProperty(env, ctx, "syscall",
              v8::String::NewFromUtf8Literal(env.isolate(), "uv_tty_init"));
}

// getWindowSize(out): out[0] = columns, out[1] = rows; returns 0 or an error.
int32_t GetWindowSize(Environment& env, Receiver<TTYWrap> self,
                      v8::Local<v8::Array> out) {
  int width = 0;
  int height = 0;
  int err = uv_tty_get_winsize(self->tty(), &width, &height);
  if (err != 0) return err;
  v8::Local<v8::Context> context = env.context();
  v8::Isolate* isolate = env.isolate();
  if (out->Set(context, 0, v8::Integer::New(isolate, width)).IsNothing() ||
      out->Set(context, 1, v8::Integer::New(isolate, height)).IsNothing())
    return UV_EINVAL;
  return 0;
}

// setRawMode(flag): raw (no echo, no line editing, no signals from keys)
// or back to the mode the terminal had.
int32_t SetRawMode(Environment&, Receiver<TTYWrap> self, bool flag) {
  return uv_tty_set_mode(self->tty(),
                         flag ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL);
}

bool IsTTY(Environment&, int32_t fd) {
  return fd >= 0 && uv_guess_handle(fd) == UV_TTY;
}

// What kind of object an fd is: 'TTY', 'PIPE' (also Unix sockets), 'FILE'
// (also character devices such as /dev/null), 'TCP', 'UDP' or 'UNKNOWN'.
std::string GuessHandleType(Environment&, int32_t fd) {
  if (fd < 0) return "INVALID";
  switch (uv_guess_handle(fd)) {
    case UV_TTY:
      return "TTY";
    case UV_NAMED_PIPE:
      return "PIPE";
    case UV_FILE:
      return "FILE";
    case UV_TCP:
      return "TCP";
    case UV_UDP:
      return "UDP";
    default:
      return "UNKNOWN";
  }
}

constexpr std::array<Method, 2> kOwnMethods{{
    {"getWindowSize", Guarded<TTYWrap, &GetWindowSize>},
    {"setRawMode", Guarded<TTYWrap, &SetRawMode>},
}};

constexpr auto kTTYMethods = Concat(StreamMethods<TTYWrap>(), kOwnMethods);

constexpr Class kClasses[] = {{"TTY", ConstructTTY, kTTYMethods}};

constexpr Method kMethods[] = {
    {"isTTY", Fn<&IsTTY>},
    {"guessHandleType", Fn<&GuessHandleType>},
};

}  // namespace

extern const Binding kTtyWrapBinding{"tty_wrap", kMethods, {}, kClasses};

}  // namespace nodus::stream
