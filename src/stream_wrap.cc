// SPDX-License-Identifier: MIT
// internalBinding('stream_wrap'): the stream base shared by TCP, Pipe and
// TTY handles — zero-copy reads, write requests with backpressure,
// shutdown — and the WriteWrap/ShutdownWrap/ConnectWrap request classes.
// lib/internal/stream_base_commons.js and lib/net.js use it.

#include "stream_wrap.h"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace nodus::stream {
namespace {

// libuv hands reads this much memory; what is not used is given back.
constexpr size_t kReadBufferSize = 64 * 1024;

}  // namespace

const WrapType WriteWrap::kType{"WriteWrap"};
const WrapType ShutdownWrap::kType{"ShutdownWrap"};
const WrapType ConnectWrap::kType{"ConnectWrap"};

void SetProperty(Environment& env, v8::Local<v8::Object> object,
                 const char* name, v8::Local<v8::Value> value) {
  object->Set(env.context(), Utf8(env.isolate(), name), value).Check();
}

void CallMethod(Environment& env, v8::Local<v8::Object> object,
                const char* name, int argc, v8::Local<v8::Value>* argv) {
  v8::Local<v8::Value> fn;
  if (!object->Get(env.context(), Utf8(env.isolate(), name)).ToLocal(&fn) ||
      !fn->IsFunction())
    return;
  env.MakeCallback(fn.As<v8::Function>(), object, argc, argv);
}

StreamWrap* UnwrapStream(v8::Local<v8::Value> value) {
  if (!value->IsObject()) return nullptr;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  if (object->InternalFieldCount() < kWrapFieldCount) return nullptr;
  void* tag = object->GetAlignedPointerFromInternalField(kWrapTypeField);
  if (tag != &kTCPType && tag != &kPipeType && tag != &kTTYType) return nullptr;
  // All three classes derive from StreamWrap; field 1 holds the Wrap base.
  auto* wrap = static_cast<Wrap*>(
      object->GetAlignedPointerFromInternalField(kWrapPointerField));
  return static_cast<StreamWrap*>(wrap);
}

StreamWrap::StreamWrap(Environment& env, v8::Local<v8::Object> object,
                       const WrapType& type)
    : Handle(env, object, type) {}

struct StreamWrap::ExitDrain {
  StreamWrap* stream;
};

StreamWrap::~StreamWrap() {
  if (exit_drain_ != nullptr) exit_drain_->stream = nullptr;
  if (close_callback_.IsEmpty() || !env().can_call_into_js()) return;
  Environment& env = this->env();
  v8::HandleScope scope(env.isolate());
  v8::Context::Scope context_scope(env.context());
  v8::Local<v8::Object> object = this->object();
  v8::Local<v8::Function> callback = close_callback_.Get(env.isolate());
  close_callback_.Reset();
  // The C++ side is going away: make the JS object unwrap to nullptr before
  // any JS runs.
  object->SetAlignedPointerInInternalField(kWrapPointerField, nullptr);
  env.MakeCallback(callback, object, 0, nullptr);
}

void StreamWrap::CloseWithCallback(v8::Local<v8::Value> callback) {
  if (closing()) return;
  if (callback->IsFunction())
    close_callback_.Reset(env().isolate(), callback.As<v8::Function>());
  Close();
}

void StreamWrap::DrainWritesAtExit() {
  if (exit_drain_ != nullptr) return;
  exit_drain_ = new ExitDrain{this};
  env().AddCleanupHook(
      [](void* arg) {
        auto* drain = static_cast<ExitDrain*>(arg);
        // JS is off: write completions only free their requests. A reader
        // that went away ends the wait with EPIPE.
        while (drain->stream != nullptr && !drain->stream->closing() &&
               uv_stream_get_write_queue_size(drain->stream->stream()) > 0) {
          if (uv_run(drain->stream->env().loop(), UV_RUN_ONCE) == 0) break;
        }
        if (drain->stream != nullptr) drain->stream->exit_drain_ = nullptr;
        delete drain;
      },
      exit_drain_);
}

int StreamWrap::ReadStart() {
  if (closing()) return UV_EBADF;
  return uv_read_start(stream(), OnAlloc, OnRead);
}

int StreamWrap::ReadStop() {
  if (closing()) return 0;
  return uv_read_stop(stream());
}

void StreamWrap::OnAlloc(uv_handle_t*, size_t, uv_buf_t* buf) {
  buf->base = static_cast<char*>(std::malloc(kReadBufferSize));
  buf->len = buf->base == nullptr ? 0 : kReadBufferSize;
}

void StreamWrap::OnRead(uv_stream_t* uv_stream, ssize_t nread,
                        const uv_buf_t* buf) {
  auto* self =
      static_cast<StreamWrap*>(From(reinterpret_cast<UvStream*>(uv_stream)));
  Environment& env = self->env();
  if (nread <= 0 || !env.can_call_into_js()) {
    std::free(buf->base);
    // 0 is EAGAIN: nothing to report.
    if (nread == 0 || !env.can_call_into_js()) return;
  }
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env.context());
  v8::Local<v8::Value> argv[3] = {
      v8::Integer::New(isolate, static_cast<int32_t>(nread)),
      v8::Undefined(isolate), v8::Undefined(isolate)};
  if (nread > 0) {
    char* data = buf->base;
    auto size = static_cast<size_t>(nread);
    // Give back what the read did not use (glibc shrinks in place).
    if (size < buf->len) {
      if (char* smaller = static_cast<char*>(std::realloc(data, size)))
        data = smaller;
    }
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        data, size, [](void* bytes, size_t, void*) { std::free(bytes); },
        nullptr);
    argv[1] = v8::ArrayBuffer::New(isolate, std::move(store));
    v8::Local<v8::Value> pending;
    if (self->AcceptPendingHandle().ToLocal(&pending)) argv[2] = pending;
  }
  CallMethod(env, self->object(), "onread", 3, argv);
}

namespace {

size_t TotalLength(std::span<uv_buf_t> bufs) {
  size_t total = 0;
  for (const uv_buf_t& buf : bufs) total += buf.len;
  return total;
}

// Drops the first `written` bytes of `bufs`; returns the unwritten rest.
std::span<uv_buf_t> Advance(std::span<uv_buf_t> bufs, size_t written) {
  size_t i = 0;
  while (i < bufs.size() && written >= bufs[i].len) {
    written -= bufs[i].len;
    i++;
  }
  if (i < bufs.size()) {
    bufs[i].base += written;
    bufs[i].len -= written;
  }
  return bufs.subspan(i);
}

int DispatchWrite(StreamWrap* self, WriteWrap* req, std::span<uv_buf_t> bufs,
                  v8::Local<v8::Value> send_handle) {
  size_t total = TotalLength(bufs);
  StreamWrap* handle = UnwrapStream(send_handle);
  // Nothing to write and no handle to send: done at once, as a write that
  // went out whole (an async one would hold back the writes behind it).
  if (handle == nullptr && total == 0) {
    req->storage().clear();
    return 0;
  }
  if (handle == nullptr) {
    int written = uv_try_write(self->stream(), bufs.data(),
                               static_cast<unsigned>(bufs.size()));
    if (written < 0 && written != UV_EAGAIN && written != UV_ENOSYS)
      return written;
    if (written > 0) {
      if (static_cast<size_t>(written) == total) {
        req->storage().clear();
        return static_cast<int>(total);
      }
      bufs = Advance(bufs, static_cast<size_t>(written));
    }
  }
  int err = req->Dispatch([&](uv_write_t* uv_req) {
    if (handle != nullptr) {
      return uv_write2(uv_req, self->stream(), bufs.data(),
                       static_cast<unsigned>(bufs.size()), handle->stream(),
                       WriteWrap::OnComplete);
    }
    return uv_write(uv_req, self->stream(), bufs.data(),
                    static_cast<unsigned>(bufs.size()), WriteWrap::OnComplete);
  });
  if (err != 0) return err;
  Environment& env = self->env();
  SetProperty(env, req->object(), "async", v8::True(env.isolate()));
  return static_cast<int>(total);
}

WriteWrap* UnwrapWriteWrap(v8::Local<v8::Object> object) {
  WriteWrap* req = Wrap::Unwrap<WriteWrap>(object);
  CHECK(req != nullptr);
  return req;
}

}  // namespace

int StreamWrap::WriteBuffer(v8::Local<v8::Object> req_object, BytesArg data,
                            v8::Local<v8::Value> send_handle) {
  if (closing()) return UV_EBADF;
  WriteWrap* req = UnwrapWriteWrap(req_object);
  uv_buf_t buf = uv_buf_init(reinterpret_cast<char*>(data.data),
                             static_cast<unsigned>(data.size));
  return DispatchWrite(this, req, std::span<uv_buf_t>(&buf, 1), send_handle);
}

namespace {

// Appends the bytes of `text` (UTF-8 or Latin-1) to `out`.
void Encode(v8::Isolate* isolate, v8::Local<v8::String> text, bool latin1,
            std::string* out) {
  size_t start = out->size();
  if (latin1) {
    out->resize(start + static_cast<size_t>(text->Length()));
    text->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(out->data() + start),
                       0, text->Length(), v8::String::NO_NULL_TERMINATION);
    return;
  }
  size_t length = static_cast<size_t>(text->Utf8Length(isolate));
  out->resize(start + length);
  text->WriteUtf8(
      isolate, out->data() + start, static_cast<int>(length), nullptr,
      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
}

}  // namespace

int StreamWrap::WriteString(v8::Local<v8::Object> req_object,
                            v8::Local<v8::String> text, bool latin1,
                            v8::Local<v8::Value> send_handle) {
  if (closing()) return UV_EBADF;
  WriteWrap* req = UnwrapWriteWrap(req_object);
  req->storage().clear();
  Encode(env().isolate(), text, latin1, &req->storage());
  uv_buf_t buf = uv_buf_init(req->storage().data(),
                             static_cast<unsigned>(req->storage().size()));
  return DispatchWrite(this, req, std::span<uv_buf_t>(&buf, 1), send_handle);
}

int StreamWrap::Writev(v8::Local<v8::Object> req_object,
                       v8::Local<v8::Array> chunks, bool all_buffers) {
  if (closing()) return UV_EBADF;
  v8::Isolate* isolate = env().isolate();
  v8::Local<v8::Context> context = env().context();
  WriteWrap* req = UnwrapWriteWrap(req_object);
  req->storage().clear();
  uint32_t length = chunks->Length();
  uint32_t count = all_buffers ? length : length / 2;
  // Strings are encoded first, all into one storage string, so that the
  // buffers below can point into it once it no longer grows. An entry
  // remembers the storage offset (strings) or the view's bytes (buffers).
  struct Piece {
    char* base;
    size_t offset;
    size_t size;
  };
  std::vector<Piece> pieces(count);
  for (uint32_t i = 0; i < count; i++) {
    v8::Local<v8::Value> chunk;
    if (!chunks->Get(context, all_buffers ? i : i * 2).ToLocal(&chunk))
      return UV_EINVAL;
    if (chunk->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
      auto* base = static_cast<char*>(view->Buffer()->Data());
      pieces[i] = {base == nullptr ? nullptr : base + view->ByteOffset(), 0,
                   view->ByteLength()};
      continue;
    }
    CHECK(chunk->IsString());
    v8::Local<v8::Value> encoding;
    if (!chunks->Get(context, i * 2 + 1).ToLocal(&encoding)) return UV_EINVAL;
    bool latin1 = false;
    if (encoding->IsString()) {
      v8::String::Utf8Value name(isolate, encoding);
      latin1 = std::strcmp(*name, "latin1") == 0 ||
               std::strcmp(*name, "binary") == 0;
    }
    size_t offset = req->storage().size();
    Encode(isolate, chunk.As<v8::String>(), latin1, &req->storage());
    pieces[i] = {nullptr, offset, req->storage().size() - offset};
  }
  std::vector<uv_buf_t> bufs(count);
  for (uint32_t i = 0; i < count; i++) {
    char* base = pieces[i].base != nullptr
                     ? pieces[i].base
                     : req->storage().data() + pieces[i].offset;
    bufs[i] = uv_buf_init(base, static_cast<unsigned>(pieces[i].size));
  }
  return DispatchWrite(this, req, bufs, v8::Undefined(isolate));
}

int StreamWrap::Shutdown(v8::Local<v8::Object> req_object) {
  if (closing()) return UV_EBADF;
  ShutdownWrap* req = Wrap::Unwrap<ShutdownWrap>(req_object);
  CHECK(req != nullptr);
  return req->Dispatch([&](uv_shutdown_t* uv_req) {
    return uv_shutdown(uv_req, stream(), ShutdownWrap::OnComplete);
  });
}

v8::MaybeLocal<v8::Object> StreamWrap::NewHandleObject(const char* binding,
                                                       const char* name,
                                                       int type) {
  Environment& env = this->env();
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Object> target;
  v8::Local<v8::Value> constructor;
  if (!env.GetBinding(binding).ToLocal(&target) ||
      !target->Get(context, Utf8(isolate, name)).ToLocal(&constructor) ||
      !constructor->IsFunction())
    return {};
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, type)};
  return constructor.As<v8::Function>()->NewInstance(context, 1, argv);
}

void WriteWrap::OnComplete(uv_write_t* uv_req, int status) {
  auto* req = static_cast<WriteWrap*>(From(uv_req));
  CompletionScope<uv_write_t> scope(req);
  req->storage().clear();
  req->storage().shrink_to_fit();
  Environment& env = scope.env();
  if (!env.can_call_into_js()) return;
  v8::Local<v8::Value> argv[] = {v8::Integer::New(env.isolate(), status)};
  CallOnComplete(env, scope.object(), 1, argv);
}

void ShutdownWrap::OnComplete(uv_shutdown_t* uv_req, int status) {
  auto* req = static_cast<ShutdownWrap*>(From(uv_req));
  CompletionScope<uv_shutdown_t> scope(req);
  Environment& env = scope.env();
  if (!env.can_call_into_js()) return;
  v8::Local<v8::Value> argv[] = {v8::Integer::New(env.isolate(), status)};
  CallOnComplete(env, scope.object(), 1, argv);
}

void ConnectWrap::OnComplete(uv_connect_t* uv_req, int status) {
  auto* req = static_cast<ConnectWrap*>(From(uv_req));
  CompletionScope<uv_connect_t> scope(req);
  Environment& env = scope.env();
  if (!env.can_call_into_js()) return;
  v8::Isolate* isolate = env.isolate();
  auto* handle = static_cast<StreamWrap*>(
      StreamWrap::From(reinterpret_cast<UvStream*>(uv_req->handle)));
  bool readable = status == 0 && uv_is_readable(uv_req->handle) != 0;
  bool writable = status == 0 && uv_is_writable(uv_req->handle) != 0;
  v8::Local<v8::Value> argv[] = {
      v8::Integer::New(isolate, status), handle->object(), scope.object(),
      v8::Boolean::New(isolate, readable), v8::Boolean::New(isolate, writable)};
  CallOnComplete(env, scope.object(), 5, argv);
}

namespace {

constexpr Class kClasses[] = {
    {"WriteWrap", Construct<WriteWrap>, {}},
    {"ShutdownWrap", Construct<ShutdownWrap>, {}},
    {"ConnectWrap", Construct<ConnectWrap>, {}},
};

constexpr Constant kConstants[] = {
    {"kReadBufferSize", kReadBufferSize},
};

}  // namespace

extern const Binding kStreamWrapBinding{
    "stream_wrap", {}, kConstants, kClasses};

}  // namespace nodus::stream
