// SPDX-License-Identifier: MIT
// Message ports: the one way values travel between threads. A PortData is
// one end of a channel (its queue of incoming messages and its place in a
// group of entangled ends); a MessagePort is the JS object that owns a
// PortData on one thread. PortData moves between threads inside messages
// (a transferred port); MessagePort never does.
#pragma once

#include <v8.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <utility>

namespace nodus {
class Environment;
}

namespace nodus::messaging {

class Group;
class Inbox;
class MessagePort;
struct Message;

class PortData {
 public:
  PortData();
  ~PortData();
  PortData(const PortData&) = delete;
  PortData& operator=(const PortData&) = delete;

  // Any thread: queues a message and wakes the owning port.
  void Enqueue(std::unique_ptr<Message> message);
  // The owner's thread.
  std::unique_ptr<Message> Dequeue();
  bool HasMessages();
  // True when the other end has closed (its close message is queued last).
  bool SiblingClosed();
  void SetOwner(MessagePort* owner);

  // Sends to every other end of the group (one for a channel); false when
  // the group refuses the message (JS transferables to several ends).
  bool Send(std::unique_ptr<Message> message);
  // Leaves the group; a channel's other end then receives a close message.
  void Disentangle();
  // In the same group as `other` (its owner's thread, with `other` held).
  bool IsEntangledWith(const PortData& other) const;

  // Two ends entangled with each other (a MessageChannel).
  static std::pair<std::unique_ptr<PortData>, std::unique_ptr<PortData>>
  NewChannel();
  // One end of the process-wide group of BroadcastChannels named `name`.
  static std::unique_ptr<PortData> JoinBroadcast(const std::string& name);

  // postMessageToThread(): an end in no group that receives what any
  // thread sends to thread `thread_id`, until it is destroyed. Made by the
  // parent at `new Worker()` and handed to the worker, so that messages
  // sent before the worker runs wait for it. Null when that thread has
  // one already.
  static std::unique_ptr<PortData> NewMailbox(uint64_t thread_id);
  // Any thread: queues `message` in thread `thread_id`'s mailbox; false
  // (and `message` dropped) when there is none.
  static bool SendToThread(uint64_t thread_id,
                           std::unique_ptr<Message> message);
  static bool HasMailbox(uint64_t thread_id);

 private:
  friend class Group;
  std::mutex mutex_;
  std::deque<std::unique_ptr<Message>> incoming_;
  MessagePort* owner_ = nullptr;
  // Where to signal the owner: its Environment's inbox and its id there.
  std::shared_ptr<Inbox> owner_inbox_;
  uint64_t owner_id_ = 0;
  std::shared_ptr<Group> group_;
  bool mailbox_ = false;  // registered under mailbox_thread_
  uint64_t mailbox_thread_ = 0;
};

// markAsUntransferable(): such ArrayBuffers are copied and such ports
// refused, even when listed in a transfer list (the Buffer pool is marked).
void MarkUntransferable(Environment& env, v8::Local<v8::Object> object);
v8::Local<v8::Private> UntransferableKey(v8::Isolate* isolate);

// Throws an Error named DataCloneError (lib/ turns it into the
// DOMException), for every serialiser of ours.
void ThrowDataCloneError(v8::Isolate* isolate, v8::Local<v8::String> message);

// structuredClone(value, { transfer }): the same serialisation as a message,
// read back at once in the same Environment.
v8::MaybeLocal<v8::Value> StructuredClone(Environment& env,
                                          v8::Local<v8::Value> value,
                                          v8::Local<v8::Array> transfer);

// A new MessagePort object in env owning `data`.
v8::MaybeLocal<v8::Object> NewPort(Environment& env,
                                   std::unique_ptr<PortData> data);

}  // namespace nodus::messaging
