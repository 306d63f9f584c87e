// SPDX-License-Identifier: MIT
// internalBinding('process_env'): `process.env`, an object whose string-keyed
// properties are the process environment (values always strings, delete
// unsets, enumeration lists every variable).

#include <string>

#include "binding.h"
#include "env_store.h"
#include "environment.h"
#include "errors.h"

namespace nodus {
namespace {

EnvStore& StoreOf(v8::Isolate* isolate) {
  return Environment::From(isolate->GetCurrentContext())->env_store();
}

std::string Utf8Of(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 ? std::string(*utf8, utf8.length()) : std::string();
}

void EnvGetter(v8::Local<v8::Name> property,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string key = Utf8Of(isolate, property);
  std::string value;
  if (!StoreOf(isolate).Get(key, &value)) return;  // not intercepted
  v8::Local<v8::String> result;
  if (v8::String::NewFromUtf8(isolate, value.data(), v8::NewStringType::kNormal,
                              static_cast<int>(value.size()))
          .ToLocal(&result))
    info.GetReturnValue().Set(result);
}

void EnvSetter(v8::Local<v8::Name> property, v8::Local<v8::Value> value,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> string_value;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&string_value))
    return;
  std::string key = Utf8Of(isolate, property);
  std::string text = Utf8Of(isolate, string_value);
  StoreOf(isolate).Set(key, text);
  info.GetReturnValue().Set(value);
}

void EnvQuery(v8::Local<v8::Name> property,
              const v8::PropertyCallbackInfo<v8::Integer>& info) {
  std::string key = Utf8Of(info.GetIsolate(), property);
  std::string value;
  if (StoreOf(info.GetIsolate()).Get(key, &value))
    info.GetReturnValue().Set(static_cast<int32_t>(v8::None));
}

void EnvDeleter(v8::Local<v8::Name> property,
                const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  std::string key = Utf8Of(info.GetIsolate(), property);
  StoreOf(info.GetIsolate()).Delete(key);
  info.GetReturnValue().Set(true);
}

void EnvEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> keys = v8::Array::New(isolate);
  uint32_t index = 0;
  for (const std::string& name : StoreOf(isolate).Keys()) {
    v8::Local<v8::String> key;
    if (!v8::String::NewFromUtf8(isolate, name.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(name.size()))
             .ToLocal(&key))
      return;
    if (keys->Set(context, index++, key).IsNothing()) return;
  }
  info.GetReturnValue().Set(keys);
}

void EnvDefiner(v8::Local<v8::Name> property,
                const v8::PropertyDescriptor& desc,
                const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (desc.has_value()) {
    if (!desc.has_writable() || !desc.has_enumerable() ||
        !desc.has_configurable() || !desc.writable() || !desc.enumerable() ||
        !desc.configurable()) {
      ThrowError(*Environment::From(isolate->GetCurrentContext()),
                 ErrorCode::kInvalidObjectDefineProperty,
                 "'process.env' only accepts a configurable, writable, and "
                 "enumerable data descriptor");
      return;
    }
    EnvSetter(property, desc.value(), info);
    return;
  }
  if (desc.has_get() || desc.has_set()) {
    ThrowError(*Environment::From(isolate->GetCurrentContext()),
               ErrorCode::kInvalidObjectDefineProperty,
               "'process.env' does not accept an accessor(getter/setter) "
               "descriptor");
    return;
  }
  ThrowError(*Environment::From(isolate->GetCurrentContext()),
             ErrorCode::kInvalidObjectDefineProperty,
             "'process.env' only accepts a configurable, writable, and "
             "enumerable data descriptor");
}

void InitializeProcessEnv(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
  tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(
      EnvGetter, EnvSetter, EnvQuery, EnvDeleter, EnvEnumerator, EnvDefiner,
      nullptr, v8::Local<v8::Value>(),
      v8::PropertyHandlerFlags::kOnlyInterceptStrings));
  v8::Local<v8::Object> object =
      tmpl->NewInstance(env.context()).ToLocalChecked();
  target
      ->Set(env.context(), v8::String::NewFromUtf8Literal(isolate, "env"),
            object)
      .Check();
}

}  // namespace

extern const Binding kProcessEnvBinding{
    "process_env", {}, {}, {}, InitializeProcessEnv};

}  // namespace nodus
