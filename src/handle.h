// SPDX-License-Identifier: MIT
// Handle<UvHandle>: a libuv handle (uv_fs_event_t, uv_fs_poll_t, uv_tcp_t,
// ...) owned by a JS object.
#pragma once

#include <uv.h>
#include <v8.h>

#include "environment.h"
#include "wrap.h"

namespace nodus {

// Lifetime: strong from creation until its uv_close callback — GC is not a
// way to close a handle (JS close() is). ref()/unref() change only whether
// libuv counts it towards keeping the loop alive. After the close callback
// the C++ object is deleted and the JS object is left unwrapped. On
// Environment teardown every open handle is closed.
template <typename UvHandle>
class Handle : public Wrap, public HandleBase {
 public:
  Handle(Environment& env, v8::Local<v8::Object> object, const WrapType& type)
      : Wrap(env, object, type) {
    slot_.owner = this;
    env.RegisterHandle(this);
  }
  ~Handle() override { env().UnregisterHandle(this); }

  static Handle* From(UvHandle* handle) {
    return reinterpret_cast<Slot*>(handle)->owner;
  }

  UvHandle* handle() { return &slot_.handle; }
  uv_handle_t* base() { return reinterpret_cast<uv_handle_t*>(&slot_.handle); }

  // After uv_*_init succeeded: only then can it be closed through libuv.
  void MarkInitialized() { initialized_ = true; }
  bool initialized() const { return initialized_; }

  void Ref() {
    if (initialized_ && !closing_) uv_ref(base());
  }
  void Unref() {
    if (initialized_ && !closing_) uv_unref(base());
  }
  bool HasRef() override {
    return initialized_ && !closing_ && uv_has_ref(base());
  }
  const char* ResourceName() const override { return type().name; }
  v8::Local<v8::Object> JsObject() const override { return object(); }
  bool closing() const { return closing_; }

  // Starts closing; the C++ object is deleted in the close callback.
  void Close() override {
    if (closing_) return;
    closing_ = true;
    if (!initialized_) {
      delete this;
      return;
    }
    uv_close(base(), [](uv_handle_t* h) {
      Handle* self = From(reinterpret_cast<UvHandle*>(h));
      self->OnClosed();
      delete self;
    });
  }

 protected:
  // Runs in the close callback, just before the object is deleted.
  virtual void OnClosed() {}

 private:
  struct Slot {
    UvHandle handle;
    Handle* owner;
  };
  Slot slot_{};
  bool initialized_ = false;
  bool closing_ = false;
};

}  // namespace nodus
