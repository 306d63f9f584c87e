// SPDX-License-Identifier: MIT
// Wrap: the base of every C++ object tied to a JS object (requests, handles,
// message ports). Internal field 0 holds a type tag, field 1 the pointer, so
// that unwrapping checks what it gets.
#pragma once

#include <v8.h>

#include "check.h"

namespace nodus {

class Environment;

// One static instance per wrapped C++ type; its address is the type tag.
// `provider` is its async_hooks type ('FSREQCALLBACK', 'TCPWRAP', ...), or
// null for objects that are not async resources.
struct WrapType {
  const char* name;
  const char* provider = nullptr;
};

constexpr int kWrapTypeField = 0;
constexpr int kWrapPointerField = 1;
constexpr int kWrapFieldCount = 2;

// Lifetime: created strong (the C++ object keeps its JS object alive). A
// subclass calls MakeWeak() when nothing native needs the JS object any more;
// the weak callback then deletes the C++ object after the JS object is
// collected. Deleting a Wrap clears field 1, so a stale JS object unwraps to
// nullptr instead of a dangling pointer.
class Wrap {
 public:
  Wrap(Environment& env, v8::Local<v8::Object> object, const WrapType& type);
  Wrap(const Wrap&) = delete;
  Wrap& operator=(const Wrap&) = delete;
  virtual ~Wrap();

  Environment& env() const { return env_; }
  v8::Local<v8::Object> object() const;
  const WrapType& type() const { return type_; }

  void MakeWeak();
  void ClearWeak();
  bool IsWeak() const { return object_.IsWeak(); }

  // Returns the T behind `value`, or nullptr if `value` is not a live T.
  template <typename T>
  static T* Unwrap(v8::Local<v8::Value> value) {
    Wrap* wrap = UnwrapAny(value, &T::kType);
    return static_cast<T*>(wrap);
  }

 private:
  static Wrap* UnwrapAny(v8::Local<v8::Value> value, const WrapType* type);
  static void OnWeak(const v8::WeakCallbackInfo<Wrap>& info);

  Environment& env_;
  v8::Global<v8::Object> object_;
  const WrapType& type_;
};

}  // namespace nodus
