// SPDX-License-Identifier: MIT
// How a native function reaches JS. A binding is one table of typed C++
// functions; Fn<&F> adapts a function such as
//   void Open(Environment& env, PathArg path, int32_t flags);
// to a v8::FunctionCallback: it reads argument i with Arg<T>::From, calls F,
// and converts the result with Ret<R>::Set. lib/ validates arguments before
// calling a binding, so a type mismatch here is a nodus bug (CHECK).
#pragma once

#include <v8.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "check.h"
#include "wrap.h"

namespace nodus {

using CallbackInfo = v8::FunctionCallbackInfo<v8::Value>;

// JS strings from C++ text: OneByte for ASCII names and literals (no UTF-8
// decoding), Utf8 for anything else.
inline v8::Local<v8::String> OneByte(v8::Isolate* isolate, const char* text) {
  return v8::String::NewFromOneByte(isolate,
                                    reinterpret_cast<const uint8_t*>(text))
      .ToLocalChecked();
}
inline v8::Local<v8::String> Utf8(v8::Isolate* isolate, std::string_view text) {
  return v8::String::NewFromUtf8(isolate, text.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(text.size()))
      .ToLocalChecked();
}

Environment& EnvironmentOf(const CallbackInfo& info);

// A file path: a JS string (as UTF-8) or the bytes of a Buffer.
struct PathArg {
  std::string value;
  const char* c_str() const { return value.c_str(); }
};

// A JS string converted to UTF-8.
struct Utf8Arg {
  std::string value;
};

// The bytes an ArrayBufferView (Buffer, Uint8Array, ...) refers to.
struct BytesArg {
  uint8_t* data;
  size_t size;
};

// The receiver (`this`) of a prototype method, unwrapped to T.
template <typename T>
struct Receiver {
  T* self;
  T* operator->() const { return self; }
};

template <typename T, typename = void>
struct Arg;

template <>
struct Arg<int32_t> {
  static int32_t From(const CallbackInfo& info, int i) {
    CHECK(info[i]->IsInt32());
    return info[i].As<v8::Int32>()->Value();
  }
};
template <>
struct Arg<uint32_t> {
  static uint32_t From(const CallbackInfo& info, int i) {
    CHECK(info[i]->IsUint32());
    return info[i].As<v8::Uint32>()->Value();
  }
};
template <>
struct Arg<double> {
  static double From(const CallbackInfo& info, int i) {
    CHECK(info[i]->IsNumber());
    return info[i].As<v8::Number>()->Value();
  }
};
template <>
struct Arg<int64_t> {
  static int64_t From(const CallbackInfo& info, int i) {
    if (info[i]->IsBigInt()) return info[i].As<v8::BigInt>()->Int64Value();
    CHECK(info[i]->IsNumber());
    return static_cast<int64_t>(info[i].As<v8::Number>()->Value());
  }
};
template <>
struct Arg<bool> {
  static bool From(const CallbackInfo& info, int i) {
    CHECK(info[i]->IsBoolean());
    return info[i]->IsTrue();
  }
};
template <>
struct Arg<Utf8Arg> {
  static Utf8Arg From(const CallbackInfo& info, int i);
};
template <>
struct Arg<PathArg> {
  static PathArg From(const CallbackInfo& info, int i);
};
template <>
struct Arg<BytesArg> {
  static BytesArg From(const CallbackInfo& info, int i);
};

template <typename T>
struct LocalCheck {
  static bool Is(v8::Local<v8::Value>) { return true; }
};
template <>
struct LocalCheck<v8::Object> {
  static bool Is(v8::Local<v8::Value> v) { return v->IsObject(); }
};
template <>
struct LocalCheck<v8::Function> {
  static bool Is(v8::Local<v8::Value> v) { return v->IsFunction(); }
};
template <>
struct LocalCheck<v8::String> {
  static bool Is(v8::Local<v8::Value> v) { return v->IsString(); }
};
template <>
struct LocalCheck<v8::Array> {
  static bool Is(v8::Local<v8::Value> v) { return v->IsArray(); }
};
template <>
struct LocalCheck<v8::Uint8Array> {
  static bool Is(v8::Local<v8::Value> v) { return v->IsUint8Array(); }
};
template <>
struct LocalCheck<v8::ArrayBufferView> {
  static bool Is(v8::Local<v8::Value> v) { return v->IsArrayBufferView(); }
};
template <>
struct LocalCheck<v8::Promise> {
  static bool Is(v8::Local<v8::Value> v) { return v->IsPromise(); }
};

template <typename T>
struct Arg<v8::Local<T>> {
  static v8::Local<T> From(const CallbackInfo& info, int i) {
    CHECK(LocalCheck<T>::Is(info[i]));
    return info[i].template As<T>();
  }
};

template <typename T>
struct Arg<T*, std::enable_if_t<std::is_base_of_v<Wrap, T>>> {
  static T* From(const CallbackInfo& info, int i) {
    T* wrap = Wrap::Unwrap<T>(info[i]);
    CHECK(wrap != nullptr);
    return wrap;
  }
};

template <typename T>
struct Ret;
template <>
struct Ret<bool> {
  static void Set(const CallbackInfo& info, bool v) {
    info.GetReturnValue().Set(v);
  }
};
template <>
struct Ret<int32_t> {
  static void Set(const CallbackInfo& info, int32_t v) {
    info.GetReturnValue().Set(v);
  }
};
template <>
struct Ret<uint32_t> {
  static void Set(const CallbackInfo& info, uint32_t v) {
    info.GetReturnValue().Set(v);
  }
};
template <>
struct Ret<double> {
  static void Set(const CallbackInfo& info, double v) {
    info.GetReturnValue().Set(v);
  }
};
template <>
struct Ret<int64_t> {
  static void Set(const CallbackInfo& info, int64_t v) {
    info.GetReturnValue().Set(static_cast<double>(v));
  }
};
template <>
struct Ret<std::string> {
  static void Set(const CallbackInfo& info, const std::string& v);
};
template <typename T>
struct Ret<v8::Local<T>> {
  static void Set(const CallbackInfo& info, v8::Local<T> v) {
    info.GetReturnValue().Set(v);
  }
};
template <typename T>
struct Ret<v8::MaybeLocal<T>> {
  static void Set(const CallbackInfo& info, v8::MaybeLocal<T> v) {
    v8::Local<T> value;
    if (v.ToLocal(&value)) info.GetReturnValue().Set(value);
  }
};

namespace detail {

// Converts the arguments of F (after the implicit ones in `pre`) and calls
// it. ArgsTuple is std::tuple<A...> of F's declared JS-facing parameters.
template <auto F, typename R, typename ArgsTuple, typename Pre, size_t... I>
void Invoke(const CallbackInfo& info, Pre pre, std::index_sequence<I...>) {
  // A braced initialiser evaluates its elements left to right, so argument
  // conversions (which may run user getters) happen in order.
  std::tuple<std::decay_t<std::tuple_element_t<I, ArgsTuple>>...> args{
      Arg<std::decay_t<std::tuple_element_t<I, ArgsTuple>>>::From(info, I)...};
  auto call = [&](auto&... a) -> decltype(auto) {
    return std::apply(
        [&](auto&&... p) -> decltype(auto) { return F(p..., a...); }, pre);
  };
  if constexpr (std::is_void_v<R>) {
    std::apply(call, args);
  } else {
    Ret<std::decay_t<R>>::Set(info, std::apply(call, args));
  }
}

template <typename Sig>
struct Invoker;

// void F(const CallbackInfo&): raw access for variadic natives.
template <>
struct Invoker<void (*)(const CallbackInfo&)> {
  template <auto F>
  static void Call(const CallbackInfo& info) {
    F(info);
  }
};

template <typename R, typename... A>
struct Invoker<R (*)(A...)> {
  template <auto F>
  static void Call(const CallbackInfo& info) {
    Invoke<F, R, std::tuple<A...>>(info, std::tuple<>(),
                                   std::index_sequence_for<A...>());
  }
};

template <typename R, typename... A>
struct Invoker<R (*)(Environment&, A...)> {
  template <auto F>
  static void Call(const CallbackInfo& info) {
    std::tuple<Environment&> pre{EnvironmentOf(info)};
    Invoke<F, R, std::tuple<A...>>(info, pre, std::index_sequence_for<A...>());
  }
};

template <typename R, typename T, typename... A>
struct Invoker<R (*)(Environment&, Receiver<T>, A...)> {
  template <auto F>
  static void Call(const CallbackInfo& info) {
    T* self = Wrap::Unwrap<T>(info.This());
    CHECK(self != nullptr);
    std::tuple<Environment&, Receiver<T>> pre{EnvironmentOf(info),
                                              Receiver<T>{self}};
    Invoke<F, R, std::tuple<A...>>(info, pre, std::index_sequence_for<A...>());
  }
};

}  // namespace detail

template <auto F>
void Fn(const CallbackInfo& info) {
  detail::Invoker<decltype(F)>::template Call<F>(info);
}

// Constructs a T (a Wrap) for `new Binding.T()` called from lib/.
template <typename T>
void Construct(const CallbackInfo& info) {
  CHECK(info.IsConstructCall());
  new T(EnvironmentOf(info), info.This());
}

struct Method {
  const char* name;
  v8::FunctionCallback callback;
};

struct Constant {
  const char* name;
  double value;
};

// A JS class backed by a Wrap subclass.
struct Class {
  const char* name;
  v8::FunctionCallback constructor;
  std::span<const Method> methods;
};

// One native module: what internalBinding(name) returns.
struct Binding {
  const char* name;
  std::span<const Method> methods;
  std::span<const Constant> constants = {};
  std::span<const Class> classes = {};
  // Extra per-Environment set-up (shared arrays, state), may be null.
  void (*initialize)(Environment& env, v8::Local<v8::Object> target) = nullptr;
};

// Adds functions and classes to a binding object (GetBinding uses them for
// the tables; a binding's initialize() may use them for sub-tables).
void InstallMethods(Environment& env, v8::Local<v8::Object> target,
                    std::span<const Method> methods);
void InstallClass(Environment& env, v8::Local<v8::Object> target,
                  const Class& cls);

// The list of every binding (src/bindings.cc).
std::span<const Binding* const> AllBindings();

}  // namespace nodus
