// SPDX-License-Identifier: MIT
// internalBinding('serdes'): V8's structured serialisation, for
// structuredClone, the 'advanced' IPC channel of child_process (node's wire
// format: typed arrays and Buffers as host objects), v8.Serializer and
// v8.Deserializer (src/v8_serdes.cc), and the view helpers lib/v8.js's
// DefaultSerializer/DefaultDeserializer share with the IPC format.

#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "binding.h"
#include "environment.h"
#include "message_port.h"

namespace nodus {
namespace {

// Turns V8's DataCloneError into an Error named DataCloneError; lib/ makes
// the DOMException from it.
class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  explicit SerializerDelegate(v8::Isolate* isolate) : isolate_(isolate) {}
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    messaging::ThrowDataCloneError(isolate_, message);
  }

 private:
  v8::Isolate* isolate_;
};

// The order node's v8.DefaultSerializer numbers ArrayBufferView types in;
// index 10 is Buffer (FastBuffer), told apart by its prototype.
constexpr int kBufferTypeIndex = 10;

int ViewTypeIndex(v8::Local<v8::ArrayBufferView> view,
                  v8::Local<v8::Value> buffer_prototype) {
  if (view->IsInt8Array()) return 0;
  if (view->IsUint8Array()) {
    return view->GetPrototype() == buffer_prototype ? kBufferTypeIndex : 1;
  }
  if (view->IsUint8ClampedArray()) return 2;
  if (view->IsInt16Array()) return 3;
  if (view->IsUint16Array()) return 4;
  if (view->IsInt32Array()) return 5;
  if (view->IsUint32Array()) return 6;
  if (view->IsFloat32Array()) return 7;
  if (view->IsFloat64Array()) return 8;
  if (view->IsDataView()) return 9;
  if (view->IsBigInt64Array()) return 11;
  if (view->IsBigUint64Array()) return 12;
  return 1;
}

// A view of type `index` over `length` bytes of `buffer` from `offset`, or
// an empty handle for an index node does not use.
v8::MaybeLocal<v8::Value> NewView(v8::Local<v8::ArrayBuffer> buffer, int index,
                                  size_t offset, size_t length) {
  switch (index) {
    case 0:
      return v8::Int8Array::New(buffer, offset, length);
    case 1:
    case kBufferTypeIndex:
      return v8::Uint8Array::New(buffer, offset, length);
    case 2:
      return v8::Uint8ClampedArray::New(buffer, offset, length);
    case 3:
      return v8::Int16Array::New(buffer, offset, length / 2);
    case 4:
      return v8::Uint16Array::New(buffer, offset, length / 2);
    case 5:
      return v8::Int32Array::New(buffer, offset, length / 4);
    case 6:
      return v8::Uint32Array::New(buffer, offset, length / 4);
    case 7:
      return v8::Float32Array::New(buffer, offset, length / 4);
    case 8:
      return v8::Float64Array::New(buffer, offset, length / 8);
    case 9:
      return v8::DataView::New(buffer, offset, length);
    case 11:
      return v8::BigInt64Array::New(buffer, offset, length / 8);
    case 12:
      return v8::BigUint64Array::New(buffer, offset, length / 8);
    default:
      return {};
  }
}

// Host objects of the IPC format: tag 0 + a view (type index, byte length,
// bytes); tag 1 + a plain copy of any other host object.
constexpr uint32_t kArrayBufferViewTag = 0;
constexpr uint32_t kNotArrayBufferViewTag = 1;

class MessageSerializerDelegate : public SerializerDelegate {
 public:
  MessageSerializerDelegate(v8::Isolate* isolate,
                            v8::Local<v8::Value> buffer_prototype)
      : SerializerDelegate(isolate),
        isolate_(isolate),
        buffer_prototype_(buffer_prototype) {}
  void set_serializer(v8::ValueSerializer* serializer) {
    serializer_ = serializer;
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate,
                                  v8::Local<v8::Object> object) override {
    if (object->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = object.As<v8::ArrayBufferView>();
      serializer_->WriteUint32(kArrayBufferViewTag);
      serializer_->WriteUint32(
          static_cast<uint32_t>(ViewTypeIndex(view, buffer_prototype_)));
      size_t length = view->ByteLength();
      serializer_->WriteUint32(static_cast<uint32_t>(length));
      std::vector<uint8_t> bytes(length);
      view->CopyContents(bytes.data(), length);
      serializer_->WriteRawBytes(bytes.data(), length);
      return v8::Just(true);
    }
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Object> copy = v8::Object::New(isolate);
    v8::Local<v8::Array> keys;
    if (!object->GetOwnPropertyNames(context).ToLocal(&keys))
      return v8::Nothing<bool>();
    for (uint32_t i = 0; i < keys->Length(); i++) {
      v8::Local<v8::Value> key;
      v8::Local<v8::Value> value;
      if (!keys->Get(context, i).ToLocal(&key) ||
          !object->Get(context, key).ToLocal(&value) ||
          copy->Set(context, key, value).IsNothing())
        return v8::Nothing<bool>();
    }
    serializer_->WriteUint32(kNotArrayBufferViewTag);
    return serializer_->WriteValue(context, copy);
  }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Value> buffer_prototype_;
  v8::ValueSerializer* serializer_ = nullptr;
};

class MessageDeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit MessageDeserializerDelegate(v8::Local<v8::Value> buffer_prototype)
      : buffer_prototype_(buffer_prototype) {}
  void set_deserializer(v8::ValueDeserializer* deserializer) {
    deserializer_ = deserializer;
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    uint32_t tag;
    if (!deserializer_->ReadUint32(&tag)) return Fail(isolate);
    if (tag != kArrayBufferViewTag) {
      v8::Local<v8::Value> value;
      if (!deserializer_->ReadValue(context).ToLocal(&value) ||
          !value->IsObject())
        return Fail(isolate);
      return value.As<v8::Object>();
    }
    uint32_t index;
    uint32_t length;
    const void* data;
    if (!deserializer_->ReadUint32(&index) ||
        !deserializer_->ReadUint32(&length) ||
        !deserializer_->ReadRawBytes(length, &data))
      return Fail(isolate);
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
    if (length > 0) std::memcpy(buffer->Data(), data, length);
    v8::Local<v8::Value> created;
    if (!NewView(buffer, static_cast<int>(index), 0, length).ToLocal(&created))
      return Fail(isolate);
    v8::Local<v8::Object> view = created.As<v8::Object>();
    if (index == kBufferTypeIndex && buffer_prototype_->IsObject() &&
        view->SetPrototype(context, buffer_prototype_).IsNothing())
      return {};
    return view;
  }

 private:
  v8::MaybeLocal<v8::Object> Fail(v8::Isolate* isolate) {
    isolate->ThrowException(v8::Exception::Error(v8::String::NewFromUtf8Literal(
        isolate, "Unable to deserialize message")));
    return {};
  }
  v8::Local<v8::Value> buffer_prototype_;
  v8::ValueDeserializer* deserializer_ = nullptr;
};

// serializeMessage(value, bufferPrototype) -> a Buffer: a 4-byte big-endian
// length, then V8's serialisation of value (node's 'advanced' IPC frame).
v8::MaybeLocal<v8::Value> SerializeMessage(
    Environment& env, v8::Local<v8::Value> value,
    v8::Local<v8::Object> buffer_prototype) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  MessageSerializerDelegate delegate(isolate, buffer_prototype);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.set_serializer(&serializer);
  serializer.SetTreatArrayBufferViewsAsHostObjects(true);
  const uint8_t frame[4] = {0, 0, 0, 0};
  serializer.WriteRawBytes(frame, sizeof(frame));
  serializer.WriteHeader();
  if (serializer.WriteValue(context, value).IsNothing()) return {};
  std::pair<uint8_t*, size_t> data = serializer.Release();
  auto payload = static_cast<uint32_t>(data.second - sizeof(frame));
  data.first[0] = static_cast<uint8_t>(payload >> 24);
  data.first[1] = static_cast<uint8_t>(payload >> 16);
  data.first[2] = static_cast<uint8_t>(payload >> 8);
  data.first[3] = static_cast<uint8_t>(payload);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data.first, data.second,
      [](void* bytes, size_t, void*) { std::free(bytes); }, nullptr);
  v8::Local<v8::Uint8Array> result = v8::Uint8Array::New(
      v8::ArrayBuffer::New(isolate, std::move(store)), 0, data.second);
  if (result->SetPrototype(context, buffer_prototype).IsNothing()) return {};
  return result;
}

// deserializeMessage(view, bufferPrototype) -> the value serialised in
// `view` (the bytes after the frame's length).
v8::MaybeLocal<v8::Value> DeserializeMessage(
    Environment& env, BytesArg bytes, v8::Local<v8::Object> buffer_prototype) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  MessageDeserializerDelegate delegate(buffer_prototype);
  v8::ValueDeserializer deserializer(isolate, bytes.data, bytes.size,
                                     &delegate);
  delegate.set_deserializer(&deserializer);
  bool ok;
  if (!deserializer.ReadHeader(context).To(&ok) || !ok) return {};
  return deserializer.ReadValue(context);
}

// arrayBufferViewTypeIndex(value) -> the type index DefaultSerializer
// writes for a view that is not a Buffer (0-12), -1 for anything else.
int32_t ArrayBufferViewTypeIndex(v8::Local<v8::Value> value) {
  if (!value->IsArrayBufferView()) return -1;
  return ViewTypeIndex(value.As<v8::ArrayBufferView>(), v8::Local<v8::Value>());
}

// newArrayBufferView(index, arrayBuffer, byteOffset, byteLength) -> the view
// DefaultDeserializer reads (index 10 as a Uint8Array, which lib/ turns
// into a Buffer), or undefined for an unknown index.
v8::MaybeLocal<v8::Value> NewArrayBufferView(int32_t index,
                                             v8::Local<v8::Value> buffer,
                                             double offset, double length) {
  CHECK(buffer->IsArrayBuffer());
  return NewView(buffer.As<v8::ArrayBuffer>(), index,
                 static_cast<size_t>(offset), static_cast<size_t>(length));
}

constexpr Method kMethods[] = {
    {"structuredClone", Fn<&messaging::StructuredClone>},
    {"arrayBufferViewTypeIndex", Fn<&ArrayBufferViewTypeIndex>},
    {"newArrayBufferView", Fn<&NewArrayBufferView>},
    {"serializeMessage", Fn<&SerializeMessage>},
    {"deserializeMessage", Fn<&DeserializeMessage>},
};

}  // namespace

// v8.Serializer and v8.Deserializer (src/v8_serdes.cc).
extern const Class kSerializerClass;
extern const Class kDeserializerClass;

namespace {
const Class kClasses[] = {kSerializerClass, kDeserializerClass};
}  // namespace

extern const Binding kSerdesBinding{"serdes", kMethods, {}, kClasses};

}  // namespace nodus
