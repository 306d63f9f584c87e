// SPDX-License-Identifier: MIT
// Shared by the files of internalBinding('cares_wrap') (lib/dns.js,
// lib/internal/dns/*): the c-ares channel driven by the libuv loop
// (src/cares_channel.cc), its queries (src/cares_wrap.cc) and the parsing of
// answers into JS values (src/cares_parse.cc).
#pragma once

#include <ares.h>
#include <uv.h>
#include <v8.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "environment.h"
#include "wrap.h"

namespace nodus::dns {

// What a query asks for; it decides how the answer is parsed.
enum class QueryKind {
  kA,
  kAaaa,
  kAny,
  kCaa,
  kCname,
  kMx,
  kNaptr,
  kNs,
  kPtr,
  kSoa,
  kSrv,
  kTxt,
  kReverse,  // ares_gethostbyaddr: the names come as a hostent
};

// Returned by setServers while queries are in flight (node's code for it);
// strerror() knows its text.
constexpr int kPendingQueries = -1000;

class ChannelWrap;

// The JS request object of one query (lib/ sets callback, hostname,
// bindingName, ttl and oncomplete on it). The answer is kept as raw bytes
// by the c-ares callback and parsed into JS values only when delivered.
// Lifetime: weak while idle; strong from a successful start until its result
// has been handed to oncomplete (ChannelWrap::Deliver), so neither it nor
// its channel can be collected while c-ares holds a pointer to it.
class QueryReqWrap : public Wrap {
 public:
  static const WrapType kType;
  QueryReqWrap(Environment& env, v8::Local<v8::Object> object);

  ChannelWrap* channel = nullptr;
  QueryKind kind = QueryKind::kA;
  int status = 0;
  std::vector<unsigned char> answer;
  std::vector<std::string> names;  // kReverse
};

// One c-ares channel (a dns.Resolver's _handle). c-ares tells it which
// sockets to watch (one uv_poll_t each) and when its next timeout is due
// (one uv_timer_t); completions are collected while c-ares runs and handed
// to JS afterwards, never from inside c-ares: in the check phase (a
// uv_check_t, plus a uv_idle_t so that poll does not block meanwhile), as
// node does with its native immediates.
// Lifetime: weak while no query is active (a Resolver nobody references is
// collected and its channel destroyed); strong while any query is active.
// Registered as a handle so that Environment teardown destroys the channel
// (its callbacks then see ARES_EDESTRUCTION and do not touch JS) and closes
// its poll and timer handles, which free themselves in their close callback.
class ChannelWrap : public Wrap, public HandleBase {
 public:
  static const WrapType kType;
  ChannelWrap(Environment& env, v8::Local<v8::Object> object, int timeout_ms,
              int tries);
  ~ChannelWrap() override;

  // 0, or the c-ares status of ares_init_options.
  int init_status() const { return init_status_; }
  ares_channel channel() const { return channel_; }
  // Queries c-ares still works on (finished ones waiting for delivery do
  // not count): setServers is refused while there are any.
  int pending_queries() const { return pending_; }

  void StartQuery(QueryReqWrap* req, const std::string& name, int type);
  void StartReverse(QueryReqWrap* req, int family, const void* addr,
                    int addrlen);
  // ares_cancel: every active query completes with ARES_ECANCELLED, on a
  // later turn of the loop.
  void Cancel();
  // Environment teardown.
  void Close() override;
  // Not a handle to node: never listed as keeping the loop alive.
  bool HasRef() override { return false; }
  const char* ResourceName() const override { return kType.name; }
  v8::Local<v8::Object> JsObject() const override { return object(); }

 private:
  struct PollTask;
  static void ClosePoll(PollTask* task);
  static void OnSocketState(void* data, ares_socket_t fd, int readable,
                            int writable);
  static void OnQueryDone(void* arg, int status, int timeouts,
                          unsigned char* abuf, int alen);
  static void OnHostDone(void* arg, int status, int timeouts, hostent* host);
  static void OnPoll(uv_poll_t* poll, int status, int events);
  static void OnTimer(uv_timer_t* timer);
  static void OnDeliverCheck(uv_check_t* check);

  void Started(QueryReqWrap* req);
  void Finished(QueryReqWrap* req, int status);
  // Calls oncomplete for every finished query (only from the loop).
  void Deliver();
  // After any call into c-ares: re-arms the timeout timer, and schedules
  // delivery when queries finished.
  void AfterAres();
  // Arms the timer for c-ares' next timeout, or stops it.
  void UpdateTimer();
  void Shutdown();

  ares_channel channel_ = nullptr;
  int init_status_ = 0;
  uv_timer_t* timer_ = nullptr;
  uv_check_t* deliver_check_ = nullptr;
  uv_idle_t* deliver_idle_ = nullptr;
  std::unordered_map<ares_socket_t, PollTask*> polls_;
  std::vector<QueryReqWrap*> finished_;
  int active_ = 0;   // started and not yet delivered to JS
  int pending_ = 0;  // started and not yet finished in c-ares
  bool closed_ = false;
};

// Parses an answer of `kind` into `result` (an array, or an object for SOA)
// and, for A/AAAA, the TTLs into `ttls`. Returns 0 or a c-ares status
// (ARES_ENODATA, ARES_EBADRESP, ...).
int ParseAnswer(Environment& env, QueryKind kind, const unsigned char* buf,
                int len, v8::Local<v8::Value>* result,
                v8::Local<v8::Value>* ttls);

}  // namespace nodus::dns
