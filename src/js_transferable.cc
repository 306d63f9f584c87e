// SPDX-License-Identifier: MIT
// JS transferables (lib/internal/worker/js_transferable.js): objects whose
// class extends the messaging binding's JSTransferable. Such an object is
// an API object with our internal fields, so V8's serializer hands it to
// the message serializer as a host object. There its [kClone]() or
// [kTransfer]() method says what to send ({ data, deserializeInfo }); the
// receiving side makes the object from deserializeInfo ('module:Class',
// through the function lib/ registers) and gives it the data through its
// [kDeserialize](data) method. The four symbols are per Environment.

#include <string>

#include "binding.h"
#include "environment.h"
#include "message_port_internal.h"

namespace nodus::messaging {

namespace {

const WrapType kJSTransferableType{"JSTransferable"};

struct TransferableState : Environment::BindingData {
  v8::Global<v8::Symbol> symbols[4];
  v8::Global<v8::Function> create_object;
};
const char kStateKey = 0;

TransferableState* StateOf(Environment& env) {
  auto* state = static_cast<TransferableState*>(env.binding_data(&kStateKey));
  if (state == nullptr && !env.GetBinding("messaging").IsEmpty())
    state = static_cast<TransferableState*>(env.binding_data(&kStateKey));
  return state;
}

// `new JSTransferable()` (as the base of a class): tags the object.
void NewJSTransferable(const CallbackInfo& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    isolate->ThrowException(v8::Exception::TypeError(
        Utf8(isolate,
             "Class constructor JSTransferable cannot be invoked "
             "without 'new'")));
    return;
  }
  v8::Local<v8::Object> self = info.This();
  self->SetAlignedPointerInInternalField(
      kWrapTypeField, const_cast<WrapType*>(&kJSTransferableType));
  self->SetAlignedPointerInInternalField(kWrapPointerField, nullptr);
}

constexpr const char* kSymbolNames[] = {
    "messaging_clone_symbol",
    "messaging_transfer_symbol",
    "messaging_transfer_list_symbol",
    "messaging_deserialize_symbol",
};

}  // namespace

bool IsJSTransferable(v8::Local<v8::Value> value) {
  if (!value->IsObject()) return false;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  return object->InternalFieldCount() >= kWrapFieldCount &&
         object->GetAlignedPointerFromInternalField(kWrapTypeField) ==
             &kJSTransferableType;
}

v8::Local<v8::Symbol> TransferSymbolOf(Environment& env, TransferSymbol which) {
  TransferableState* state = StateOf(env);
  CHECK(state != nullptr);
  return state->symbols[static_cast<int>(which)].Get(env.isolate());
}

v8::MaybeLocal<v8::Object> CreateTransferredObject(Environment& env,
                                                   const std::string& info) {
  v8::Isolate* isolate = env.isolate();
  TransferableState* state = StateOf(env);
  if (state == nullptr || state->create_object.IsEmpty()) {
    isolate->ThrowException(v8::Exception::Error(
        Utf8(isolate, "Unknown deserialize spec " + info)));
    return {};
  }
  v8::Local<v8::Value> argv[] = {Utf8(isolate, info)};
  v8::Local<v8::Value> result;
  if (!state->create_object.Get(isolate)
           ->Call(env.context(), v8::Undefined(isolate), 1, argv)
           .ToLocal(&result))
    return {};
  if (!result->IsObject()) {
    isolate->ThrowException(v8::Exception::Error(
        Utf8(isolate, "Unknown deserialize spec " + info)));
    return {};
  }
  return result.As<v8::Object>();
}

void SetDeserializerCreateObjectFunction(Environment& env,
                                         v8::Local<v8::Function> fn) {
  TransferableState* state = StateOf(env);
  CHECK(state != nullptr);
  state->create_object.Reset(env.isolate(), fn);
}

void InitializeTransferables(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  auto state = std::make_unique<TransferableState>();
  v8::Local<v8::Object> symbols = v8::Object::New(isolate);
  for (int i = 0; i < 4; i++) {
    v8::Local<v8::Symbol> symbol =
        v8::Symbol::New(isolate, OneByte(isolate, kSymbolNames[i]));
    state->symbols[i].Reset(isolate, symbol);
    symbols->Set(context, OneByte(isolate, kSymbolNames[i]), symbol).Check();
  }
  v8::Local<v8::FunctionTemplate> tmpl =
      v8::FunctionTemplate::New(isolate, NewJSTransferable);
  tmpl->SetClassName(OneByte(isolate, "JSTransferable"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(kWrapFieldCount);
  env.set_binding_data(&kStateKey, std::move(state));
  target->Set(context, OneByte(isolate, "transferSymbols"), symbols).Check();
  target
      ->Set(context, OneByte(isolate, "JSTransferable"),
            tmpl->GetFunction(context).ToLocalChecked())
      .Check();
}

}  // namespace nodus::messaging
