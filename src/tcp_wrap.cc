// SPDX-License-Identifier: MIT
// internalBinding('tcp_wrap'): TCP, a libuv TCP stream (uv_tcp_t) for
// lib/net.js — bind/listen/accept, connect, addresses and socket options.
// Reads and writes are the stream base's (src/stream_wrap.cc).

#include <netinet/in.h>
#include <sys/socket.h>

#include "stream_wrap.h"

namespace nodus::stream {

const WrapType kTCPType{"TCP"};

namespace {

// The `type` a TCP is constructed with (lib/net.js).
enum TcpType : int { kSocket = 0, kServer = 1 };

// Lifetime: a StreamWrap — strong until closed, deleted in the close
// callback. An accepted connection is a new TCP made by OnConnection.
class TCPWrap : public StreamWrap {
 public:
  static constexpr const WrapType& kType = kTCPType;
  TCPWrap(Environment& env, v8::Local<v8::Object> object, int32_t kind)
      : StreamWrap(env, object, kType), kind_(kind) {
    CHECK_EQ(uv_tcp_init(env.loop(), tcp()), 0);
    MarkInitialized();
  }

  const char* ResourceName() const override {
    return kind_ == kServer ? "TCPServerWrap" : "TCPSocketWrap";
  }

  uv_tcp_t* tcp() { return &handle()->tcp; }

  int Listen(int backlog) { return uv_listen(stream(), backlog, OnConnection); }

 private:
  int32_t kind_;
  static void OnConnection(uv_stream_t* server, int status) {
    auto* self =
        static_cast<TCPWrap*>(From(reinterpret_cast<UvStream*>(server)));
    Environment& env = self->env();
    if (!env.can_call_into_js()) return;
    v8::Isolate* isolate = env.isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env.context());
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status),
                                   v8::Undefined(isolate)};
    if (status == 0) {
      v8::Local<v8::Object> client_object;
      if (!self->NewHandleObject("tcp_wrap", "TCP", kSocket)
               .ToLocal(&client_object))
        return;
      auto* client = Wrap::Unwrap<TCPWrap>(client_object);
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

void ConstructTCP(const CallbackInfo& info) {
  CHECK(info.IsConstructCall());
  int32_t kind = info[0]->IsInt32() ? info[0].As<v8::Int32>()->Value() : 0;
  new TCPWrap(EnvironmentOf(info), info.This(), kind);
}

int32_t Open(Environment&, Receiver<TCPWrap> self, int32_t fd) {
  return uv_tcp_open(self->tcp(), fd);
}

int32_t Bind(Environment&, Receiver<TCPWrap> self, Utf8Arg address,
             int32_t port) {
  sockaddr_in addr;
  int err = uv_ip4_addr(address.value.c_str(), port, &addr);
  if (err != 0) return err;
  return uv_tcp_bind(self->tcp(), reinterpret_cast<const sockaddr*>(&addr), 0);
}

int32_t Bind6(Environment&, Receiver<TCPWrap> self, Utf8Arg address,
              int32_t port, int32_t flags) {
  sockaddr_in6 addr;
  int err = uv_ip6_addr(address.value.c_str(), port, &addr);
  if (err != 0) return err;
  return uv_tcp_bind(self->tcp(), reinterpret_cast<const sockaddr*>(&addr),
                     static_cast<unsigned>(flags));
}

int32_t Listen(Environment&, Receiver<TCPWrap> self, int32_t backlog) {
  return self->Listen(backlog);
}

int32_t ConnectTo(TCPWrap* self, v8::Local<v8::Object> req_object,
                  const sockaddr* addr) {
  ConnectWrap* req = Wrap::Unwrap<ConnectWrap>(req_object);
  CHECK(req != nullptr);
  return req->Dispatch([&](uv_connect_t* uv_req) {
    return uv_tcp_connect(uv_req, self->tcp(), addr, ConnectWrap::OnComplete);
  });
}

int32_t Connect(Environment&, Receiver<TCPWrap> self, v8::Local<v8::Object> req,
                Utf8Arg address, int32_t port) {
  sockaddr_in addr;
  int err = uv_ip4_addr(address.value.c_str(), port, &addr);
  if (err != 0) return err;
  return ConnectTo(self.self, req, reinterpret_cast<const sockaddr*>(&addr));
}

int32_t Connect6(Environment&, Receiver<TCPWrap> self,
                 v8::Local<v8::Object> req, Utf8Arg address, int32_t port) {
  sockaddr_in6 addr;
  int err = uv_ip6_addr(address.value.c_str(), port, &addr);
  if (err != 0) return err;
  return ConnectTo(self.self, req, reinterpret_cast<const sockaddr*>(&addr));
}

// Fills `out` with { address, family, port } as node's address().
void FillAddress(Environment& env, const sockaddr_storage& storage,
                 v8::Local<v8::Object> out) {
  v8::Isolate* isolate = env.isolate();
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "IPv4";
  if (storage.ss_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(&storage);
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(&storage);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
  }
  SetProperty(env, out, "address",
              v8::String::NewFromUtf8(isolate, ip).ToLocalChecked());
  SetProperty(env, out, "family",
              v8::String::NewFromUtf8(isolate, family).ToLocalChecked());
  SetProperty(env, out, "port", v8::Integer::New(isolate, port));
}

int32_t GetSockName(Environment& env, Receiver<TCPWrap> self,
                    v8::Local<v8::Object> out) {
  sockaddr_storage storage{};
  int length = sizeof(storage);
  int err = uv_tcp_getsockname(self->tcp(),
                               reinterpret_cast<sockaddr*>(&storage), &length);
  if (err == 0) FillAddress(env, storage, out);
  return err;
}

int32_t GetPeerName(Environment& env, Receiver<TCPWrap> self,
                    v8::Local<v8::Object> out) {
  sockaddr_storage storage{};
  int length = sizeof(storage);
  int err = uv_tcp_getpeername(self->tcp(),
                               reinterpret_cast<sockaddr*>(&storage), &length);
  if (err == 0) FillAddress(env, storage, out);
  return err;
}

int32_t SetNoDelay(Environment&, Receiver<TCPWrap> self, bool enable) {
  return uv_tcp_nodelay(self->tcp(), enable ? 1 : 0);
}

int32_t SetKeepAlive(Environment&, Receiver<TCPWrap> self, bool enable,
                     uint32_t delay_secs) {
  return uv_tcp_keepalive(self->tcp(), enable ? 1 : 0, delay_secs);
}

// reset(callback): close with RST instead of FIN (SO_LINGER 0, what
// uv_tcp_close_reset does), then as close(callback).
void Reset(const CallbackInfo& info) {
  TCPWrap* self = Wrap::Unwrap<TCPWrap>(info.This());
  if (self == nullptr || self->closing()) return;
  uv_os_fd_t fd;
  if (uv_fileno(self->base(), &fd) == 0) {
    linger l{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
  }
  self->CloseWithCallback(info[0]);
}

constexpr std::array<Method, 12> kOwnMethods{{
    {"open", Guarded<TCPWrap, &Open>},
    {"bind", Guarded<TCPWrap, &Bind>},
    {"bind6", Guarded<TCPWrap, &Bind6>},
    {"listen", Guarded<TCPWrap, &Listen>},
    {"connect", Guarded<TCPWrap, &Connect>},
    {"connect6", Guarded<TCPWrap, &Connect6>},
    {"getsockname", Guarded<TCPWrap, &GetSockName>},
    {"getpeername", Guarded<TCPWrap, &GetPeerName>},
    {"setNoDelay", Guarded<TCPWrap, &SetNoDelay>},
    {"setKeepAlive", Guarded<TCPWrap, &SetKeepAlive>},
    {"reset", Fn<&Reset>},
    {"writeAsciiString", Guarded<TCPWrap, &WriteLatin1String<TCPWrap>>},
}};

constexpr auto kMethods = Concat(StreamMethods<TCPWrap>(), kOwnMethods);

constexpr Class kClasses[] = {{"TCP", ConstructTCP, kMethods}};

constexpr Constant kConstants[] = {
    {"SOCKET", kSocket},
    {"SERVER", kServer},
    {"UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY},
};

}  // namespace

extern const Binding kTcpWrapBinding{"tcp_wrap", {}, kConstants, kClasses};

}  // namespace nodus::stream
