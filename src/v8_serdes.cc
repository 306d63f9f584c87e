// SPDX-License-Identifier: MIT
// v8.Serializer and v8.Deserializer (classes of internalBinding('serdes')):
// V8's ValueSerializer/ValueDeserializer with a delegate that calls the JS
// hooks of the object (_writeHostObject, _getDataCloneError,
// _getSharedArrayBufferId, _readHostObject), which lib/v8.js's
// DefaultSerializer/DefaultDeserializer and user subclasses define.

#include <cstdlib>
#include <memory>
#include <utility>

#include "binding.h"
#include "environment.h"
#include "errors.h"

namespace nodus {
namespace {

v8::Local<v8::String> Name(v8::Isolate* isolate, const char* name) {
  return OneByte(isolate, name);
}

// The function stored under `name` on `object`, or an empty handle if it is
// not a function. False if reading it threw.
bool GetHook(v8::Local<v8::Context> context, v8::Local<v8::Object> object,
             const char* name, v8::Local<v8::Function>* hook) {
  v8::Local<v8::Value> value;
  if (!object->Get(context, Name(context->GetIsolate(), name)).ToLocal(&value))
    return false;
  if (value->IsFunction()) *hook = value.As<v8::Function>();
  return true;
}

void ThrowIllegalInvocation(v8::Isolate* isolate) {
  isolate->ThrowException(
      v8::Exception::TypeError(Name(isolate, "Illegal invocation")));
}

// Lifetime: weak from construction (its JS object owns it); freed with it.
class SerializerWrap : public Wrap, public v8::ValueSerializer::Delegate {
 public:
  static const WrapType kType;

  SerializerWrap(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType), serializer_(env.isolate(), this) {
    MakeWeak();
  }

  v8::ValueSerializer& serializer() { return serializer_; }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Isolate* isolate = env().isolate();
    v8::Local<v8::Context> context = env().context();
    v8::Local<v8::Function> hook;
    if (!GetHook(context, object(), "_getDataCloneError", &hook)) return;
    if (hook.IsEmpty()) {
      isolate->ThrowException(v8::Exception::Error(message));
      return;
    }
    v8::Local<v8::Value> argv[] = {message};
    v8::Local<v8::Value> error;
    if (hook->Call(context, object(), 1, argv).ToLocal(&error))
      isolate->ThrowException(error);
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate,
                                  v8::Local<v8::Object> host) override {
    v8::Local<v8::Context> context = env().context();
    v8::Local<v8::Function> hook;
    if (!GetHook(context, object(), "_writeHostObject", &hook))
      return v8::Nothing<bool>();
    if (hook.IsEmpty())
      return v8::ValueSerializer::Delegate::WriteHostObject(isolate, host);
    v8::Local<v8::Value> argv[] = {host};
    if (hook->Call(context, object(), 1, argv).IsEmpty())
      return v8::Nothing<bool>();
    return v8::Just(true);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(
      v8::Isolate* isolate, v8::Local<v8::SharedArrayBuffer> buffer) override {
    v8::Local<v8::Context> context = env().context();
    v8::Local<v8::Function> hook;
    if (!GetHook(context, object(), "_getSharedArrayBufferId", &hook))
      return v8::Nothing<uint32_t>();
    if (hook.IsEmpty()) {
      return v8::ValueSerializer::Delegate::GetSharedArrayBufferId(isolate,
                                                                   buffer);
    }
    v8::Local<v8::Value> argv[] = {buffer};
    v8::Local<v8::Value> id;
    if (!hook->Call(context, object(), 1, argv).ToLocal(&id))
      return v8::Nothing<uint32_t>();
    return id->Uint32Value(context);
  }

 private:
  v8::ValueSerializer serializer_;
};

const WrapType SerializerWrap::kType{"Serializer"};

// Lifetime: weak from construction. It reads the bytes of the view it was
// given in place, and keeps their backing store alive (the view may be
// detached or transferred meanwhile).
class DeserializerWrap : public Wrap, public v8::ValueDeserializer::Delegate {
 public:
  static const WrapType kType;

  DeserializerWrap(Environment& env, v8::Local<v8::Object> object,
                   v8::Local<v8::ArrayBufferView> view)
      : Wrap(env, object, kType),
        store_(view->Buffer()->GetBackingStore()),
        data_(static_cast<const uint8_t*>(store_->Data()) +
              (store_->Data() == nullptr ? 0 : view->ByteOffset())),
        length_(view->ByteLength()),
        deserializer_(env.isolate(), data_, length_, this) {
    MakeWeak();
  }

  v8::ValueDeserializer& deserializer() { return deserializer_; }
  const uint8_t* data() const { return data_; }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    v8::Local<v8::Context> context = env().context();
    v8::Local<v8::Function> hook;
    if (!GetHook(context, object(), "_readHostObject", &hook)) return {};
    if (hook.IsEmpty())
      return v8::ValueDeserializer::Delegate::ReadHostObject(isolate);
    // V8 disallows JS while it deserializes; the hook is JS by contract.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    v8::Local<v8::Value> result;
    if (!hook->Call(context, object(), 0, nullptr).ToLocal(&result)) return {};
    if (!result->IsObject()) {
      isolate->ThrowException(v8::Exception::TypeError(
          Name(isolate, "readHostObject must return an object")));
      return {};
    }
    return result.As<v8::Object>();
  }

 private:
  std::shared_ptr<v8::BackingStore> store_;
  const uint8_t* data_;
  size_t length_;
  v8::ValueDeserializer deserializer_;
};

const WrapType DeserializerWrap::kType{"Deserializer"};

template <typename T>
T* Self(const CallbackInfo& info) {
  T* self = Wrap::Unwrap<T>(info.This());
  if (self == nullptr) ThrowIllegalInvocation(info.GetIsolate());
  return self;
}

void NewSerializer(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  if (!info.IsConstructCall()) {
    ThrowError(env, ErrorCode::kConstructCallRequired,
               "Class constructor Serializer cannot be invoked without 'new'");
    return;
  }
  new SerializerWrap(env, info.This());
}

void WriteHeader(const CallbackInfo& info) {
  if (auto* self = Self<SerializerWrap>(info)) self->serializer().WriteHeader();
}

void WriteValue(const CallbackInfo& info) {
  auto* self = Self<SerializerWrap>(info);
  if (self == nullptr) return;
  bool ok;
  if (self->serializer().WriteValue(self->env().context(), info[0]).To(&ok))
    info.GetReturnValue().Set(ok);
}

void ReleaseBuffer(const CallbackInfo& info) {
  auto* self = Self<SerializerWrap>(info);
  if (self == nullptr) return;
  std::pair<uint8_t*, size_t> data = self->serializer().Release();
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data.first, data.second,
      [](void* bytes, size_t, void*) { std::free(bytes); }, nullptr);
  info.GetReturnValue().Set(v8::Uint8Array::New(
      v8::ArrayBuffer::New(info.GetIsolate(), std::move(store)), 0,
      data.second));
}

void SerializerTransferArrayBuffer(const CallbackInfo& info) {
  auto* self = Self<SerializerWrap>(info);
  if (self == nullptr) return;
  uint32_t id;
  if (!info[0]->Uint32Value(self->env().context()).To(&id)) return;
  if (!info[1]->IsArrayBuffer()) {
    ThrowError(self->env(), ErrorCode::kInvalidArgType,
               "arrayBuffer must be an ArrayBuffer");
    return;
  }
  self->serializer().TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
}

void WriteUint32(const CallbackInfo& info) {
  auto* self = Self<SerializerWrap>(info);
  uint32_t value;
  if (self == nullptr ||
      !info[0]->Uint32Value(self->env().context()).To(&value))
    return;
  self->serializer().WriteUint32(value);
}

void WriteUint64(const CallbackInfo& info) {
  auto* self = Self<SerializerWrap>(info);
  if (self == nullptr) return;
  v8::Local<v8::Context> context = self->env().context();
  uint32_t hi;
  uint32_t lo;
  if (!info[0]->Uint32Value(context).To(&hi) ||
      !info[1]->Uint32Value(context).To(&lo))
    return;
  self->serializer().WriteUint64((static_cast<uint64_t>(hi) << 32) | lo);
}

void WriteDouble(const CallbackInfo& info) {
  auto* self = Self<SerializerWrap>(info);
  double value;
  if (self == nullptr ||
      !info[0]->NumberValue(self->env().context()).To(&value))
    return;
  self->serializer().WriteDouble(value);
}

void WriteRawBytes(const CallbackInfo& info) {
  auto* self = Self<SerializerWrap>(info);
  if (self == nullptr) return;
  if (!info[0]->IsArrayBufferView()) {
    ThrowError(self->env(), ErrorCode::kInvalidArgType,
               "source must be a TypedArray or a DataView");
    return;
  }
  BytesArg bytes = Arg<BytesArg>::From(info, 0);
  self->serializer().WriteRawBytes(bytes.data, bytes.size);
}

void SetTreatArrayBufferViewsAsHostObjects(const CallbackInfo& info) {
  auto* self = Self<SerializerWrap>(info);
  if (self == nullptr) return;
  self->serializer().SetTreatArrayBufferViewsAsHostObjects(
      info[0]->BooleanValue(info.GetIsolate()));
}

void NewDeserializer(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  if (!info.IsConstructCall()) {
    ThrowError(env, ErrorCode::kConstructCallRequired,
               "Class constructor Deserializer cannot be invoked without "
               "'new'");
    return;
  }
  if (!info[0]->IsArrayBufferView()) {
    ThrowError(env, ErrorCode::kInvalidArgType,
               "buffer must be a TypedArray or a DataView");
    return;
  }
  if (info.This()
          ->Set(env.context(), Name(env.isolate(), "buffer"), info[0])
          .IsNothing())
    return;
  new DeserializerWrap(env, info.This(), info[0].As<v8::ArrayBufferView>());
}

void ReadHeader(const CallbackInfo& info) {
  auto* self = Self<DeserializerWrap>(info);
  bool ok;
  if (self != nullptr &&
      self->deserializer().ReadHeader(self->env().context()).To(&ok))
    info.GetReturnValue().Set(ok);
}

void ReadValue(const CallbackInfo& info) {
  auto* self = Self<DeserializerWrap>(info);
  v8::Local<v8::Value> value;
  if (self != nullptr &&
      self->deserializer().ReadValue(self->env().context()).ToLocal(&value))
    info.GetReturnValue().Set(value);
}

void DeserializerTransferArrayBuffer(const CallbackInfo& info) {
  auto* self = Self<DeserializerWrap>(info);
  if (self == nullptr) return;
  uint32_t id;
  if (!info[0]->Uint32Value(self->env().context()).To(&id)) return;
  if (info[1]->IsArrayBuffer()) {
    self->deserializer().TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
  } else if (info[1]->IsSharedArrayBuffer()) {
    self->deserializer().TransferSharedArrayBuffer(
        id, info[1].As<v8::SharedArrayBuffer>());
  } else {
    ThrowError(self->env(), ErrorCode::kInvalidArgType,
               "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
  }
}

void GetWireFormatVersion(const CallbackInfo& info) {
  if (auto* self = Self<DeserializerWrap>(info))
    info.GetReturnValue().Set(self->deserializer().GetWireFormatVersion());
}

void ThrowReadFailed(v8::Isolate* isolate, const char* what) {
  isolate->ThrowException(v8::Exception::Error(Name(isolate, what)));
}

void ReadUint32(const CallbackInfo& info) {
  auto* self = Self<DeserializerWrap>(info);
  if (self == nullptr) return;
  uint32_t value;
  if (!self->deserializer().ReadUint32(&value))
    return ThrowReadFailed(info.GetIsolate(), "ReadUint32() failed");
  info.GetReturnValue().Set(value);
}

void ReadUint64(const CallbackInfo& info) {
  auto* self = Self<DeserializerWrap>(info);
  if (self == nullptr) return;
  uint64_t value;
  if (!self->deserializer().ReadUint64(&value))
    return ThrowReadFailed(info.GetIsolate(), "ReadUint64() failed");
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> parts[] = {
      v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value >> 32)),
      v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value)),
  };
  info.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
}

void ReadDouble(const CallbackInfo& info) {
  auto* self = Self<DeserializerWrap>(info);
  if (self == nullptr) return;
  double value;
  if (!self->deserializer().ReadDouble(&value))
    return ThrowReadFailed(info.GetIsolate(), "ReadDouble() failed");
  info.GetReturnValue().Set(value);
}

// _readRawBytes(length) -> the offset of the bytes read within `buffer`.
void ReadRawBytes(const CallbackInfo& info) {
  auto* self = Self<DeserializerWrap>(info);
  if (self == nullptr) return;
  int64_t length;
  if (!info[0]->IntegerValue(self->env().context()).To(&length)) return;
  const void* data;
  if (length < 0 ||
      !self->deserializer().ReadRawBytes(static_cast<size_t>(length), &data))
    return ThrowReadFailed(info.GetIsolate(), "ReadRawBytes() failed");
  auto offset =
      static_cast<uint32_t>(static_cast<const uint8_t*>(data) - self->data());
  info.GetReturnValue().Set(offset);
}

constexpr Method kSerializerMethods[] = {
    {"writeHeader", WriteHeader},
    {"writeValue", WriteValue},
    {"releaseBuffer", ReleaseBuffer},
    {"transferArrayBuffer", SerializerTransferArrayBuffer},
    {"writeUint32", WriteUint32},
    {"writeUint64", WriteUint64},
    {"writeDouble", WriteDouble},
    {"writeRawBytes", WriteRawBytes},
    {"_setTreatArrayBufferViewsAsHostObjects",
     SetTreatArrayBufferViewsAsHostObjects},
};

constexpr Method kDeserializerMethods[] = {
    {"readHeader", ReadHeader},
    {"readValue", ReadValue},
    {"transferArrayBuffer", DeserializerTransferArrayBuffer},
    {"getWireFormatVersion", GetWireFormatVersion},
    {"readUint32", ReadUint32},
    {"readUint64", ReadUint64},
    {"readDouble", ReadDouble},
    {"_readRawBytes", ReadRawBytes},
};

}  // namespace

extern const Class kSerializerClass{"Serializer", NewSerializer,
                                    kSerializerMethods};
extern const Class kDeserializerClass{"Deserializer", NewDeserializer,
                                      kDeserializerMethods};

}  // namespace nodus
