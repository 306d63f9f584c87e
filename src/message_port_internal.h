// SPDX-License-Identifier: MIT
// What message_port.cc and message_serializer.cc share: a message, and the
// MessagePort object (the JS side of a PortData on one thread). Not for
// other files: they use message_port.h.
#pragma once

#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "handle.h"
#include "message_port.h"

namespace nodus::messaging {

// A serialised value and what travels beside it.
struct Message {
  std::vector<uint8_t> payload;
  std::vector<std::shared_ptr<v8::BackingStore>> array_buffers;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_buffers;
  std::vector<std::unique_ptr<PortData>> ports;
  // Each JS transferable's deserializeInfo ('module:Class'), by index; its
  // data follows the value in the payload.
  std::vector<std::string> js_infos;
  bool close = false;  // the other end of the channel is gone
};

// Lifetime: a Handle over a uv_async_t — strong until closed (by close(),
// by the other end closing, by being transferred, or at teardown). Starts
// unref'd; lib/ refs it while it has 'message' listeners.
class MessagePort : public Handle<uv_async_t> {
 public:
  static const WrapType kType;
  MessagePort(Environment& env, v8::Local<v8::Object> object,
              std::unique_ptr<PortData> data);
  ~MessagePort() override;

  // Any thread: tells the owning Environment's inbox this port has mail.
  void Wake();
  const std::shared_ptr<Inbox>& inbox() const { return inbox_; }
  uint64_t id() const { return id_; }
  PortData* data() const { return data_.get(); }
  bool receiving() const { return receiving_; }

  bool closed() const { return closed_; }

  // moveMessagePortToContext(): a port living in a vm context. Its
  // messages are read into that context and delivered to its onmessage /
  // onmessageerror properties; its DataCloneErrors are that context's
  // DOMException.
  void MoveToContext(v8::Local<v8::Context> context,
                     v8::Local<v8::Function> dom_exception);
  bool foreign() const { return !context_.IsEmpty(); }
  v8::Local<v8::Context> context() const;
  v8::Local<v8::Function> dom_exception() const;

  void Start() {
    receiving_ = true;
    if (data_ && data_->HasMessages()) Wake();
  }
  void Stop() { receiving_ = false; }

  // Leaves the channel when the handle's close callback runs (as node: the
  // other end sees the close after this end's 'close' event). Meanwhile
  // nothing is sent from here, and the Deliver() that is running goes on
  // delivering (as node); the closing port is not woken again, what
  // arrives goes with the data.
  void Close() override { Handle::Close(); }

  // For a transfer: the PortData leaves with the message, the port closes.
  std::unique_ptr<PortData> Detach() {
    if (data_) data_->SetOwner(nullptr);
    std::unique_ptr<PortData> data = std::move(data_);
    Close();
    return data;
  }

  // Delivers queued messages: all of them when draining, else up to a
  // limit, so that a flood from another thread cannot starve the loop.
  void Deliver(bool drain);
  // Takes one message and returns it deserialised (or an empty handle).
  v8::MaybeLocal<v8::Value> ReceiveOne(bool* got);

 private:
  void OnClosed() override;
  void Emit(int32_t event, v8::Local<v8::Value> data,
            v8::Local<v8::Array> ports);
  void Release() {
    if (!data_) return;
    data_->SetOwner(nullptr);
    data_.reset();  // leaves the group: the other end gets a close message
  }

  std::unique_ptr<PortData> data_;
  std::shared_ptr<Inbox> inbox_;
  uint64_t id_;
  bool receiving_ = false;
  bool closed_ = false;              // the handle's close callback ran
  size_t left_to_deliver_ = 0;       // once closing
  v8::Global<v8::Context> context_;  // empty: the Environment's
  v8::Global<v8::Function> dom_exception_;
};

// Writes `value` into `message`: V8's serialisation, then the transfer
// list's ArrayBuffers (detached) and ports (closed here), and every
// SharedArrayBuffer met (shared). lib/ has checked the list's types.
// `source` (may be null) is the sending port, which cannot be transferred.
bool SerializeMessage(Environment& env, v8::Local<v8::Value> value,
                      v8::Local<v8::Array> transfer, MessagePort* source,
                      Message* message);
// Reads `message` back in env; *ports gets the MessagePorts it carried.
// With `into` (the receiving port), in that port's context, and the ports
// carried are made in it too.
v8::MaybeLocal<v8::Value> DeserializeMessage(Environment& env, Message& message,
                                             v8::Local<v8::Array>* ports,
                                             const MessagePort* into = nullptr);

// A new MessagePort owning `data` in vm context `context`, whose
// DataCloneErrors are `dom_exception`s (MessagePort::MoveToContext).
v8::MaybeLocal<v8::Object> NewPortInContext(
    Environment& env, v8::Local<v8::Context> context,
    v8::Local<v8::Function> dom_exception, std::unique_ptr<PortData> data);

// JS transferables (js_transferable.cc): objects of classes extending the
// binding's JSTransferable, sent through their symbol-named methods.
enum class TransferSymbol { kClone, kTransfer, kTransferList, kDeserialize };
bool IsJSTransferable(v8::Local<v8::Value> value);
v8::Local<v8::Symbol> TransferSymbolOf(Environment& env, TransferSymbol which);
// The receiving side's new object for `info`, made by lib/'s function.
v8::MaybeLocal<v8::Object> CreateTransferredObject(Environment& env,
                                                   const std::string& info);
void SetDeserializerCreateObjectFunction(Environment& env,
                                         v8::Local<v8::Function> fn);
// JSTransferable and transferSymbols on the messaging binding.
void InitializeTransferables(Environment& env, v8::Local<v8::Object> target);

}  // namespace nodus::messaging
