// SPDX-License-Identifier: MIT
// Request<UvReq>: one libuv request (uv_fs_t, uv_work_t, uv_getaddrinfo_t)
// owned by a JS request object. WorkRequest runs C++ on the thread pool.
#pragma once

#include <uv.h>
#include <v8.h>

#include "environment.h"
#include "wrap.h"

namespace nodus {

// Lifetime: weak while idle (lib/ may drop an unused request); strong from a
// successful Dispatch() until its completion runs, and counted by the
// Environment as pending in between. The completion (CompletionScope) makes
// it weak again before it calls into JS. Teardown never frees a request in
// flight: its own completion (with UV_ECANCELED if it was cancelled) does.
template <typename UvReq>
class Request : public Wrap {
 public:
  Request(Environment& env, v8::Local<v8::Object> object, const WrapType& type)
      : Wrap(env, object, type) {
    slot_.owner = this;
    MakeWeak();
  }

  // Calls start(&req) (which must start a libuv request with this Request's
  // callback). On success the JS object is strong and counted as pending; on
  // failure nothing has changed and the libuv error is returned.
  template <typename Start>
  int Dispatch(Start&& start) {
    int err = start(&slot_.req);
    if (err == 0) {
      ClearWeak();
      env().AddActiveRequest(this);
    }
    return err;
  }

  // Container-of: the libuv struct is the first member of a standard-layout
  // slot that also records its owner.
  static Request* From(UvReq* req) {
    return reinterpret_cast<Slot*>(req)->owner;
  }

  UvReq* req() { return &slot_.req; }

 private:
  template <typename>
  friend class CompletionScope;
  struct Slot {
    UvReq req;
    Request* owner;
  };
  Slot slot_{};
};

// Opened first thing in a completion callback: enters the isolate's scopes
// and makes the request weak again. Calls into JS come after it, through
// Environment::MakeCallback. The JS object stays alive until the scope
// closes (it is held by a Local), and the request counts as active until
// then, as node's does during its callback.
template <typename UvReq>
class CompletionScope {
 public:
  explicit CompletionScope(Request<UvReq>* req)
      : req_(req),
        handle_scope_(req->env().isolate()),
        context_scope_(req->env().context()),
        object_(req->object()) {
    req_->MakeWeak();
  }
  ~CompletionScope() { req_->env().RemoveActiveRequest(req_); }
  CompletionScope(const CompletionScope&) = delete;
  CompletionScope& operator=(const CompletionScope&) = delete;

  v8::Local<v8::Object> object() const { return object_; }
  Environment& env() const { return req_->env(); }

 private:
  Request<UvReq>* req_;
  v8::HandleScope handle_scope_;
  v8::Context::Scope context_scope_;
  v8::Local<v8::Object> object_;
};

// Calls `object.oncomplete(...argv)` as a macrotask (MakeCallback).
void CallOnComplete(Environment& env, v8::Local<v8::Object> object, int argc,
                    v8::Local<v8::Value>* argv);

}  // namespace nodus
