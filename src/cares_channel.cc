// SPDX-License-Identifier: MIT
// ChannelWrap: a c-ares channel whose sockets and timeouts are driven by the
// libuv loop (uv_poll_t per socket, one uv_timer_t), never by blocking;
// completions reach JS in the check phase. Used by src/cares_wrap.cc for
// lib/internal/dns/*.

#include <mutex>

#include "cares_wrap.h"
#include "request.h"

namespace nodus::dns {

const WrapType ChannelWrap::kType{"ChannelWrap", "DNSCHANNEL"};
const WrapType QueryReqWrap::kType{"QueryReqWrap", "QUERYWRAP"};

QueryReqWrap::QueryReqWrap(Environment& env, v8::Local<v8::Object> object)
    : Wrap(env, object, kType) {
  MakeWeak();
}

// One socket c-ares asked us to watch. Freed by its close callback.
struct ChannelWrap::PollTask {
  uv_poll_t poll;
  ares_socket_t fd;
  ChannelWrap* channel;
};

namespace {

// c-ares needs a process-wide init once (a no-op on Linux in practice).
void InitAresLibrary() {
  static std::once_flag once;
  std::call_once(once,
                 [] { CHECK_EQ(ares_library_init(ARES_LIB_INIT_ALL), 0); });
}

}  // namespace

void ChannelWrap::ClosePoll(PollTask* task) {
  uv_poll_stop(&task->poll);
  uv_close(reinterpret_cast<uv_handle_t*>(&task->poll),
           [](uv_handle_t* h) { delete static_cast<PollTask*>(h->data); });
}

ChannelWrap::ChannelWrap(Environment& env, v8::Local<v8::Object> object,
                         int timeout_ms, int tries)
    : Wrap(env, object, kType) {
  InitAresLibrary();
  ares_options options{};
  // Answers such as REFUSED or SERVFAIL are reported as they are, not
  // retried on the next server (node's setting).
  options.flags = ARES_FLAG_NOCHECKRESP;
  options.sock_state_cb = OnSocketState;
  options.sock_state_cb_data = this;
  options.tries = tries;
  int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES;
  if (timeout_ms >= 0) {
    options.timeout = timeout_ms;
    mask |= ARES_OPT_TIMEOUTMS;
  }
  init_status_ = ares_init_options(&channel_, &options, mask);
  if (init_status_ != ARES_SUCCESS) channel_ = nullptr;
  env.RegisterHandle(this);
  MakeWeak();
}

ChannelWrap::~ChannelWrap() {
  Shutdown();
  env().UnregisterHandle(this);
}

void ChannelWrap::Close() { Shutdown(); }

void ChannelWrap::Shutdown() {
  if (closed_) return;
  closed_ = true;
  // The callbacks of queries still active run now with ARES_EDESTRUCTION
  // and are ignored (Finished checks closed_).
  if (channel_ != nullptr) ares_destroy(channel_);
  channel_ = nullptr;
  for (auto& [fd, task] : polls_) ClosePoll(task);
  polls_.clear();
  if (timer_ != nullptr) {
    uv_close(reinterpret_cast<uv_handle_t*>(timer_),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_timer_t*>(h); });
    timer_ = nullptr;
  }
  if (deliver_check_ != nullptr) {
    uv_close(reinterpret_cast<uv_handle_t*>(deliver_check_),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_check_t*>(h); });
    uv_close(reinterpret_cast<uv_handle_t*>(deliver_idle_),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_idle_t*>(h); });
    deliver_check_ = nullptr;
    deliver_idle_ = nullptr;
  }
  finished_.clear();
}

void ChannelWrap::OnSocketState(void* data, ares_socket_t fd, int readable,
                                int writable) {
  auto* self = static_cast<ChannelWrap*>(data);
  auto it = self->polls_.find(fd);
  if (!readable && !writable) {
    if (it != self->polls_.end()) {
      ClosePoll(it->second);
      self->polls_.erase(it);
    }
    return;
  }
  PollTask* task;
  if (it == self->polls_.end()) {
    if (self->closed_) return;
    task = new PollTask{{}, fd, self};
    if (uv_poll_init_socket(self->env().loop(), &task->poll, fd) != 0) {
      delete task;
      return;
    }
    task->poll.data = task;
    self->polls_.emplace(fd, task);
  } else {
    task = it->second;
  }
  uv_poll_start(&task->poll,
                (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0),
                OnPoll);
}

void ChannelWrap::OnPoll(uv_poll_t* poll, int status, int events) {
  auto* task = static_cast<PollTask*>(poll->data);
  ChannelWrap* self = task->channel;
  ares_socket_t fd = task->fd;
  if (status < 0) {
    // Let c-ares find the error on the socket itself.
    ares_process_fd(self->channel_, fd, fd);
  } else {
    ares_process_fd(self->channel_,
                    (events & UV_READABLE) ? fd : ARES_SOCKET_BAD,
                    (events & UV_WRITABLE) ? fd : ARES_SOCKET_BAD);
  }
  self->AfterAres();
}

void ChannelWrap::OnTimer(uv_timer_t* timer) {
  auto* self = static_cast<ChannelWrap*>(timer->data);
  // Times out whatever is due.
  ares_process_fd(self->channel_, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
  self->AfterAres();
}

void ChannelWrap::OnDeliverCheck(uv_check_t* check) {
  auto* self = static_cast<ChannelWrap*>(check->data);
  uv_check_stop(self->deliver_check_);
  uv_idle_stop(self->deliver_idle_);
  self->Deliver();
}

void ChannelWrap::AfterAres() {
  if (closed_) return;
  UpdateTimer();
  if (finished_.empty()) return;
  if (deliver_check_ == nullptr) {
    deliver_check_ = new uv_check_t;
    deliver_idle_ = new uv_idle_t;
    CHECK_EQ(uv_check_init(env().loop(), deliver_check_), 0);
    CHECK_EQ(uv_idle_init(env().loop(), deliver_idle_), 0);
    deliver_check_->data = this;
  }
  // A check handle started after the Environment's runs before it: like
  // node's native immediates, completions come before JS setImmediate
  // callbacks of the same turn. The idle handle keeps poll from blocking.
  uv_check_start(deliver_check_, OnDeliverCheck);
  uv_idle_start(deliver_idle_, [](uv_idle_t*) {});
}

void ChannelWrap::UpdateTimer() {
  if (timer_ == nullptr) {
    if (active_ == 0) return;
    timer_ = new uv_timer_t;
    CHECK_EQ(uv_timer_init(env().loop(), timer_), 0);
    timer_->data = this;
  }
  timeval tv;
  if (active_ == 0 || ares_timeout(channel_, nullptr, &tv) == nullptr) {
    uv_timer_stop(timer_);
    return;
  }
  uint64_t ms = static_cast<uint64_t>(tv.tv_sec) * 1000 +
                (static_cast<uint64_t>(tv.tv_usec) + 999) / 1000;
  uv_timer_start(timer_, OnTimer, ms, 0);
}

void ChannelWrap::Started(QueryReqWrap* req) {
  req->ClearWeak();
  pending_++;
  if (active_++ == 0) ClearWeak();
}

void ChannelWrap::StartQuery(QueryReqWrap* req, const std::string& name,
                             int type) {
  Started(req);
  constexpr int kClassIn = 1;
  ares_query(channel_, name.c_str(), kClassIn, type, OnQueryDone, req);
  AfterAres();
}

void ChannelWrap::StartReverse(QueryReqWrap* req, int family, const void* addr,
                               int addrlen) {
  Started(req);
  ares_gethostbyaddr(channel_, addr, addrlen, family, OnHostDone, req);
  AfterAres();
}

void ChannelWrap::Cancel() {
  if (channel_ == nullptr) return;
  ares_cancel(channel_);
  AfterAres();
}

void ChannelWrap::Finished(QueryReqWrap* req, int status) {
  if (closed_ || status == ARES_EDESTRUCTION) return;
  pending_--;
  req->status = status;
  finished_.push_back(req);
}

// `arg` is the QueryReqWrap: it stays alive (strong) until delivered.
void ChannelWrap::OnQueryDone(void* arg, int status, int /*timeouts*/,
                              unsigned char* abuf, int alen) {
  auto* req = static_cast<QueryReqWrap*>(arg);
  if (status == ARES_SUCCESS && abuf != nullptr && alen > 0)
    req->answer.assign(abuf, abuf + alen);
  req->channel->Finished(req, status);
}

void ChannelWrap::OnHostDone(void* arg, int status, int /*timeouts*/,
                             hostent* host) {
  auto* req = static_cast<QueryReqWrap*>(arg);
  if (status == ARES_SUCCESS && host != nullptr) {
    // The names of a PTR answer: c-ares puts each in h_aliases.
    for (char** alias = host->h_aliases; alias && *alias; ++alias)
      req->names.emplace_back(*alias);
  }
  req->channel->Finished(req, status);
}

void ChannelWrap::Deliver() {
  if (closed_ || finished_.empty()) return;
  Environment& env = this->env();
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Context::Scope context_scope(env.context());
  // Held so that GC cannot take the channel while JS runs below.
  v8::Local<v8::Object> self_object = object();
  std::vector<QueryReqWrap*> done;
  done.swap(finished_);
  for (size_t i = 0; i < done.size(); i++) {
    QueryReqWrap* req = done[i];
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> req_object = req->object();
    req->MakeWeak();
    if (--active_ == 0) MakeWeak();
    if (!env.can_call_into_js() || closed_) continue;
    v8::Local<v8::Value> result = v8::Undefined(isolate);
    v8::Local<v8::Value> ttls = v8::Undefined(isolate);
    int status = req->status;
    if (status == ARES_SUCCESS) {
      if (req->kind == QueryKind::kReverse) {
        v8::Local<v8::Array> names = v8::Array::New(isolate);
        for (size_t j = 0; j < req->names.size(); j++) {
          v8::Local<v8::String> name;
          if (!v8::String::NewFromOneByte(
                   isolate,
                   reinterpret_cast<const uint8_t*>(req->names[j].data()),
                   v8::NewStringType::kNormal,
                   static_cast<int>(req->names[j].size()))
                   .ToLocal(&name) ||
              names->Set(env.context(), j, name).IsNothing())
            break;
        }
        result = names;
      } else {
        status =
            ParseAnswer(env, req->kind, req->answer.data(),
                        static_cast<int>(req->answer.size()), &result, &ttls);
      }
    }
    req->answer.clear();
    req->names.clear();
    if (status != ARES_SUCCESS) {
      result = v8::Undefined(isolate);
      ttls = v8::Undefined(isolate);
    }
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), result,
                                   ttls};
    CallOnComplete(env, req_object, 3, argv);
  }
  (void)self_object;
}

}  // namespace nodus::dns
