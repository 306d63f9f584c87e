// SPDX-License-Identifier: MIT
// internalBinding('serdes'): V8's structured serialisation, for
// structuredClone (and, later, message ports and v8.serialize).

#include <cstdlib>
#include <cstring>
#include <vector>

#include "binding.h"
#include "environment.h"

namespace nodus {
namespace {

// Turns V8's DataCloneError into an Error named DataCloneError; lib/ makes
// the DOMException from it.
class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  explicit SerializerDelegate(v8::Isolate* isolate) : isolate_(isolate) {}
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> error = v8::Exception::Error(message);
    error.As<v8::Object>()
        ->Set(isolate_->GetCurrentContext(),
              v8::String::NewFromUtf8Literal(isolate_, "name"),
              v8::String::NewFromUtf8Literal(isolate_, "DataCloneError"))
        .Check();
    isolate_->ThrowException(error);
  }

 private:
  v8::Isolate* isolate_;
};

// structuredClone(value, transferList) -> a deep copy; transferred
// ArrayBuffers are detached from the original.
v8::MaybeLocal<v8::Value> StructuredClone(Environment& env,
                                          v8::Local<v8::Value> value,
                                          v8::Local<v8::Array> transfer) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  std::vector<std::shared_ptr<v8::BackingStore>> stores;
  for (uint32_t i = 0; i < transfer->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!transfer->Get(context, i).ToLocal(&item)) return {};
    if (!item->IsArrayBuffer()) continue;
    buffers.push_back(item.As<v8::ArrayBuffer>());
  }
  SerializerDelegate delegate(isolate);
  v8::ValueSerializer serializer(isolate, &delegate);
  for (size_t i = 0; i < buffers.size(); i++)
    serializer.TransferArrayBuffer(static_cast<uint32_t>(i), buffers[i]);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, value).IsNothing()) return {};
  for (v8::Local<v8::ArrayBuffer> buffer : buffers) {
    if (!buffer->IsDetachable()) continue;
    stores.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  std::pair<uint8_t*, size_t> data = serializer.Release();
  v8::ValueDeserializer deserializer(isolate, data.first, data.second);
  for (size_t i = 0; i < stores.size(); i++) {
    deserializer.TransferArrayBuffer(
        static_cast<uint32_t>(i), v8::ArrayBuffer::New(isolate, stores[i]));
  }
  v8::MaybeLocal<v8::Value> result;
  if (deserializer.ReadHeader(context).FromMaybe(false))
    result = deserializer.ReadValue(context);
  std::free(data.first);
  return result;
}

constexpr Method kMethods[] = {
    {"structuredClone", Fn<&StructuredClone>},
};

}  // namespace

extern const Binding kSerdesBinding{"serdes", kMethods};

}  // namespace nodus
