// SPDX-License-Identifier: MIT
// internalBinding('util') and internalBinding('types'): what util.inspect and
// util.types need to see inside V8 values (promise state, proxy target,
// collection entries, exact type checks).

#include "binding.h"
#include "dotenv.h"
#include "environment.h"

namespace nodus {
namespace {

enum PromiseState : int { kPending = 0, kFulfilled = 1, kRejected = 2 };
enum PropertyFilter : int { kAllProperties = 0, kOnlyEnumerable = 2 };

v8::Local<v8::Value> GetPromiseDetails(Environment& env,
                                       v8::Local<v8::Value> value) {
  v8::Isolate* isolate = env.isolate();
  if (!value->IsPromise()) return v8::Undefined(isolate);
  v8::Local<v8::Promise> promise = value.As<v8::Promise>();
  v8::Promise::PromiseState state = promise->State();
  int js_state = state == v8::Promise::kPending     ? kPending
                 : state == v8::Promise::kFulfilled ? kFulfilled
                                                    : kRejected;
  v8::Local<v8::Value> entries[2] = {v8::Integer::New(isolate, js_state)};
  if (state == v8::Promise::kPending)
    return v8::Array::New(isolate, entries, 1);
  entries[1] = promise->Result();
  return v8::Array::New(isolate, entries, 2);
}

void GetProxyDetails(const CallbackInfo& info) {
  if (!info[0]->IsProxy()) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Proxy> proxy = info[0].As<v8::Proxy>();
  bool show_proxy = info.Length() < 2 || info[1]->IsTrue();
  if (!show_proxy) {
    info.GetReturnValue().Set(proxy->GetTarget());
    return;
  }
  v8::Local<v8::Value> entries[2] = {proxy->GetTarget(), proxy->GetHandler()};
  info.GetReturnValue().Set(v8::Array::New(isolate, entries, 2));
}

void PreviewEntries(const CallbackInfo& info) {
  if (!info[0]->IsObject()) return;
  v8::Isolate* isolate = info.GetIsolate();
  bool is_key_value;
  v8::Local<v8::Array> entries;
  if (!info[0]
           .As<v8::Object>()
           ->PreviewEntries(&is_key_value)
           .ToLocal(&entries))
    return;
  if (info.Length() < 2 || !info[1]->IsTrue()) {
    info.GetReturnValue().Set(entries);
    return;
  }
  v8::Local<v8::Value> pair[2] = {entries,
                                  v8::Boolean::New(isolate, is_key_value)};
  info.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
}

v8::MaybeLocal<v8::Array> GetOwnNonIndexProperties(Environment& env,
                                                   v8::Local<v8::Object> object,
                                                   uint32_t filter) {
  auto property_filter = filter == kOnlyEnumerable
                             ? v8::PropertyFilter::ONLY_ENUMERABLE
                             : v8::PropertyFilter::ALL_PROPERTIES;
  return object->GetPropertyNames(
      env.context(), v8::KeyCollectionMode::kOwnOnly, property_filter,
      v8::IndexFilter::kSkipIndices, v8::KeyConversionMode::kConvertToString);
}

v8::Local<v8::String> GetConstructorName(v8::Local<v8::Object> object) {
  return object->GetConstructorName();
}

v8::Local<v8::Value> GetExternalValue(Environment& env,
                                      v8::Local<v8::Value> value) {
  if (!value->IsExternal()) return v8::Undefined(env.isolate());
  auto address = reinterpret_cast<uint64_t>(value.As<v8::External>()->Value());
  return v8::BigInt::NewFromUnsigned(env.isolate(), address);
}

// parseEnv(content) -> the variables of a .env text, keys in sorted order.
v8::Local<v8::Object> ParseEnv(Environment& env, Utf8Arg content) {
  dotenv::Variables variables;
  dotenv::Parse(content.value, &variables);
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  for (const auto& [key, value] : variables) {
    if (out->Set(env.context(), Utf8(isolate, key), Utf8(isolate, value))
            .IsNothing())
      break;
  }
  return out;
}

// A data property whose value `loader()` computes on first access (V8's
// lazy data property): globals that node defines as plain values, loaded
// only when a program uses them.
void LazyDataGetter(v8::Local<v8::Name>,
                    const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> value;
  if (info.Data()
          .As<v8::Function>()
          ->Call(context, v8::Undefined(isolate), 0, nullptr)
          .ToLocal(&value))
    info.GetReturnValue().Set(value);
}

void DefineLazyDataProperty(const CallbackInfo& info) {
  if (!info[0]->IsObject() || !info[1]->IsName() || !info[2]->IsFunction())
    return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  auto attributes = info[3]->IsTrue() ? v8::None : v8::DontEnum;
  bool ok;
  if (!info[0]
           .As<v8::Object>()
           ->SetLazyDataProperty(context, info[1].As<v8::Name>(),
                                 LazyDataGetter, info[2], attributes)
           .To(&ok))
    return;
}

constexpr Method kUtilMethods[] = {
    {"defineLazyDataProperty", Fn<&DefineLazyDataProperty>},
    {"parseEnv", Fn<&ParseEnv>},
    {"getPromiseDetails", Fn<&GetPromiseDetails>},
    {"getProxyDetails", Fn<&GetProxyDetails>},
    {"previewEntries", Fn<&PreviewEntries>},
    {"getOwnNonIndexProperties", Fn<&GetOwnNonIndexProperties>},
    {"getConstructorName", Fn<&GetConstructorName>},
    {"getExternalValue", Fn<&GetExternalValue>},
};

constexpr Constant kUtilConstants[] = {
    {"kPending", kPending},
    {"kFulfilled", kFulfilled},
    {"kRejected", kRejected},
    {"ALL_PROPERTIES", kAllProperties},
    {"ONLY_ENUMERABLE", kOnlyEnumerable},
};

// One `(value) -> boolean` per V8 type predicate.
template <bool (v8::Value::*Predicate)() const>
void TypeCheck(const CallbackInfo& info) {
  v8::Local<v8::Value> value = info[0];
  info.GetReturnValue().Set((*value->*Predicate)());
}

void IsBoxedPrimitive(const CallbackInfo& info) {
  v8::Local<v8::Value> v = info[0];
  info.GetReturnValue().Set(v->IsNumberObject() || v->IsStringObject() ||
                            v->IsBooleanObject() || v->IsBigIntObject() ||
                            v->IsSymbolObject());
}

void IsAnyArrayBuffer(const CallbackInfo& info) {
  info.GetReturnValue().Set(info[0]->IsArrayBuffer() ||
                            info[0]->IsSharedArrayBuffer());
}

constexpr Method kTypesMethods[] = {
    {"isExternal", TypeCheck<&v8::Value::IsExternal>},
    {"isDate", TypeCheck<&v8::Value::IsDate>},
    {"isArgumentsObject", TypeCheck<&v8::Value::IsArgumentsObject>},
    {"isBigIntObject", TypeCheck<&v8::Value::IsBigIntObject>},
    {"isBooleanObject", TypeCheck<&v8::Value::IsBooleanObject>},
    {"isNumberObject", TypeCheck<&v8::Value::IsNumberObject>},
    {"isStringObject", TypeCheck<&v8::Value::IsStringObject>},
    {"isSymbolObject", TypeCheck<&v8::Value::IsSymbolObject>},
    {"isNativeError", TypeCheck<&v8::Value::IsNativeError>},
    {"isRegExp", TypeCheck<&v8::Value::IsRegExp>},
    {"isAsyncFunction", TypeCheck<&v8::Value::IsAsyncFunction>},
    {"isGeneratorFunction", TypeCheck<&v8::Value::IsGeneratorFunction>},
    {"isGeneratorObject", TypeCheck<&v8::Value::IsGeneratorObject>},
    {"isPromise", TypeCheck<&v8::Value::IsPromise>},
    {"isMap", TypeCheck<&v8::Value::IsMap>},
    {"isSet", TypeCheck<&v8::Value::IsSet>},
    {"isMapIterator", TypeCheck<&v8::Value::IsMapIterator>},
    {"isSetIterator", TypeCheck<&v8::Value::IsSetIterator>},
    {"isWeakMap", TypeCheck<&v8::Value::IsWeakMap>},
    {"isWeakSet", TypeCheck<&v8::Value::IsWeakSet>},
    {"isArrayBuffer", TypeCheck<&v8::Value::IsArrayBuffer>},
    {"isDataView", TypeCheck<&v8::Value::IsDataView>},
    {"isSharedArrayBuffer", TypeCheck<&v8::Value::IsSharedArrayBuffer>},
    {"isProxy", TypeCheck<&v8::Value::IsProxy>},
    {"isModuleNamespaceObject", TypeCheck<&v8::Value::IsModuleNamespaceObject>},
    {"isAnyArrayBuffer", IsAnyArrayBuffer},
    {"isBoxedPrimitive", IsBoxedPrimitive},
};

}  // namespace

extern const Binding kUtilBinding{"util", kUtilMethods, kUtilConstants};
extern const Binding kTypesBinding{"types", kTypesMethods};

}  // namespace nodus
