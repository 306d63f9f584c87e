// SPDX-License-Identifier: MIT
// internalBinding('pipe_wrap'): Pipe, a libuv pipe (uv_pipe_t) — Unix domain
// sockets for lib/net.js, the stdio pipes of lib/child_process.js, and IPC
// channels that carry handles. Reads and writes are the stream base's.

#include <sys/stat.h>

#include "stream_wrap.h"

namespace nodus::stream {

const WrapType kPipeType{"PipeWrap"};

namespace {

// The `type` a Pipe is constructed with (lib/net.js, child_process).
enum PipeType : int { kSocket = 0, kServer = 1, kIPC = 2 };

// Lifetime: a StreamWrap — strong until closed, deleted in the close
// callback.
class PipeWrap : public StreamWrap {
 public:
  static constexpr const WrapType& kType = kPipeType;
  PipeWrap(Environment& env, v8::Local<v8::Object> object, bool ipc)
      : StreamWrap(env, object, kType) {
    CHECK_EQ(uv_pipe_init(env.loop(), pipe(), ipc ? 1 : 0), 0);
    MarkInitialized();
  }

  uv_pipe_t* pipe() { return &handle()->pipe; }

  int Listen(int backlog) { return uv_listen(stream(), backlog, OnConnection); }

  // A handle sent along with the bytes just read (uv_write2 on the other
  // side), accepted into a new TCP or Pipe object.
  v8::MaybeLocal<v8::Value> AcceptPendingHandle() override {
    if (!pipe()->ipc || uv_pipe_pending_count(pipe()) == 0) return {};
    uv_handle_type type = uv_pipe_pending_type(pipe());
    v8::Local<v8::Object> object;
    if (type == UV_TCP) {
      if (!NewHandleObject("tcp_wrap", "TCP", 0).ToLocal(&object)) return {};
    } else if (type == UV_NAMED_PIPE) {
      if (!NewHandleObject("pipe_wrap", "Pipe", kSocket).ToLocal(&object))
        return {};
    } else {
      return {};
    }
    StreamWrap* wrap = UnwrapStream(object);
    CHECK(wrap != nullptr);
    if (uv_accept(stream(), wrap->stream()) != 0) {
      wrap->Close();
      return {};
    }
    return object;
  }

 private:
  static void OnConnection(uv_stream_t* server, int status) {
    auto* self =
        static_cast<PipeWrap*>(From(reinterpret_cast<UvStream*>(server)));
    Environment& env = self->env();
    if (!env.can_call_into_js()) return;
    v8::Isolate* isolate = env.isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env.context());
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status),
                                   v8::Undefined(isolate)};
    if (status == 0) {
      v8::Local<v8::Object> client_object;
      if (!self->NewHandleObject("pipe_wrap", "Pipe", kSocket)
               .ToLocal(&client_object))
        return;
      auto* client = Wrap::Unwrap<PipeWrap>(client_object);
      CHECK(client != nullptr);
      int err = uv_accept(server, client->stream());
      if (err != 0) {
        client->Close();
        argv[0] = v8::Integer::New(isolate, err);
      } else {
        argv[1] = client_object;
      }
    }
    CallMethod(env, self->object(), "onconnection", 2, argv);
  }
};

// new Pipe(type): type is SOCKET, SERVER or IPC.
void ConstructPipe(const CallbackInfo& info) {
  CHECK(info.IsConstructCall());
  CHECK(info[0]->IsInt32());
  new PipeWrap(EnvironmentOf(info), info.This(),
               info[0].As<v8::Int32>()->Value() == kIPC);
}

int32_t Open(Environment&, Receiver<PipeWrap> self, int32_t fd) {
  return uv_pipe_open(self->pipe(), fd);
}

int32_t Bind(Environment&, Receiver<PipeWrap> self, PathArg path) {
  return uv_pipe_bind(self->pipe(), path.c_str());
}

int32_t Listen(Environment&, Receiver<PipeWrap> self, int32_t backlog) {
  return self->Listen(backlog);
}

int32_t Connect(Environment&, Receiver<PipeWrap> self,
                v8::Local<v8::Object> req_object, PathArg path) {
  ConnectWrap* req = Wrap::Unwrap<ConnectWrap>(req_object);
  CHECK(req != nullptr);
  // uv_pipe_connect reports every failure through its callback.
  return req->Dispatch([&](uv_connect_t* uv_req) {
    uv_pipe_connect(uv_req, self->pipe(), path.c_str(),
                    ConnectWrap::OnComplete);
    return 0;
  });
}

int32_t Fchmod(Environment&, Receiver<PipeWrap> self, int32_t mode) {
  return uv_pipe_chmod(self->pipe(), mode);
}

// Windows only in libuv; accepted and ignored, as node does elsewhere.
void SetPendingInstances(Environment&, Receiver<PipeWrap>, int32_t) {}

constexpr std::array<Method, 7> kOwnMethods{{
    {"open", Guarded<PipeWrap, &Open>},
    {"bind", Guarded<PipeWrap, &Bind>},
    {"listen", Guarded<PipeWrap, &Listen>},
    {"connect", Guarded<PipeWrap, &Connect>},
    {"fchmod", Guarded<PipeWrap, &Fchmod>},
    {"setPendingInstances", Guarded<PipeWrap, &SetPendingInstances>},
    {"writeAsciiString", Guarded<PipeWrap, &WriteLatin1String<PipeWrap>>},
}};

constexpr auto kMethods = Concat(StreamMethods<PipeWrap>(), kOwnMethods);

constexpr Class kClasses[] = {{"Pipe", ConstructPipe, kMethods}};

constexpr Constant kConstants[] = {
    {"SOCKET", kSocket},          {"SERVER", kServer},          {"IPC", kIPC},
    {"UV_READABLE", UV_READABLE}, {"UV_WRITABLE", UV_WRITABLE},
};

}  // namespace

extern const Binding kPipeWrapBinding{"pipe_wrap", {}, kConstants, kClasses};

}  // namespace nodus::stream
