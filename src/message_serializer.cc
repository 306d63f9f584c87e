// SPDX-License-Identifier: MIT
// A message's serialisation: V8's ValueSerializer (structured clone) plus the
// out-of-band parts — transferred ArrayBuffers' backing stores (detached on
// the sender), SharedArrayBuffers' stores (shared), transferred ports'
// PortData. structuredClone() is the same serialisation read back at once.

#include <algorithm>
#include <cstdlib>
#include <string>

#include "binding.h"
#include "env_store.h"
#include "environment.h"
#include "errors.h"
#include "message_port_internal.h"

namespace nodus::messaging {

v8::Local<v8::Private> UntransferableKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(
      isolate, v8::String::NewFromUtf8Literal(isolate, "nodus:untransferable"));
}

void MarkUntransferable(Environment& env, v8::Local<v8::Object> object) {
  v8::Isolate* isolate = env.isolate();
  if (object
          ->SetPrivate(env.context(), UntransferableKey(isolate),
                       v8::True(isolate))
          .IsNothing())
    return;
}

void ThrowDataCloneError(v8::Isolate* isolate, v8::Local<v8::String> message) {
  v8::Local<v8::Value> error = v8::Exception::Error(message);
  error.As<v8::Object>()
      ->Set(isolate->GetCurrentContext(),
            v8::String::NewFromUtf8Literal(isolate, "name"),
            v8::String::NewFromUtf8Literal(isolate, "DataCloneError"))
      .Check();
  isolate->ThrowException(error);
}

namespace {

// What follows a host object's tag: a transferred port's index, a value
// written as a plain object (process.env), or a JS transferable's index.
enum HostObjectKind : uint32_t {
  kHostPort = 0,
  kHostPlainObject = 1,
  kHostJSTransferable = 2,
};

std::string ToUtf8String(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 ? std::string(*utf8, utf8.length()) : std::string();
}

class Serializer : public v8::ValueSerializer::Delegate {
 public:
  Serializer(Environment& env, Message* message)
      : env_(env), message_(message), serializer_(env.isolate(), this) {}

  // Checks the transfer list (lib/ has checked each entry's type) and
  // writes `value`. Ports and buffers are detached only once all succeeded.
  bool Write(v8::Local<v8::Value> value, v8::Local<v8::Array> transfer,
             MessagePort* source) {
    v8::Isolate* isolate = env_.isolate();
    v8::Local<v8::Context> context = env_.context();
    for (uint32_t i = 0; i < transfer->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!transfer->Get(context, i).ToLocal(&item)) return false;
      if (item->IsArrayBuffer()) {
        v8::Local<v8::ArrayBuffer> buffer = item.As<v8::ArrayBuffer>();
        if (std::find(buffers_.begin(), buffers_.end(), buffer) !=
            buffers_.end()) {
          messaging::ThrowDataCloneError(
              isolate, Utf8(isolate,
                            "Transfer list contains duplicate "
                            "ArrayBuffer"));
          return false;
        }
        // Untransferable or not detachable: copied instead, as in node.
        bool untransferable =
            buffer->HasPrivate(context, UntransferableKey(isolate))
                .FromMaybe(false);
        if (untransferable || !buffer->IsDetachable()) continue;
        TransferBuffer(buffer);
        continue;
      }
      if (IsJSTransferable(item)) {
        if (!AddListedTransferable(item.As<v8::Object>())) return false;
        continue;
      }
      MessagePort* port = Wrap::Unwrap<MessagePort>(item);
      if (port != nullptr &&
          item.As<v8::Object>()
              ->HasPrivate(context, UntransferableKey(isolate))
              .FromMaybe(false)) {
        // Not transferred: writing it then fails as "not listed".
        continue;
      }
      if (!CheckPort(port, source)) return false;
      if (std::find(ports_.begin(), ports_.end(), port) != ports_.end()) {
        messaging::ThrowDataCloneError(isolate,
                                       Utf8(isolate,
                                            "Transfer list contains duplicate "
                                            "MessagePort"));
        return false;
      }
      ports_.push_back(port);
    }
    if (!AddNestedTransferables(source)) return false;
    serializer_.WriteHeader();
    if (serializer_.WriteValue(context, value).IsNothing()) return false;
    // Each JS transferable's data, after the value (the list grows with
    // the cloneables met inside the data).
    for (size_t i = 0; i < hosts_.size(); i++) {
      if (!WriteTransferableData(i)) return false;
    }
    std::pair<uint8_t*, size_t> data = serializer_.Release();
    message_->payload.assign(data.first, data.first + data.second);
    std::free(data.first);
    for (v8::Local<v8::ArrayBuffer> buffer : buffers_) {
      message_->array_buffers.push_back(buffer->GetBackingStore());
      buffer->Detach();
    }
    for (MessagePort* port : ports_) message_->ports.push_back(port->Detach());
    return true;
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    messaging::ThrowDataCloneError(env_.isolate(), message);
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate,
                                  v8::Local<v8::Object> object) override {
    if (IsProcessEnvObject(isolate, object)) return WriteEnvCopy(object);
    if (IsJSTransferable(object)) return WriteJSTransferable(object);
    MessagePort* port = Wrap::Unwrap<MessagePort>(object);
    if (port == nullptr)
      return v8::ValueSerializer::Delegate::WriteHostObject(isolate, object);
    serializer_.WriteUint32(kHostPort);
    auto it = std::find(ports_.begin(), ports_.end(), port);
    if (it == ports_.end()) {
      ThrowError(env_, ErrorCode::kMissingTransferable,
                 "Object that needs transfer was found in message but not "
                 "listed in transferList");
      return v8::Nothing<bool>();
    }
    serializer_.WriteUint32(static_cast<uint32_t>(it - ports_.begin()));
    return v8::Just(true);
  }

  // A JS transferable met in the value: its index among those listed, or
  // a new entry when it can be cloned.
  v8::Maybe<bool> WriteJSTransferable(v8::Local<v8::Object> object) {
    serializer_.WriteUint32(kHostJSTransferable);
    for (size_t i = 0; i < hosts_.size(); i++) {
      if (hosts_[i].object == object) {
        serializer_.WriteUint32(static_cast<uint32_t>(i));
        return v8::Just(true);
      }
    }
    bool cloneable;
    if (!object
             ->Has(env_.context(),
                   TransferSymbolOf(env_, TransferSymbol::kClone))
             .To(&cloneable))
      return v8::Nothing<bool>();
    if (!cloneable) {
      ThrowError(env_, ErrorCode::kMissingTransferable,
                 "Object that needs transfer was found in message but not "
                 "listed in transferList");
      return v8::Nothing<bool>();
    }
    serializer_.WriteUint32(static_cast<uint32_t>(hosts_.size()));
    hosts_.push_back({v8::Global<v8::Object>(env_.isolate(), object), false});
    return v8::Just(true);
  }

  bool AddListedTransferable(v8::Local<v8::Object> object) {
    v8::Isolate* isolate = env_.isolate();
    for (const Host& host : hosts_) {
      if (host.object == object) {
        v8::Local<v8::String> name = object->GetConstructorName();
        messaging::ThrowDataCloneError(
            isolate,
            v8::String::Concat(
                isolate, Utf8(isolate, "Transfer list contains duplicate "),
                name));
        return false;
      }
    }
    hosts_.push_back({v8::Global<v8::Object>(isolate, object), true});
    return true;
  }

  // A port that can be transferred: not detached or closing, and not the
  // one the message is sent through (node's DataCloneError otherwise).
  bool CheckPort(MessagePort* port, MessagePort* source) {
    v8::Isolate* isolate = env_.isolate();
    if (port == nullptr || port->data() == nullptr || port->closing()) {
      messaging::ThrowDataCloneError(
          isolate,
          Utf8(isolate, "MessagePort in transfer list is already detached"));
      return false;
    }
    if (port == source) {
      messaging::ThrowDataCloneError(
          isolate, Utf8(isolate, "Transfer list contains source port"));
      return false;
    }
    return true;
  }

  void TransferBuffer(v8::Local<v8::ArrayBuffer> buffer) {
    serializer_.TransferArrayBuffer(static_cast<uint32_t>(buffers_.size()),
                                    buffer);
    buffers_.push_back(buffer);
  }

  // What the listed JS transferables' [kTransferList]() add to the list:
  // ports, ArrayBuffers and other JS transferables they carry.
  bool AddNestedTransferables(MessagePort* source) {
    v8::Isolate* isolate = env_.isolate();
    v8::Local<v8::Context> context = env_.context();
    v8::Local<v8::Symbol> key =
        TransferSymbolOf(env_, TransferSymbol::kTransferList);
    for (size_t i = 0; i < hosts_.size(); i++) {
      v8::Local<v8::Object> object = hosts_[i].object.Get(isolate);
      v8::Local<v8::Value> method;
      v8::Local<v8::Value> list;
      if (!object->Get(context, key).ToLocal(&method)) return false;
      if (!method->IsFunction()) continue;
      if (!method.As<v8::Function>()
               ->Call(context, object, 0, nullptr)
               .ToLocal(&list))
        return false;
      if (!list->IsArray()) continue;
      v8::Local<v8::Array> items = list.As<v8::Array>();
      for (uint32_t j = 0; j < items->Length(); j++) {
        v8::Local<v8::Value> item;
        if (!items->Get(context, j).ToLocal(&item)) return false;
        if (IsJSTransferable(item)) {
          bool known = false;
          for (const Host& host : hosts_) known = known || host.object == item;
          if (!known)
            hosts_.push_back(
                {v8::Global<v8::Object>(isolate, item.As<v8::Object>()), true});
          continue;
        }
        if (item->IsArrayBuffer()) {
          v8::Local<v8::ArrayBuffer> buffer = item.As<v8::ArrayBuffer>();
          if (std::find(buffers_.begin(), buffers_.end(), buffer) !=
                  buffers_.end() ||
              !buffer->IsDetachable())
            continue;
          TransferBuffer(buffer);
          continue;
        }
        MessagePort* port = Wrap::Unwrap<MessagePort>(item);
        if (port == nullptr ||
            std::find(ports_.begin(), ports_.end(), port) != ports_.end())
          continue;
        if (!CheckPort(port, source)) return false;
        ports_.push_back(port);
      }
    }
    return true;
  }

  // Calls hosts_[index]'s [kTransfer]() (listed; falls back to [kClone]())
  // or [kClone](), and writes the data it returns.
  bool WriteTransferableData(size_t index) {
    v8::Isolate* isolate = env_.isolate();
    v8::Local<v8::Context> context = env_.context();
    v8::Local<v8::Object> object = hosts_[index].object.Get(isolate);
    v8::Local<v8::Value> method;
    if (hosts_[index].transfer) {
      if (!object
               ->Get(context, TransferSymbolOf(env_, TransferSymbol::kTransfer))
               .ToLocal(&method))
        return false;
    }
    if (method.IsEmpty() || !method->IsFunction()) {
      if (!object->Get(context, TransferSymbolOf(env_, TransferSymbol::kClone))
               .ToLocal(&method))
        return false;
    }
    if (!method->IsFunction()) {
      ThrowError(env_, ErrorCode::kInvalidTransferObject,
                 "Found invalid object in transferList");
      return false;
    }
    v8::Local<v8::Value> result;
    v8::Local<v8::Value> data;
    v8::Local<v8::Value> info;
    if (!method.As<v8::Function>()
             ->Call(context, object, 0, nullptr)
             .ToLocal(&result))
      return false;
    if (!result->IsObject()) {
      ThrowError(env_, ErrorCode::kInvalidTransferObject,
                 "Found invalid object in transferList");
      return false;
    }
    if (!result.As<v8::Object>()
             ->Get(context, Utf8(isolate, "data"))
             .ToLocal(&data) ||
        !result.As<v8::Object>()
             ->Get(context, Utf8(isolate, "deserializeInfo"))
             .ToLocal(&info))
      return false;
    v8::Local<v8::String> text;
    if (!info->ToString(context).ToLocal(&text)) return false;
    message_->js_infos.push_back(ToUtf8String(isolate, text));
    return serializer_.WriteValue(context, data).IsJust();
  }

  // process.env travels as a plain object of its variables.
  v8::Maybe<bool> WriteEnvCopy(v8::Local<v8::Object> env_object) {
    v8::Local<v8::Context> context = env_.context();
    v8::Local<v8::Object> copy = v8::Object::New(env_.isolate());
    v8::Local<v8::Array> keys;
    if (!env_object->GetOwnPropertyNames(context).ToLocal(&keys))
      return v8::Nothing<bool>();
    for (uint32_t i = 0; i < keys->Length(); i++) {
      v8::Local<v8::Value> key;
      v8::Local<v8::Value> value;
      if (!keys->Get(context, i).ToLocal(&key) ||
          !env_object->Get(context, key).ToLocal(&value) ||
          copy->Set(context, key, value).IsNothing())
        return v8::Nothing<bool>();
    }
    serializer_.WriteUint32(kHostPlainObject);
    return serializer_.WriteValue(context, copy);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(
      v8::Isolate* isolate, v8::Local<v8::SharedArrayBuffer> buffer) override {
    // The handle V8 passes may be a reused slot: remember the objects.
    for (size_t i = 0; i < shared_.size(); i++) {
      if (shared_[i] == buffer) return v8::Just(static_cast<uint32_t>(i));
    }
    shared_.emplace_back(isolate, buffer);
    message_->shared_buffers.push_back(buffer->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(shared_.size() - 1));
  }

 private:
  Environment& env_;
  Message* message_;
  v8::ValueSerializer serializer_;
  std::vector<v8::Local<v8::ArrayBuffer>> buffers_;
  std::vector<v8::Global<v8::SharedArrayBuffer>> shared_;
  std::vector<MessagePort*> ports_;
  // Globals: the handles V8 passes to WriteHostObject live in its scopes.
  struct Host {
    v8::Global<v8::Object> object;
    bool transfer;  // listed (or carried by one listed), else cloned
  };
  std::vector<Host> hosts_;
};

class Deserializer : public v8::ValueDeserializer::Delegate {
 public:
  Deserializer(Environment& env, Message& message, const MessagePort* into)
      : env_(env),
        into_(into),
        context_(into != nullptr ? into->context() : env.context()),
        message_(message),
        deserializer_(env.isolate(), message.payload.data(),
                      message.payload.size(), this) {}

  // The value, and in *ports the ports the message carried.
  v8::MaybeLocal<v8::Value> Read(v8::Local<v8::Array>* ports) {
    v8::Isolate* isolate = env_.isolate();
    v8::Local<v8::Context> context = context_;
    v8::Context::Scope context_scope(context);
    *ports = v8::Array::New(isolate);
    for (size_t i = 0; i < message_.ports.size(); i++) {
      v8::Local<v8::Object> port;
      std::unique_ptr<PortData> data = std::move(message_.ports[i]);
      if (!(into_ != nullptr && into_->foreign()
                ? NewPortInContext(env_, context, into_->dom_exception(),
                                   std::move(data))
                : NewPort(env_, std::move(data)))
               .ToLocal(&port) ||
          (*ports)->Set(context, static_cast<uint32_t>(i), port).IsNothing())
        return {};
      ports_.push_back(port);
    }
    for (size_t i = 0; i < message_.array_buffers.size(); i++) {
      deserializer_.TransferArrayBuffer(
          static_cast<uint32_t>(i),
          v8::ArrayBuffer::New(isolate, message_.array_buffers[i]));
    }
    if (!message_.js_infos.empty()) {
      // JS transferables are made by this Environment's lib/, in its
      // own context only.
      if (context != env_.context()) {
        ThrowError(env_, ErrorCode::kMessageTargetContextUnavailable,
                   "A message object could not be deserialized successfully "
                   "in the target vm.Context");
        return {};
      }
      for (const std::string& info : message_.js_infos) {
        v8::Local<v8::Object> object;
        if (!CreateTransferredObject(env_, info).ToLocal(&object)) return {};
        hosts_.push_back(object);
      }
    }
    bool ok;
    v8::Local<v8::Value> value;
    if (!deserializer_.ReadHeader(context).To(&ok) || !ok ||
        !deserializer_.ReadValue(context).ToLocal(&value))
      return {};
    if (hosts_.empty()) return value;
    v8::Local<v8::Symbol> key =
        TransferSymbolOf(env_, TransferSymbol::kDeserialize);
    for (v8::Local<v8::Object> object : hosts_) {
      v8::Local<v8::Value> data;
      v8::Local<v8::Value> method;
      v8::Local<v8::Value> ignored;
      if (!deserializer_.ReadValue(context).ToLocal(&data) ||
          !object->Get(context, key).ToLocal(&method))
        return {};
      if (!method->IsFunction()) continue;
      v8::Local<v8::Value> argv[] = {data};
      if (!method.As<v8::Function>()
               ->Call(context, object, 1, argv)
               .ToLocal(&ignored))
        return {};
    }
    return value;
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t kind;
    if (deserializer_.ReadUint32(&kind) && kind == kHostPlainObject) {
      v8::Local<v8::Value> value;
      if (!deserializer_.ReadValue(context_).ToLocal(&value)) return {};
      if (value->IsObject()) return value.As<v8::Object>();
    }
    uint32_t index;
    if (kind == kHostJSTransferable && deserializer_.ReadUint32(&index) &&
        index < hosts_.size())
      return hosts_[index];
    if (kind != kHostPort || !deserializer_.ReadUint32(&index) ||
        index >= ports_.size()) {
      isolate->ThrowException(v8::Exception::Error(
          Utf8(isolate, "Unable to deserialize cloned data.")));
      return {};
    }
    return ports_[index];
  }

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(
      v8::Isolate* isolate, uint32_t id) override {
    if (id >= message_.shared_buffers.size()) return {};
    return v8::SharedArrayBuffer::New(isolate, message_.shared_buffers[id]);
  }

 private:
  Environment& env_;
  const MessagePort* into_;
  v8::Local<v8::Context> context_;
  Message& message_;
  v8::ValueDeserializer deserializer_;
  std::vector<v8::Local<v8::Object>> ports_;
  std::vector<v8::Local<v8::Object>> hosts_;
};

}  // namespace

bool SerializeMessage(Environment& env, v8::Local<v8::Value> value,
                      v8::Local<v8::Array> transfer, MessagePort* source,
                      Message* message) {
  return Serializer(env, message).Write(value, transfer, source);
}

v8::MaybeLocal<v8::Value> DeserializeMessage(Environment& env, Message& message,
                                             v8::Local<v8::Array>* ports,
                                             const MessagePort* into) {
  return Deserializer(env, message, into).Read(ports);
}

v8::MaybeLocal<v8::Value> StructuredClone(Environment& env,
                                          v8::Local<v8::Value> value,
                                          v8::Local<v8::Array> transfer) {
  Message message;
  if (!SerializeMessage(env, value, transfer, nullptr, &message)) return {};
  v8::Local<v8::Array> ports;
  return DeserializeMessage(env, message, &ports);
}

}  // namespace nodus::messaging
