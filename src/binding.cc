// SPDX-License-Identifier: MIT
// Argument conversions of binding.h, Wrap, and CheckFailed.

#include "binding.h"

#include <cstdio>
#include <cstdlib>

#include "environment.h"

namespace nodus {

void CheckFailed(const char* file, int line, const char* expr) {
  std::fprintf(stderr, "nodus: %s:%d: CHECK(%s) failed\n", file, line, expr);
  std::fflush(stderr);
  std::abort();
}

Utf8Arg Arg<Utf8Arg>::From(const CallbackInfo& info, int i) {
  CHECK(info[i]->IsString());
  v8::String::Utf8Value utf8(info.GetIsolate(), info[i]);
  return Utf8Arg{std::string(*utf8, utf8.length())};
}

PathArg Arg<PathArg>::From(const CallbackInfo& info, int i) {
  if (info[i]->IsString()) {
    v8::String::Utf8Value utf8(info.GetIsolate(), info[i]);
    return PathArg{std::string(*utf8, utf8.length())};
  }
  BytesArg bytes = Arg<BytesArg>::From(info, i);
  return PathArg{std::string(reinterpret_cast<char*>(bytes.data), bytes.size)};
}

BytesArg Arg<BytesArg>::From(const CallbackInfo& info, int i) {
  CHECK(info[i]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = info[i].As<v8::ArrayBufferView>();
  auto* base = static_cast<uint8_t*>(view->Buffer()->Data());
  return BytesArg{base == nullptr ? nullptr : base + view->ByteOffset(),
                  view->ByteLength()};
}

void Ret<std::string>::Set(const CallbackInfo& info, const std::string& v) {
  v8::Local<v8::String> s;
  if (v8::String::NewFromUtf8(info.GetIsolate(), v.data(),
                              v8::NewStringType::kNormal,
                              static_cast<int>(v.size()))
          .ToLocal(&s))
    info.GetReturnValue().Set(s);
}

Wrap::Wrap(Environment& env, v8::Local<v8::Object> object, const WrapType& type)
    : env_(env), object_(env.isolate(), object), type_(type) {
  CHECK_GE(object->InternalFieldCount(), kWrapFieldCount);
  object->SetAlignedPointerInInternalField(kWrapTypeField,
                                           const_cast<WrapType*>(&type));
  object->SetAlignedPointerInInternalField(kWrapPointerField, this);
  env.RegisterWrap(this);
  if (type.provider != nullptr) env.InitAsyncResource(object, type.provider);
}

Wrap::~Wrap() {
  env_.UnregisterWrap(this);
  if (object_.IsEmpty()) return;
  v8::HandleScope scope(env_.isolate());
  object()->SetAlignedPointerInInternalField(kWrapPointerField, nullptr);
  object_.Reset();
}

v8::Local<v8::Object> Wrap::object() const {
  return object_.Get(env_.isolate());
}

void Wrap::MakeWeak() {
  object_.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
}

void Wrap::ClearWeak() { object_.ClearWeak(); }

void Wrap::OnWeak(const v8::WeakCallbackInfo<Wrap>& info) {
  // The JS object is gone: drop the handle first so that the destructor does
  // not touch it, then free the native side. Runs no JS.
  Wrap* wrap = info.GetParameter();
  wrap->object_.Reset();
  delete wrap;
}

Wrap* Wrap::UnwrapAny(v8::Local<v8::Value> value, const WrapType* type) {
  if (!value->IsObject()) return nullptr;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  if (object->InternalFieldCount() < kWrapFieldCount) return nullptr;
  if (object->GetAlignedPointerFromInternalField(kWrapTypeField) != type)
    return nullptr;
  return static_cast<Wrap*>(
      object->GetAlignedPointerFromInternalField(kWrapPointerField));
}

}  // namespace nodus
