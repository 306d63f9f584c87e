// SPDX-License-Identifier: MIT
// internalBinding('cares_wrap') for lib/dns.js and lib/internal/dns/*:
// getaddrinfo/getnameinfo on libuv's thread pool (dns.lookup and
// lookupService, the system resolver), and ChannelWrap's queries through
// c-ares (resolve*, reverse; the channel itself is in src/cares_channel.cc).

#include "cares_wrap.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

#include <cstring>
#include <string>

#include "binding.h"
#include "errors.h"
#include "request.h"

namespace nodus::dns {
namespace {

// lib/ turns c-ares statuses into error codes by number (ares.h's values).
static_assert(ARES_ENODATA == 1 && ARES_ETIMEOUT == 12 &&
              ARES_ECANCELLED == 24);

// The order lookup results are returned in (options.order).
enum DnsOrder : int { kVerbatim = 0, kIpv4First = 1, kIpv6First = 2 };

// --- getaddrinfo / getnameinfo ----------------------------------------------

class GetAddrInfoReqWrap : public Request<uv_getaddrinfo_t> {
 public:
  static const WrapType kType;
  GetAddrInfoReqWrap(Environment& env, v8::Local<v8::Object> object)
      : Request(env, object, kType) {}
  int order = kVerbatim;

  static void OnComplete(uv_getaddrinfo_t* uv_req, int status, addrinfo* res);
};
const WrapType GetAddrInfoReqWrap::kType{"GetAddrInfoReqWrap",
                                         "GETADDRINFOREQWRAP"};

class GetNameInfoReqWrap : public Request<uv_getnameinfo_t> {
 public:
  static const WrapType kType;
  GetNameInfoReqWrap(Environment& env, v8::Local<v8::Object> object)
      : Request(env, object, kType) {}

  static void OnComplete(uv_getnameinfo_t* uv_req, int status,
                         const char* hostname, const char* service);
};
const WrapType GetNameInfoReqWrap::kType{"GetNameInfoReqWrap",
                                         "GETNAMEINFOREQWRAP"};

// Addresses of one family from a getaddrinfo list, as strings.
void AppendAddresses(Environment& env, const addrinfo* list, int family,
                     v8::Local<v8::Array> out) {
  char ip[INET6_ADDRSTRLEN];
  for (const addrinfo* ai = list; ai != nullptr; ai = ai->ai_next) {
    if (ai->ai_socktype != SOCK_STREAM) continue;
    if (family != AF_UNSPEC && ai->ai_family != family) continue;
    const void* addr;
    if (ai->ai_family == AF_INET) {
      addr = &reinterpret_cast<const sockaddr_in*>(ai->ai_addr)->sin_addr;
    } else if (ai->ai_family == AF_INET6) {
      addr = &reinterpret_cast<const sockaddr_in6*>(ai->ai_addr)->sin6_addr;
    } else {
      continue;
    }
    if (uv_inet_ntop(ai->ai_family, addr, ip, sizeof(ip)) != 0) continue;
    out->Set(env.context(), out->Length(), OneByte(env.isolate(), ip)).Check();
  }
}

void GetAddrInfoReqWrap::OnComplete(uv_getaddrinfo_t* uv_req, int status,
                                    addrinfo* res) {
  auto* req = static_cast<GetAddrInfoReqWrap*>(From(uv_req));
  CompletionScope<uv_getaddrinfo_t> scope(req);
  Environment& env = scope.env();
  if (!env.can_call_into_js()) {
    uv_freeaddrinfo(res);
    return;
  }
  v8::Local<v8::Array> addresses = v8::Array::New(env.isolate());
  if (status == 0) {
    switch (req->order) {
      case kIpv4First:
        AppendAddresses(env, res, AF_INET, addresses);
        AppendAddresses(env, res, AF_INET6, addresses);
        break;
      case kIpv6First:
        AppendAddresses(env, res, AF_INET6, addresses);
        AppendAddresses(env, res, AF_INET, addresses);
        break;
      default:
        AppendAddresses(env, res, AF_UNSPEC, addresses);
    }
    if (addresses->Length() == 0) status = UV_EAI_NODATA;
  }
  uv_freeaddrinfo(res);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(env.isolate(), status),
                                 addresses};
  CallOnComplete(env, scope.object(), 2, argv);
}

// getaddrinfo(req, hostname, family, hints, order) -> 0 or a libuv error.
int32_t GetAddrInfo(Environment& env, GetAddrInfoReqWrap* req, Utf8Arg hostname,
                    int32_t family, int32_t hints, int32_t order) {
  addrinfo ai{};
  ai.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  ai.ai_socktype = SOCK_STREAM;
  ai.ai_flags = hints;
  req->order = order;
  return req->Dispatch([&](uv_getaddrinfo_t* uv_req) {
    return uv_getaddrinfo(env.loop(), uv_req, GetAddrInfoReqWrap::OnComplete,
                          hostname.value.c_str(), nullptr, &ai);
  });
}

void GetNameInfoReqWrap::OnComplete(uv_getnameinfo_t* uv_req, int status,
                                    const char* hostname, const char* service) {
  auto* req = static_cast<GetNameInfoReqWrap*>(From(uv_req));
  CompletionScope<uv_getnameinfo_t> scope(req);
  Environment& env = scope.env();
  if (!env.can_call_into_js()) return;
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status),
                                 v8::Undefined(isolate),
                                 v8::Undefined(isolate)};
  if (status == 0) {
    argv[1] = OneByte(isolate, hostname);
    argv[2] = OneByte(isolate, service);
  }
  CallOnComplete(env, scope.object(), 3, argv);
}

// getnameinfo(req, ip, port) -> 0 or a libuv error.
int32_t GetNameInfo(Environment& env, GetNameInfoReqWrap* req, Utf8Arg ip,
                    uint32_t port) {
  sockaddr_storage storage{};
  if (uv_ip4_addr(ip.value.c_str(), static_cast<int>(port),
                  reinterpret_cast<sockaddr_in*>(&storage)) != 0 &&
      uv_ip6_addr(ip.value.c_str(), static_cast<int>(port),
                  reinterpret_cast<sockaddr_in6*>(&storage)) != 0)
    return UV_EINVAL;
  return req->Dispatch([&](uv_getnameinfo_t* uv_req) {
    return uv_getnameinfo(env.loop(), uv_req, GetNameInfoReqWrap::OnComplete,
                          reinterpret_cast<const sockaddr*>(&storage),
                          NI_NAMEREQD);
  });
}

// --- c-ares queries
// ------------------------------------------------------------

void ConstructChannel(const CallbackInfo& info) {
  CHECK(info.IsConstructCall());
  CHECK(info[0]->IsInt32() && info[1]->IsInt32());
  new ChannelWrap(EnvironmentOf(info), info.This(),
                  info[0].As<v8::Int32>()->Value(),
                  info[1].As<v8::Int32>()->Value());
}

// The DNS record types (RFC 1035 and later), by query kind.
constexpr int kTypeA = 1, kTypeNs = 2, kTypeCname = 5, kTypeSoa = 6,
              kTypePtr = 12, kTypeMx = 15, kTypeTxt = 16, kTypeAaaa = 28,
              kTypeSrv = 33, kTypeNaptr = 35, kTypeAny = 255, kTypeCaa = 257;

// query<Kind>(req, name) -> 0, or a c-ares status if the channel is unusable.
template <QueryKind kKind, int kType>
int32_t Query(Environment&, Receiver<ChannelWrap> self, QueryReqWrap* req,
              Utf8Arg name) {
  if (self->channel() == nullptr) return self->init_status();
  req->kind = kKind;
  req->channel = self.self;
  self->StartQuery(req, name.value, kType);
  return 0;
}

// getHostByAddr(req, ip) -> 0, or UV_EINVAL when ip is not an address.
int32_t GetHostByAddr(Environment&, Receiver<ChannelWrap> self,
                      QueryReqWrap* req, Utf8Arg ip) {
  unsigned char addr[sizeof(in6_addr)];
  int family;
  int length;
  if (uv_inet_pton(AF_INET, ip.value.c_str(), addr) == 0) {
    family = AF_INET;
    length = sizeof(in_addr);
  } else if (uv_inet_pton(AF_INET6, ip.value.c_str(), addr) == 0) {
    family = AF_INET6;
    length = sizeof(in6_addr);
  } else {
    return UV_EINVAL;
  }
  if (self->channel() == nullptr) return self->init_status();
  req->kind = QueryKind::kReverse;
  req->channel = self.self;
  self->StartReverse(req, family, addr, length);
  return 0;
}

// getServers() -> [[ip, port], ...].
v8::Local<v8::Value> GetServers(Environment& env, Receiver<ChannelWrap> self) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  if (self->channel() == nullptr) return out;
  ares_addr_port_node* servers = nullptr;
  if (ares_get_servers_ports(self->channel(), &servers) != ARES_SUCCESS)
    return out;
  char ip[INET6_ADDRSTRLEN];
  for (ares_addr_port_node* s = servers; s != nullptr; s = s->next) {
    if (uv_inet_ntop(s->family, &s->addr, ip, sizeof(ip)) != 0) continue;
    v8::Local<v8::Value> pair[] = {OneByte(isolate, ip),
                                   v8::Integer::New(isolate, s->udp_port)};
    out->Set(env.context(), out->Length(), v8::Array::New(isolate, pair, 2))
        .Check();
  }
  ares_free_data(servers);
  return out;
}

// setServers([[family, ip, port], ...]) -> 0, kPendingQueries or a c-ares
// status. lib/ has validated every entry.
int32_t SetServers(Environment& env, Receiver<ChannelWrap> self,
                   v8::Local<v8::Array> list) {
  if (self->pending_queries() > 0) return kPendingQueries;
  if (self->channel() == nullptr) return self->init_status();
  v8::Local<v8::Context> context = env.context();
  uint32_t count = list->Length();
  std::vector<ares_addr_port_node> nodes(count);
  for (uint32_t i = 0; i < count; i++) {
    v8::Local<v8::Value> entry = list->Get(context, i).ToLocalChecked();
    CHECK(entry->IsArray());
    auto fields = entry.As<v8::Array>();
    int family = fields->Get(context, 0)
                     .ToLocalChecked()
                     ->Int32Value(context)
                     .FromJust();
    v8::String::Utf8Value ip(env.isolate(),
                             fields->Get(context, 1).ToLocalChecked());
    int port = fields->Get(context, 2)
                   .ToLocalChecked()
                   ->Int32Value(context)
                   .FromJust();
    ares_addr_port_node& node = nodes[i];
    node.next = i + 1 < count ? &nodes[i + 1] : nullptr;
    node.family = family == 6 ? AF_INET6 : AF_INET;
    // Ports wrap to 16 bits, as in node.
    node.udp_port = node.tcp_port = port & 0xffff;
    if (uv_inet_pton(node.family, *ip, &node.addr) != 0) return ARES_EBADSTR;
  }
  return ares_set_servers_ports(self->channel(),
                                count == 0 ? nullptr : nodes.data());
}

// setLocalAddress(first[, second]): one IPv4 and/or one IPv6 address, in
// either order; a family not given goes back to "any".
void SetLocalAddress(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  ChannelWrap* self = Wrap::Unwrap<ChannelWrap>(info.This());
  CHECK(self != nullptr);
  CHECK(info[0]->IsString());
  if (self->channel() == nullptr) return;
  unsigned char v4[sizeof(in_addr)] = {};
  unsigned char v6[sizeof(in6_addr)] = {};
  bool have_v4 = false;
  bool have_v6 = false;
  for (int i = 0; i < 2; i++) {
    if (i == 1 && !info[1]->IsString()) break;
    v8::String::Utf8Value ip(env.isolate(), info[i]);
    unsigned char buf[sizeof(in6_addr)];
    if (uv_inet_pton(AF_INET, *ip, buf) == 0) {
      if (have_v4) {
        ThrowError(env, ErrorCode::kInvalidArgValue,
                   "Cannot specify two IPv4 addresses.");
        return;
      }
      memcpy(v4, buf, sizeof(v4));
      have_v4 = true;
    } else if (uv_inet_pton(AF_INET6, *ip, buf) == 0) {
      if (have_v6) {
        ThrowError(env, ErrorCode::kInvalidArgValue,
                   "Cannot specify two IPv6 addresses.");
        return;
      }
      memcpy(v6, buf, sizeof(v6));
      have_v6 = true;
    } else {
      ThrowError(env, ErrorCode::kInvalidArgValue, "Invalid IP address.");
      return;
    }
  }
  uint32_t v4_host_order;
  memcpy(&v4_host_order, v4, sizeof(v4_host_order));
  ares_set_local_ip4(self->channel(), ntohl(v4_host_order));
  ares_set_local_ip6(self->channel(), v6);
}

void Cancel(Environment&, Receiver<ChannelWrap> self) { self->Cancel(); }

// strerror(status) -> the c-ares message (or node's for kPendingQueries).
v8::Local<v8::Value> StrError(Environment& env, int32_t status) {
  const char* text = status == kPendingQueries ? "There are pending queries."
                                               : ares_strerror(status);
  return OneByte(env.isolate(), text);
}

constexpr Method kChannelMethods[] = {
    {"queryAny", Fn<&Query<QueryKind::kAny, kTypeAny>>},
    {"queryA", Fn<&Query<QueryKind::kA, kTypeA>>},
    {"queryAaaa", Fn<&Query<QueryKind::kAaaa, kTypeAaaa>>},
    {"queryCaa", Fn<&Query<QueryKind::kCaa, kTypeCaa>>},
    {"queryCname", Fn<&Query<QueryKind::kCname, kTypeCname>>},
    {"queryMx", Fn<&Query<QueryKind::kMx, kTypeMx>>},
    {"queryNs", Fn<&Query<QueryKind::kNs, kTypeNs>>},
    {"queryTxt", Fn<&Query<QueryKind::kTxt, kTypeTxt>>},
    {"querySrv", Fn<&Query<QueryKind::kSrv, kTypeSrv>>},
    {"queryPtr", Fn<&Query<QueryKind::kPtr, kTypePtr>>},
    {"queryNaptr", Fn<&Query<QueryKind::kNaptr, kTypeNaptr>>},
    {"querySoa", Fn<&Query<QueryKind::kSoa, kTypeSoa>>},
    {"getHostByAddr", Fn<&GetHostByAddr>},
    {"getServers", Fn<&GetServers>},
    {"setServers", Fn<&SetServers>},
    {"setLocalAddress", Fn<&SetLocalAddress>},
    {"cancel", Fn<&Cancel>},
};

constexpr Class kClasses[] = {
    {"GetAddrInfoReqWrap", Construct<GetAddrInfoReqWrap>, {}},
    {"GetNameInfoReqWrap", Construct<GetNameInfoReqWrap>, {}},
    {"QueryReqWrap", Construct<QueryReqWrap>, {}},
    {"ChannelWrap", ConstructChannel, kChannelMethods},
};

constexpr Method kMethods[] = {
    {"getaddrinfo", Fn<&GetAddrInfo>},
    {"getnameinfo", Fn<&GetNameInfo>},
    {"strerror", Fn<&StrError>},
};

constexpr Constant kConstants[] = {
    {"AI_ADDRCONFIG", AI_ADDRCONFIG},     {"AI_ALL", AI_ALL},
    {"AI_V4MAPPED", AI_V4MAPPED},         {"DNS_ORDER_VERBATIM", kVerbatim},
    {"DNS_ORDER_IPV4_FIRST", kIpv4First}, {"DNS_ORDER_IPV6_FIRST", kIpv6First},
};

}  // namespace

extern const Binding kCaresWrapBinding{"cares_wrap", kMethods, kConstants,
                                       kClasses};

}  // namespace nodus::dns
