// SPDX-License-Identifier: MIT
// internalBinding('process_env'): `process.env`, an object whose string-keyed
// properties are the process environment (values always strings, delete
// unsets, enumeration lists every variable).

#include <ctime>
#include <string>

#include "binding.h"
#include "env_store.h"
#include "environment.h"
#include "errors.h"
#include "options.h"

namespace nodus {
namespace {

v8::Local<v8::Private> EnvMarker(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByte(isolate, "nodus:process.env"));
}

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
  if (property->IsSymbol()) {  // well-known symbols included
    info.GetReturnValue().SetUndefined();
    return;
  }
  std::string key = Utf8Of(isolate, property);
  std::string value;
  if (!StoreOf(isolate).Get(key, &value)) return;  // not intercepted
  v8::Local<v8::String> result;
  if (v8::String::NewFromUtf8(isolate, value.data(), v8::NewStringType::kNormal,
                              static_cast<int>(value.size()))
          .ToLocal(&result))
    info.GetReturnValue().Set(result);
}

// With --pending-deprecation, node warns once (DEP0104) when a value that
// is not a string, number or boolean is assigned. False if it threw.
bool WarnNonStringValue(v8::Isolate* isolate,
                        v8::Local<v8::Object> env_object) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Environment* env = Environment::From(context);
  if (!env->options().pending_deprecation) return true;
  v8::Local<v8::Private> warned =
      v8::Private::ForApi(isolate, OneByte(isolate, "nodus:env-warned"));
  if (env_object->HasPrivate(context, warned).FromMaybe(true)) return true;
  if (env_object->SetPrivate(context, warned, v8::True(isolate)).IsNothing())
    return false;
  v8::Local<v8::Value> emit;
  if (!env->process_object()
           ->Get(context, OneByte(isolate, "emitWarning"))
           .ToLocal(&emit) ||
      !emit->IsFunction())
    return false;
  v8::Local<v8::Value> argv[] = {
      OneByte(isolate,
              "Assigning any value other than a string, number, or boolean "
              "to a process.env property is deprecated. Please make sure to "
              "convert the value to a string before setting process.env "
              "with it."),
      OneByte(isolate, "DeprecationWarning"), OneByte(isolate, "DEP0104")};
  return !emit.As<v8::Function>()
              ->Call(context, env->process_object(), 3, argv)
              .IsEmpty();
}

// process.env.TZ changes the time zone that Date uses, as in node: libc
// rereads TZ, and V8 drops its cached zone.
void TimeZoneChanged(v8::Isolate* isolate) {
  tzset();
  isolate->DateTimeConfigurationChangeNotification(
      v8::Isolate::TimeZoneDetection::kRedetect);
}

void EnvSetter(v8::Local<v8::Name> property, v8::Local<v8::Value> value,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  // Symbols, as key or value, throw V8's TypeError here, as in node.
  v8::Local<v8::String> key_string;
  v8::Local<v8::String> string_value;
  if (!property->ToString(context).ToLocal(&key_string) ||
      !value->ToString(context).ToLocal(&string_value))
    return;
  if (!value->IsString() && !value->IsNumber() && !value->IsBoolean() &&
      !WarnNonStringValue(isolate, info.This()))
    return;
  std::string key = Utf8Of(isolate, key_string);
  std::string text = Utf8Of(isolate, string_value);
  StoreOf(isolate).Set(key, text);
  if (key == "TZ") TimeZoneChanged(isolate);
  info.GetReturnValue().Set(value);
}

void EnvQuery(v8::Local<v8::Name> property,
              const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (property->IsSymbol()) return;
  std::string key = Utf8Of(info.GetIsolate(), property);
  std::string value;
  if (StoreOf(info.GetIsolate()).Get(key, &value))
    info.GetReturnValue().Set(static_cast<int32_t>(v8::None));
}

void EnvDeleter(v8::Local<v8::Name> property,
                const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  if (property->IsSymbol()) {
    info.GetReturnValue().Set(true);
    return;
  }
  std::string key = Utf8Of(info.GetIsolate(), property);
  StoreOf(info.GetIsolate()).Delete(key);
  if (key == "TZ") TimeZoneChanged(info.GetIsolate());
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
      nullptr, v8::Local<v8::Value>(), v8::PropertyHandlerFlags::kNone));
  v8::Local<v8::Object> object =
      tmpl->NewInstance(env.context()).ToLocalChecked();
  object->SetPrivate(env.context(), EnvMarker(isolate), v8::True(isolate))
      .Check();
  target
      ->Set(env.context(), v8::String::NewFromUtf8Literal(isolate, "env"),
            object)
      .Check();
}

}  // namespace

bool IsProcessEnvObject(v8::Isolate* isolate, v8::Local<v8::Object> object) {
  return object->HasPrivate(isolate->GetCurrentContext(), EnvMarker(isolate))
      .FromMaybe(false);
}

extern const Binding kProcessEnvBinding{
    "process_env", {}, {}, {}, InitializeProcessEnv};

}  // namespace nodus
