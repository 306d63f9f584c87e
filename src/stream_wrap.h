// SPDX-License-Identifier: MIT
// StreamWrap: the one base of every libuv stream handle (TCP in
// src/tcp_wrap.cc, Pipe in src/pipe_wrap.cc, TTY in src/tty_wrap.cc) — reads
// delivered to JS, write/shutdown requests, close with a callback. Used by
// lib/internal/stream_base_commons.js and lib/net.js.
#pragma once

#include <uv.h>
#include <v8.h>

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <type_traits>

#include "binding.h"
#include "handle.h"
#include "request.h"

namespace nodus::stream {

// Storage for any libuv stream: every member starts with the uv_stream_t
// fields, so a pointer to it is a valid uv_stream_t* and uv_handle_t*.
union UvStream {
  uv_stream_t stream;
  uv_tcp_t tcp;
  uv_pipe_t pipe;
  uv_tty_t tty;
};

// Lifetime: a Handle (strong until its uv_close callback, closed at
// Environment teardown). close(callback) keeps the JS callback in a Global
// until the close callback calls it; the destructor runs it, after clearing
// the JS object's pointer so that nothing can reach the dying C++ object.
// DrainWritesAtExit() allocates an ExitDrain shared with an Environment
// cleanup hook: the hook frees it; a stream deleted first only clears it.
class StreamWrap : public Handle<UvStream> {
 public:
  StreamWrap(Environment& env, v8::Local<v8::Object> object,
             const WrapType& type);
  ~StreamWrap() override;

  uv_stream_t* stream() { return &handle()->stream; }

  int ReadStart();
  int ReadStop();
  // Each returns a negative libuv error, or the number of bytes handed to
  // libuv. When the bytes did not all go out at once, a uv_write carries the
  // rest: `req.async` is set to true and req.oncomplete(status) follows.
  int WriteBuffer(v8::Local<v8::Object> req, BytesArg data,
                  v8::Local<v8::Value> send_handle);
  int WriteString(v8::Local<v8::Object> req, v8::Local<v8::String> text,
                  bool latin1, v8::Local<v8::Value> send_handle);
  int Writev(v8::Local<v8::Object> req, v8::Local<v8::Array> chunks,
             bool all_buffers);
  int Shutdown(v8::Local<v8::Object> req);
  void CloseWithCallback(v8::Local<v8::Value> callback);

  // For process.stdout/stderr over a pipe: at Environment teardown (after
  // process.exit() too), before handles are closed, the loop runs with JS
  // off until the bytes queued for writing on this stream have gone out.
  void DrainWritesAtExit();

  // For IPC pipes: a stream handle received with the data, made into a
  // TCP or Pipe JS object (pipe_wrap.cc / tcp_wrap.cc provide the makers).
  virtual v8::MaybeLocal<v8::Value> AcceptPendingHandle() { return {}; }

 protected:
  // Creates the JS object (and C++ wrap) of a new, unconnected handle of
  // binding `binding`, class `name`, constructed with `type`.
  v8::MaybeLocal<v8::Object> NewHandleObject(const char* binding,
                                             const char* name, int type);

 private:
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  v8::Global<v8::Function> close_callback_;
  // The cleanup hook's link back to this stream, cleared if the stream goes
  // first (the hook owns and frees it).
  struct ExitDrain;
  ExitDrain* exit_drain_ = nullptr;
};

// The type tags of the stream classes (tcp_wrap.cc, pipe_wrap.cc,
// tty_wrap.cc).
extern const WrapType kTCPType;
extern const WrapType kPipeType;
extern const WrapType kTTYType;

// Returns the StreamWrap behind a TCP, Pipe or TTY JS object (for
// send_handle, IPC and stdio), or nullptr.
StreamWrap* UnwrapStream(v8::Local<v8::Value> value);

// A JS-visible setter of properties: `object[name] = value` (checked).
void SetProperty(Environment& env, v8::Local<v8::Object> object,
                 const char* name, v8::Local<v8::Value> value);
// Calls object[name](...argv) through MakeCallback if it is a function.
void CallMethod(Environment& env, v8::Local<v8::Object> object,
                const char* name, int argc, v8::Local<v8::Value>* argv);

// Prototype methods shared by every stream class, for its Receiver type T.
template <typename T>
int32_t ReadStart(Environment&, Receiver<T> self) {
  return self->ReadStart();
}
template <typename T>
int32_t ReadStop(Environment&, Receiver<T> self) {
  return self->ReadStop();
}
template <typename T>
int32_t WriteBuffer(Environment& env, Receiver<T> self,
                    v8::Local<v8::Object> req, BytesArg data) {
  return self->WriteBuffer(req, data, v8::Undefined(env.isolate()));
}
// writeBufferWithHandle(req, buffer, handle): IPC only.
template <typename T>
int32_t WriteBufferWithHandle(Environment& env, Receiver<T> self,
                              v8::Local<v8::Object> req, BytesArg data,
                              v8::Local<v8::Object> send_handle) {
  return self->WriteBuffer(req, data, send_handle);
}
template <typename T>
int32_t WriteUtf8String(Environment& env, Receiver<T> self,
                        v8::Local<v8::Object> req, v8::Local<v8::String> text) {
  return self->WriteString(req, text, false, v8::Undefined(env.isolate()));
}
template <typename T>
int32_t WriteUtf8StringWithHandle(Environment& env, Receiver<T> self,
                                  v8::Local<v8::Object> req,
                                  v8::Local<v8::String> text,
                                  v8::Local<v8::Object> send_handle) {
  return self->WriteString(req, text, false, send_handle);
}
template <typename T>
int32_t WriteLatin1String(Environment& env, Receiver<T> self,
                          v8::Local<v8::Object> req,
                          v8::Local<v8::String> text) {
  return self->WriteString(req, text, true, v8::Undefined(env.isolate()));
}
template <typename T>
int32_t Writev(Environment& env, Receiver<T> self, v8::Local<v8::Object> req,
               v8::Local<v8::Array> chunks, bool all_buffers) {
  return self->Writev(req, chunks, all_buffers);
}
template <typename T>
int32_t Shutdown(Environment&, Receiver<T> self, v8::Local<v8::Object> req) {
  return self->Shutdown(req);
}
template <typename T>
void Close(const CallbackInfo& info) {
  T* self = Wrap::Unwrap<T>(info.This());
  // A second close() of a closed handle is a no-op, as in node.
  if (self == nullptr) return;
  self->CloseWithCallback(info[0]);
}
template <typename T>
void Ref(Environment&, Receiver<T> self) {
  self->Ref();
}
template <typename T>
void Unref(Environment&, Receiver<T> self) {
  self->Unref();
}
template <typename T>
bool HasRef(Environment&, Receiver<T> self) {
  return self->HasRef();
}
template <typename T>
double GetWriteQueueSize(Environment&, Receiver<T> self) {
  return static_cast<double>(uv_stream_get_write_queue_size(self->stream()));
}
template <typename T>
int32_t SetBlocking(Environment&, Receiver<T> self, bool blocking) {
  return uv_stream_set_blocking(self->stream(), blocking ? 1 : 0);
}
template <typename T>
int32_t GetFd(Environment&, Receiver<T> self) {
  uv_os_fd_t fd;
  if (uv_fileno(reinterpret_cast<uv_handle_t*>(self->stream()), &fd) != 0)
    return -1;
  return fd;
}
template <typename T>
bool IsReadable(Environment&, Receiver<T> self) {
  return uv_is_readable(self->stream()) != 0;
}
template <typename T>
bool IsWritable(Environment&, Receiver<T> self) {
  return uv_is_writable(self->stream()) != 0;
}

template <typename F>
struct ReturnOf;
template <typename R, typename... A>
struct ReturnOf<R (*)(A...)> {
  using Type = R;
};

// Fn<F> for a method of T that may be called after the handle was closed
// (its C++ side deleted): then it does nothing and returns UV_EBADF (or
// false / 0), as node's closed handles do, instead of failing a CHECK.
template <typename T, auto F>
void Guarded(const CallbackInfo& info) {
  if (Wrap::Unwrap<T>(info.This()) != nullptr) return Fn<F>(info);
  using R = typename ReturnOf<decltype(F)>::Type;
  if constexpr (std::is_same_v<R, int32_t>) {
    info.GetReturnValue().Set(UV_EBADF);
  } else if constexpr (std::is_same_v<R, bool>) {
    info.GetReturnValue().Set(false);
  } else if constexpr (std::is_same_v<R, double>) {
    info.GetReturnValue().Set(0);
  }
}

constexpr size_t kStreamMethodCount = 17;

template <typename T>
constexpr std::array<Method, kStreamMethodCount> StreamMethods() {
  return {{
      {"readStart", Guarded<T, &ReadStart<T>>},
      {"readStop", Guarded<T, &ReadStop<T>>},
      {"writeBuffer", Guarded<T, &WriteBuffer<T>>},
      {"writeBufferWithHandle", Guarded<T, &WriteBufferWithHandle<T>>},
      {"writeUtf8String", Guarded<T, &WriteUtf8String<T>>},
      {"writeUtf8StringWithHandle", Guarded<T, &WriteUtf8StringWithHandle<T>>},
      {"writeLatin1String", Guarded<T, &WriteLatin1String<T>>},
      {"writev", Guarded<T, &Writev<T>>},
      {"shutdown", Guarded<T, &Shutdown<T>>},
      {"close", Fn<&Close<T>>},
      {"ref", Guarded<T, &Ref<T>>},
      {"unref", Guarded<T, &Unref<T>>},
      {"hasRef", Guarded<T, &HasRef<T>>},
      {"getWriteQueueSize", Guarded<T, &GetWriteQueueSize<T>>},
      {"setBlocking", Guarded<T, &SetBlocking<T>>},
      {"getFd", Guarded<T, &GetFd<T>>},
      {"isReadable", Guarded<T, &IsReadable<T>>},
  }};
}

// The stream methods followed by a class's own ones, as one table.
template <size_t N, size_t M>
constexpr std::array<Method, N + M> Concat(const std::array<Method, N>& a,
                                           const std::array<Method, M>& b) {
  std::array<Method, N + M> out{};
  for (size_t i = 0; i < N; i++) out[i] = a[i];
  for (size_t i = 0; i < M; i++) out[N + i] = b[i];
  return out;
}

// The request classes (WriteWrap, ShutdownWrap, ConnectWrap) completing
// through `oncomplete`.
// Lifetime: Request (weak while idle, strong while libuv holds it).
// WriteWrap also owns the encoded bytes of a string write until it completes.
class WriteWrap : public Request<uv_write_t> {
 public:
  static const WrapType kType;
  WriteWrap(Environment& env, v8::Local<v8::Object> object)
      : Request(env, object, kType) {}
  // The encoded bytes of string writes, in flight until completion.
  std::string& storage() { return storage_; }
  static void OnComplete(uv_write_t* req, int status);

 private:
  std::string storage_;
};

// Lifetime: Request.
class ShutdownWrap : public Request<uv_shutdown_t> {
 public:
  static const WrapType kType;
  ShutdownWrap(Environment& env, v8::Local<v8::Object> object)
      : Request(env, object, kType) {}
  static void OnComplete(uv_shutdown_t* req, int status);
};

// Lifetime: Request. Completion: oncomplete(status, handle, req, readable,
// writable), as node's.
class ConnectWrap : public Request<uv_connect_t> {
 public:
  static const WrapType kType;
  ConnectWrap(Environment& env, v8::Local<v8::Object> object)
      : Request(env, object, kType) {}
  static void OnComplete(uv_connect_t* req, int status);
};

}  // namespace nodus::stream
