// SPDX-License-Identifier: MIT
// internalBinding('messaging'): MessagePort over PortData (message_port.h);
// messages are serialised by message_serializer.cc.
//
// Locks: the mailbox registry's mutex or a Group's mutex, then a
// PortData's mutex, then an Inbox's mutex — never the other way round.
//
// Wake-ups: each Environment has one Inbox, an eventfd watched by its loop.
// A sender queues the message in the receiver's PortData, then tells the
// owner's Inbox the port's id (no lock held during the write). Ids are
// never reused, so a port closed meanwhile is simply not found. (libuv
// 1.44's uv_async_send makes the receiver spin with sched_yield while the
// sender is still inside its write(); on a busy machine that tripled the
// latency of a message.) The port's own uv_async_t is never sent: it only
// keeps the loop alive while the port is ref'd.

#include "message_port.h"

#include <sys/eventfd.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "binding.h"
#include "builtins.h"
#include "contextify.h"
#include "environment.h"
#include "handle.h"
#include "message_port_internal.h"

namespace nodus::messaging {

// The ends that receive each other's messages. A channel's group closes
// its last end when the other leaves; a broadcast group does not.
class Group {
 public:
  Group(bool channel, std::string name)
      : channel_(channel), name_(std::move(name)) {}
  ~Group();

  void Add(PortData* data) {
    std::lock_guard<std::mutex> lock(mutex_);
    members_.push_back(data);
  }

  void Remove(PortData* data) {
    std::lock_guard<std::mutex> lock(mutex_);
    members_.erase(std::remove(members_.begin(), members_.end(), data),
                   members_.end());
    if (channel_ && members_.size() == 1) {
      auto message = std::make_unique<Message>();
      message->close = true;
      members_[0]->Enqueue(std::move(message));
    }
  }

  // False (nothing sent) when a message carrying JS transferables would
  // reach more than one end, as node refuses it.
  bool Send(PortData* from, std::unique_ptr<Message> message) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<PortData*> targets;
    for (PortData* member : members_) {
      if (member != from) targets.push_back(member);
    }
    if (targets.size() > 1 && !message->js_infos.empty()) return false;
    for (size_t i = 0; i < targets.size(); i++) {
      if (i + 1 == targets.size()) {
        targets[i]->Enqueue(std::move(message));
        break;
      }
      // Broadcast: each receiver gets its own copy (no transfers there).
      auto copy = std::make_unique<Message>();
      copy->payload = message->payload;
      copy->shared_buffers = message->shared_buffers;
      targets[i]->Enqueue(std::move(copy));
    }
    return true;
  }

 private:
  std::mutex mutex_;
  std::vector<PortData*> members_;
  bool channel_;
  std::string name_;
};

namespace {

std::mutex broadcast_mutex;
std::map<std::string, std::weak_ptr<Group>>* broadcast_groups = nullptr;

// Thread id -> its mailbox (postMessageToThread). An entry lives as long as
// its PortData: senders queue under this mutex, the destructor removes it
// under this mutex.
std::mutex mailbox_mutex;
std::unordered_map<uint64_t, PortData*>* mailboxes = nullptr;

}  // namespace

Group::~Group() {
  if (channel_) return;
  std::lock_guard<std::mutex> lock(broadcast_mutex);
  auto it = broadcast_groups->find(name_);
  if (it != broadcast_groups->end() && it->second.expired())
    broadcast_groups->erase(it);
}

// --- Inbox ---

class Inbox {
 public:
  explicit Inbox(Environment& env);
  ~Inbox() { close(fd_); }

  // The Environment's inbox, made on first use and closed at teardown.
  static std::shared_ptr<Inbox> For(Environment& env);

  // Any thread.
  void Notify(uint64_t id) {
    bool write_needed;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (ready_.empty() || ready_.back() != id) ready_.push_back(id);
      write_needed = !signaled_;
      signaled_ = true;
    }
    if (!write_needed) return;
    uint64_t one = 1;
    ssize_t written;
    do {
      written = write(fd_, &one, sizeof(one));
    } while (written < 0 && errno == EINTR);
  }

  // The owning thread.
  uint64_t Add(MessagePort* port) {
    uint64_t id = next_id_++;
    ports_[id] = port;
    return id;
  }
  void Remove(uint64_t id) { ports_.erase(id); }

 private:
  struct Watcher {
    uv_poll_t poll;
    Inbox* inbox;
  };
  static void OnReadable(uv_poll_t* poll, int status, int events);
  void Close();

  std::mutex mutex_;
  std::vector<uint64_t> ready_;
  bool signaled_ = false;
  int fd_;
  Watcher* watcher_ = nullptr;
  std::unordered_map<uint64_t, MessagePort*> ports_;
  uint64_t next_id_ = 1;
};

const WrapType MessagePort::kType{"MessagePort", "MESSAGEPORT"};

MessagePort::MessagePort(Environment& env, v8::Local<v8::Object> object,
                         std::unique_ptr<PortData> data)
    : Handle(env, object, kType),
      data_(std::move(data)),
      inbox_(Inbox::For(env)),
      id_(inbox_->Add(this)) {
  CHECK_EQ(uv_async_init(env.loop(), handle(), nullptr), 0);
  MarkInitialized();
  Unref();
  data_->SetOwner(this);
}

MessagePort::~MessagePort() {
  Release();
  inbox_->Remove(id_);
}

void MessagePort::Wake() { inbox_->Notify(id_); }

// --- PortData ---

PortData::PortData() = default;

PortData::~PortData() {
  Disentangle();
  if (mailbox_) {
    std::lock_guard<std::mutex> lock(mailbox_mutex);
    mailboxes->erase(mailbox_thread_);
  }
}

void PortData::Enqueue(std::unique_ptr<Message> message) {
  std::shared_ptr<Inbox> inbox;
  uint64_t id;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    incoming_.push_back(std::move(message));
    if (owner_ == nullptr) return;
    inbox = owner_inbox_;
    id = owner_id_;
  }
  inbox->Notify(id);
}

std::unique_ptr<Message> PortData::Dequeue() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (incoming_.empty()) return nullptr;
  std::unique_ptr<Message> message = std::move(incoming_.front());
  incoming_.pop_front();
  return message;
}

bool PortData::SiblingClosed() {
  std::lock_guard<std::mutex> lock(mutex_);
  return !incoming_.empty() && incoming_.back()->close;
}

bool PortData::HasMessages() {
  std::lock_guard<std::mutex> lock(mutex_);
  return !incoming_.empty();
}

void PortData::SetOwner(MessagePort* owner) {
  bool wake;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    owner_ = owner;
    owner_inbox_ = owner != nullptr ? owner->inbox() : nullptr;
    owner_id_ = owner != nullptr ? owner->id() : 0;
    wake = owner != nullptr && !incoming_.empty();
  }
  if (wake) owner->Wake();
}

bool PortData::Send(std::unique_ptr<Message> message) {
  return !group_ || group_->Send(this, std::move(message));
}

bool PortData::IsEntangledWith(const PortData& other) const {
  return group_ != nullptr && group_ == other.group_;
}

void PortData::Disentangle() {
  if (!group_) return;
  std::shared_ptr<Group> group = std::move(group_);
  group->Remove(this);
}

std::pair<std::unique_ptr<PortData>, std::unique_ptr<PortData>>
PortData::NewChannel() {
  auto group = std::make_shared<Group>(true, std::string());
  auto a = std::make_unique<PortData>();
  auto b = std::make_unique<PortData>();
  a->group_ = group;
  b->group_ = group;
  group->Add(a.get());
  group->Add(b.get());
  return {std::move(a), std::move(b)};
}

std::unique_ptr<PortData> PortData::JoinBroadcast(const std::string& name) {
  std::shared_ptr<Group> group;
  {
    std::lock_guard<std::mutex> lock(broadcast_mutex);
    if (broadcast_groups == nullptr)
      broadcast_groups = new std::map<std::string, std::weak_ptr<Group>>();
    group = (*broadcast_groups)[name].lock();
    if (!group) {
      group = std::make_shared<Group>(false, name);
      (*broadcast_groups)[name] = group;
    }
  }
  auto data = std::make_unique<PortData>();
  data->group_ = group;
  group->Add(data.get());
  return data;
}

std::unique_ptr<PortData> PortData::NewMailbox(uint64_t thread_id) {
  std::lock_guard<std::mutex> lock(mailbox_mutex);
  if (mailboxes == nullptr)
    mailboxes = new std::unordered_map<uint64_t, PortData*>();
  if (mailboxes->count(thread_id) != 0) return nullptr;
  auto data = std::make_unique<PortData>();
  data->mailbox_ = true;
  data->mailbox_thread_ = thread_id;
  (*mailboxes)[thread_id] = data.get();
  return data;
}

bool PortData::SendToThread(uint64_t thread_id,
                            std::unique_ptr<Message> message) {
  {
    std::lock_guard<std::mutex> lock(mailbox_mutex);
    if (mailboxes != nullptr) {
      auto it = mailboxes->find(thread_id);
      if (it != mailboxes->end()) {
        it->second->Enqueue(std::move(message));
        return true;
      }
    }
  }
  // Dropped outside the lock: the ports it carries tell their other ends.
  message.reset();
  return false;
}

bool PortData::HasMailbox(uint64_t thread_id) {
  std::lock_guard<std::mutex> lock(mailbox_mutex);
  return mailboxes != nullptr && mailboxes->count(thread_id) != 0;
}

// --- Inbox (implementation) ---

namespace {
struct InboxHolder : Environment::BindingData {
  std::shared_ptr<Inbox> inbox;
};
const char kInboxKey = 0;
}  // namespace

Inbox::Inbox(Environment& env) {
  fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  CHECK(fd_ >= 0);
  watcher_ = new Watcher();
  watcher_->inbox = this;
  CHECK_EQ(uv_poll_init(env.loop(), &watcher_->poll, fd_), 0);
  CHECK_EQ(uv_poll_start(&watcher_->poll, UV_READABLE, OnReadable), 0);
  // Only ref'd ports keep the loop alive.
  uv_unref(reinterpret_cast<uv_handle_t*>(&watcher_->poll));
  env.AddCleanupHook([](void* arg) { static_cast<Inbox*>(arg)->Close(); },
                     this);
}

std::shared_ptr<Inbox> Inbox::For(Environment& env) {
  auto* holder = static_cast<InboxHolder*>(env.binding_data(&kInboxKey));
  if (holder == nullptr) {
    auto fresh = std::make_unique<InboxHolder>();
    fresh->inbox = std::make_shared<Inbox>(env);
    holder = fresh.get();
    env.set_binding_data(&kInboxKey, std::move(fresh));
  }
  return holder->inbox;
}

void Inbox::Close() {
  if (watcher_ == nullptr) return;
  watcher_->inbox = nullptr;
  uv_close(
      reinterpret_cast<uv_handle_t*>(&watcher_->poll),
      [](uv_handle_t* handle) { delete reinterpret_cast<Watcher*>(handle); });
  watcher_ = nullptr;
}

void Inbox::OnReadable(uv_poll_t* poll, int status, int) {
  Inbox* self = reinterpret_cast<Watcher*>(poll)->inbox;
  if (self == nullptr || status < 0) return;
  uint64_t count;
  while (read(self->fd_, &count, sizeof(count)) < 0 && errno == EINTR) {
  }
  std::vector<uint64_t> ready;
  {
    std::lock_guard<std::mutex> lock(self->mutex_);
    ready.swap(self->ready_);
    self->signaled_ = false;
  }
  for (uint64_t id : ready) {
    // Delivering may close ports (and make new ones): look each one up.
    auto it = self->ports_.find(id);
    if (it != self->ports_.end()) it->second->Deliver(false);
  }
}

// --- Port events ---

namespace {

enum PortEvent : int32_t { kInit, kMessage, kMessageError, kClose };

void CallPortCallback(Environment& env, v8::Local<v8::Object> port,
                      PortEvent event, v8::Local<v8::Value> data,
                      v8::Local<v8::Value> ports) {
  v8::Local<v8::Function> fn = env.js_callback(JsCallback::kMessagePort);
  if (fn.IsEmpty()) return;
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Value> argv[] = {port, v8::Integer::New(isolate, event), data,
                                 ports};
  if (event == kInit) {
    // Part of creating the port: exceptions belong to whoever created it.
    v8::Local<v8::Value> ignored;
    if (!fn->Call(env.context(), port, 4, argv).ToLocal(&ignored)) return;
    return;
  }
  env.MakeCallback(fn, port, 4, argv);
}

struct PortTemplate : Environment::BindingData {
  v8::Global<v8::FunctionTemplate> tmpl;
};
const char kPortTemplateKey = 0;

}  // namespace

v8::MaybeLocal<v8::Value> MessagePort::ReceiveOne(bool* got) {
  *got = false;
  std::unique_ptr<Message> message = data_ ? data_->Dequeue() : nullptr;
  if (!message) return {};
  if (message->close) {
    Close();
    return {};
  }
  *got = true;
  v8::Local<v8::Array> ports;
  return DeserializeMessage(env(), *message, &ports, this);
}

void MessagePort::MoveToContext(v8::Local<v8::Context> context,
                                v8::Local<v8::Function> dom_exception) {
  context_.Reset(env().isolate(), context);
  dom_exception_.Reset(env().isolate(), dom_exception);
}

v8::Local<v8::Context> MessagePort::context() const {
  if (context_.IsEmpty()) return env().context();
  return context_.Get(env().isolate());
}

v8::Local<v8::Function> MessagePort::dom_exception() const {
  return dom_exception_.Get(env().isolate());
}

// A message (or a message that could not be read) for lib/'s port
// callback; a port in a vm context gets it as an event object of that
// context, { data, target, type, ports }, passed to its onmessage or
// onmessageerror.
void MessagePort::Emit(int32_t event, v8::Local<v8::Value> data,
                       v8::Local<v8::Array> ports) {
  Environment& env = this->env();
  v8::Local<v8::Object> self = object();
  if (!foreign()) {
    CallPortCallback(env, self, static_cast<PortEvent>(event), data, ports);
    return;
  }
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = this->context();
  v8::Context::Scope context_scope(context);
  const char* type = event == kMessage ? "message" : "messageerror";
  v8::Local<v8::Value> handler;
  if (!self->Get(context, Utf8(isolate, event == kMessage ? "onmessage"
                                                          : "onmessageerror"))
           .ToLocal(&handler) ||
      !handler->IsFunction())
    return;
  v8::Local<v8::Object> ev = v8::Object::New(isolate);
  if (ev->Set(context, Utf8(isolate, "data"), data).IsNothing() ||
      ev->Set(context, Utf8(isolate, "target"), self).IsNothing() ||
      ev->Set(context, Utf8(isolate, "type"), Utf8(isolate, type))
          .IsNothing() ||
      ev->Set(context, Utf8(isolate, "ports"), ports).IsNothing())
    return;
  v8::Local<v8::Value> argv[] = {ev};
  env.MakeCallback(handler.As<v8::Function>(), self, 1, argv);
}

void MessagePort::Deliver(bool drain) {
  Environment& env = this->env();
  if (!env.can_call_into_js() || (closing() && !drain)) return;
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(context());
  size_t limit = 1000;
  // The object stays alive while we call into JS, even if JS closes it.
  [[maybe_unused]] v8::Local<v8::Object> self = object();
  while (data_ != nullptr && (drain || limit-- > 0)) {
    if (!receiving_ && !drain) {
      // Not started: messages wait, but the end of the channel is seen.
      if (data_->SiblingClosed()) Close();
      break;
    }
    std::unique_ptr<Message> message = data_->Dequeue();
    if (!message) return;
    if (message->close) {
      Close();
      return;
    }
    v8::HandleScope message_scope(isolate);
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Array> ports;
    v8::Local<v8::Value> value;
    if (!DeserializeMessage(env, *message, &ports, this).ToLocal(&value)) {
      if (try_catch.HasTerminated()) return;
      v8::Local<v8::Value> error = try_catch.Exception();
      try_catch.Reset();
      Emit(kMessageError, error, v8::Array::New(isolate));
      continue;
    }
    Emit(kMessage, value, ports);
    if (!env.can_call_into_js()) return;
  }
  if (data_ != nullptr && receiving_ && data_->HasMessages()) Wake();
}

void MessagePort::OnClosed() {
  closed_ = true;
  Release();
  Environment& env = this->env();
  // A port moved to a vm context has no 'close' event.
  if (!env.can_call_into_js() || foreign()) return;
  v8::HandleScope scope(env.isolate());
  v8::Context::Scope context_scope(env.context());
  v8::Local<v8::Value> undefined = v8::Undefined(env.isolate());
  CallPortCallback(env, object(), kClose, undefined, undefined);
}

v8::MaybeLocal<v8::Object> NewPort(Environment& env,
                                   std::unique_ptr<PortData> data) {
  v8::Isolate* isolate = env.isolate();
  v8::EscapableHandleScope scope(isolate);
  // Make sure the binding (and so the template) exists in this Environment.
  if (env.binding_data(&kPortTemplateKey) == nullptr &&
      env.GetBinding("messaging").IsEmpty())
    return {};
  auto* holder =
      static_cast<PortTemplate*>(env.binding_data(&kPortTemplateKey));
  v8::Local<v8::Object> object;
  if (!holder->tmpl.Get(isolate)
           ->InstanceTemplate()
           ->NewInstance(env.context())
           .ToLocal(&object))
    return {};
  new MessagePort(env, object, std::move(data));
  CallPortCallback(env, object, kInit, v8::Undefined(isolate),
                   v8::Undefined(isolate));
  return scope.Escape(object);
}

v8::MaybeLocal<v8::Object> NewPortInContext(
    Environment& env, v8::Local<v8::Context> context,
    v8::Local<v8::Function> dom_exception, std::unique_ptr<PortData> data) {
  v8::Isolate* isolate = env.isolate();
  v8::EscapableHandleScope scope(isolate);
  auto* holder =
      static_cast<PortTemplate*>(env.binding_data(&kPortTemplateKey));
  CHECK(holder != nullptr);
  v8::Local<v8::FunctionTemplate> tmpl = holder->tmpl.Get(isolate);
  // The template's prototype in that context, without the methods lib/
  // keeps to itself (as it deletes them from the main one).
  v8::Local<v8::Function> ctor;
  v8::Local<v8::Value> proto;
  if (!tmpl->GetFunction(context).ToLocal(&ctor) ||
      !ctor->Get(context, Utf8(isolate, "prototype")).ToLocal(&proto) ||
      !proto->IsObject() ||
      proto.As<v8::Object>()
          ->Delete(context, Utf8(isolate, "stop"))
          .IsNothing() ||
      proto.As<v8::Object>()
          ->Delete(context, Utf8(isolate, "drain"))
          .IsNothing())
    return {};
  v8::Local<v8::Object> object;
  if (!tmpl->InstanceTemplate()->NewInstance(context).ToLocal(&object))
    return {};
  auto* port = new MessagePort(env, object, std::move(data));
  port->MoveToContext(context, dom_exception);
  // Alive while open, as node's (it has no 'message' listeners to ref it).
  port->Ref();
  return scope.Escape(object);
}

// --- The binding ---

namespace {

void IllegalConstructor(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Value> error =
      v8::Exception::TypeError(Utf8(isolate, "Constructor cannot be called"));
  error.As<v8::Object>()
      ->Set(env.context(), Utf8(isolate, "code"),
            Utf8(isolate, "ERR_CONSTRUCT_CALL_INVALID"))
      .Check();
  isolate->ThrowException(error);
}

bool IsPortObject(Environment& env, v8::Local<v8::Value> value);

// A DataCloneError (no code) as the DOMException of the port's context;
// empty for other errors.
v8::Local<v8::Value> ToContextDOMException(const MessagePort& port,
                                           v8::Local<v8::Value> error) {
  v8::Isolate* isolate = port.env().isolate();
  v8::Local<v8::Context> context = port.context();
  v8::Local<v8::Value> name;
  v8::Local<v8::Value> code;
  v8::Local<v8::Value> text;
  v8::Local<v8::Object> dom_error;
  if (port.dom_exception().IsEmpty() || !error->IsObject()) return {};
  v8::Local<v8::Object> object = error.As<v8::Object>();
  if (!object->Get(context, Utf8(isolate, "name")).ToLocal(&name) ||
      !object->Get(context, Utf8(isolate, "code")).ToLocal(&code) ||
      !object->Get(context, Utf8(isolate, "message")).ToLocal(&text) ||
      !name->StrictEquals(Utf8(isolate, "DataCloneError")) ||
      !code->IsUndefined())
    return {};
  v8::Local<v8::Value> argv[] = {text, name};
  if (!port.dom_exception()->NewInstance(context, 2, argv).ToLocal(&dom_error))
    return {};
  return dom_error;
}

// postMessage(value, transferList) -> true when sent, undefined when the
// port is closed (or closing), false when the channel was lost (below),
// null when a broadcast group refused it (Group::Send).
// lib/ has validated the list's types for its ports. A port in a vm
// context is called directly: no list is an empty one, and a
// DataCloneError becomes that context's DOMException.
void PostMessage(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  v8::Isolate* isolate = env.isolate();
  MessagePort* self = Wrap::Unwrap<MessagePort>(info.This());
  if (self == nullptr && !IsPortObject(env, info.This())) {
    isolate->ThrowException(
        v8::Exception::TypeError(Utf8(isolate, "Illegal invocation")));
    return;
  }
  v8::Local<v8::Array> transfer;
  if (info[1]->IsArray()) {
    transfer = info[1].As<v8::Array>();
  } else if (info[1]->IsNullOrUndefined()) {
    transfer = v8::Array::New(isolate);
  } else {
    v8::Local<v8::Value> error = v8::Exception::TypeError(
        Utf8(isolate, "Optional transferList argument must be an iterable"));
    if (error.As<v8::Object>()
            ->Set(isolate->GetCurrentContext(), Utf8(isolate, "code"),
                  Utf8(isolate, "ERR_INVALID_ARG_TYPE"))
            .IsJust())
      isolate->ThrowException(error);
    return;
  }
  auto message = std::make_unique<Message>();
  // A closed port still serialises (and so throws, and moves what is
  // listed), as node; the message goes nowhere.
  if (self == nullptr) {
    SerializeMessage(env, info[0], transfer, nullptr, message.get());
    return;
  }
  if (!self->foreign()) {
    if (!SerializeMessage(env, info[0], transfer, self, message.get())) return;
  } else {
    v8::Local<v8::Value> error;
    {
      v8::TryCatch try_catch(isolate);
      if (!SerializeMessage(env, info[0], transfer, self, message.get())) {
        if (!try_catch.CanContinue()) {
          try_catch.ReThrow();
          return;
        }
        error = ToContextDOMException(*self, try_catch.Exception());
        if (error.IsEmpty()) {
          try_catch.ReThrow();
          return;
        }
      }
    }
    if (!error.IsEmpty()) {
      isolate->ThrowException(error);
      return;
    }
  }
  // Closed or detached meanwhile (or never entangled): dropped, as in node.
  if (self->data() == nullptr || self->closing()) return;
  // The other end sent inside its own message: nobody can ever read it, and
  // dropping the message ends the channel (lib/ warns).
  for (const std::unique_ptr<PortData>& port : message->ports) {
    if (self->data()->IsEntangledWith(*port)) {
      message.reset();
      info.GetReturnValue().Set(false);
      return;
    }
  }
  if (!self->data()->Send(std::move(message))) {
    info.GetReturnValue().SetNull();
    return;
  }
  info.GetReturnValue().Set(true);
}

void Start(Environment&, Receiver<MessagePort> self) { self->Start(); }
void Stop(Environment&, Receiver<MessagePort> self) { self->Stop(); }
void Drain(Environment&, Receiver<MessagePort> self) { self->Deliver(true); }
void Close(const CallbackInfo& info) {
  MessagePort* self = Wrap::Unwrap<MessagePort>(info.This());
  if (self != nullptr) self->Close();
}
void Ref(Environment&, Receiver<MessagePort> self) { self->Ref(); }
void Unref(Environment&, Receiver<MessagePort> self) { self->Unref(); }
// undefined once the port is closed, as node's hasRef (lib/ relies on it);
// a port still closing keeps its ref state, as node's handles do.
void HasRef(const CallbackInfo& info) {
  MessagePort* self = Wrap::Unwrap<MessagePort>(info.This());
  if (self != nullptr && self->initialized())
    info.GetReturnValue().Set(!self->closed() && uv_has_ref(self->base()));
}

// [port1, port2] of a new MessageChannel.
v8::MaybeLocal<v8::Value> NewChannel(Environment& env) {
  auto [a, b] = PortData::NewChannel();
  v8::Local<v8::Object> port1;
  v8::Local<v8::Object> port2;
  if (!NewPort(env, std::move(a)).ToLocal(&port1) ||
      !NewPort(env, std::move(b)).ToLocal(&port2))
    return {};
  v8::Local<v8::Value> ports[] = {port1, port2};
  return v8::Array::New(env.isolate(), ports, 2);
}

v8::MaybeLocal<v8::Object> JoinBroadcastChannel(Environment& env,
                                                Utf8Arg name) {
  return NewPort(env, PortData::JoinBroadcast(name.value));
}

// The mailbox of thread `thread_id` as a port of this Environment (the
// parent's, to be transferred to the worker), or undefined when that
// thread has one.
v8::MaybeLocal<v8::Value> OpenThreadMailbox(Environment& env,
                                            double thread_id) {
  std::unique_ptr<PortData> data =
      PortData::NewMailbox(static_cast<uint64_t>(thread_id));
  if (!data) return v8::Undefined(env.isolate());
  v8::Local<v8::Object> port;
  if (!NewPort(env, std::move(data)).ToLocal(&port)) return {};
  return port;
}

// postMessageToThread(threadId, message, transferList): false when that
// thread has no mailbox (nothing is serialised then). lib/ has validated
// the list's types.
void PostMessageToThread(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  CHECK(info[0]->IsNumber());
  CHECK(info[2]->IsArray());
  auto thread_id = static_cast<uint64_t>(info[0].As<v8::Number>()->Value());
  if (!PortData::HasMailbox(thread_id)) {
    info.GetReturnValue().Set(false);
    return;
  }
  auto message = std::make_unique<Message>();
  if (!SerializeMessage(env, info[1], info[2].As<v8::Array>(), nullptr,
                        message.get()))
    return;
  // Gone meanwhile: the message is dropped and the reply port it carries
  // closes, which the sender sees.
  PortData::SendToThread(thread_id, std::move(message));
  info.GetReturnValue().Set(true);
}

// The DOMException class of vm context `context` (named by `key`): node's
// per-context scripts, run there once and kept on the key.
v8::MaybeLocal<v8::Function> ContextDOMException(
    Environment& env, v8::Local<v8::Object> key,
    v8::Local<v8::Context> context) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Private> slot = v8::Private::ForApi(
      isolate, Utf8(isolate, "nodus:messaging:DOMException"));
  v8::Local<v8::Value> cached;
  if (!key->GetPrivate(env.context(), slot).ToLocal(&cached)) return {};
  if (cached->IsFunction()) return cached.As<v8::Function>();
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Object> primordials = v8::Object::New(isolate);
  v8::Local<v8::Object> exports = v8::Object::New(isolate);
  v8::Local<v8::Value> undefined = v8::Undefined(isolate);
  v8::Local<v8::Function> fn;
  v8::Local<v8::Value> result;
  v8::Local<v8::Value> primordials_argv[] = {primordials};
  if (!builtins::Compile(env, "internal/per_context/primordials", context)
           .ToLocal(&fn) ||
      !fn->Call(context, undefined, 1, primordials_argv).ToLocal(&result))
    return {};
  // exports, require, module, process, internalBinding, primordials
  v8::Local<v8::Value> argv[] = {exports,   undefined, undefined,
                                 undefined, undefined, primordials};
  if (!builtins::Compile(env, "internal/per_context/domexception", context)
           .ToLocal(&fn) ||
      !fn->Call(context, undefined, 6, argv).ToLocal(&result) ||
      !exports->Get(context, Utf8(isolate, "DOMException")).ToLocal(&result) ||
      !result->IsFunction())
    return {};
  if (key->SetPrivate(env.context(), slot, result).IsNothing()) return {};
  return result.As<v8::Function>();
}

// moveMessagePortToContext(port, contextifiedSandbox): the port's end of
// the channel as a new port of that vm context (the old object is closed),
// false when the port is closed or detached, null when the second argument
// names no vm context.
v8::MaybeLocal<v8::Value> MoveToContext(Environment& env, MessagePort* port,
                                        v8::Local<v8::Value> key) {
  v8::Isolate* isolate = env.isolate();
  if (port->data() == nullptr || port->closing()) return v8::False(isolate);
  contextify::ContextifyContext* target =
      contextify::ContextifyContext::FromKey(env, key);
  if (target == nullptr) return v8::Null(isolate);
  v8::Local<v8::Context> context = target->context();
  v8::Local<v8::Function> dom_exception;
  if (!ContextDOMException(env, key.As<v8::Object>(), context)
           .ToLocal(&dom_exception))
    return {};
  v8::Local<v8::Object> moved;
  if (!NewPortInContext(env, context, dom_exception, port->Detach())
           .ToLocal(&moved))
    return {};
  return moved;
}

bool IsMessagePort(v8::Local<v8::Value> value) {
  return Wrap::Unwrap<MessagePort>(value) != nullptr;
}

// Made as a MessagePort, open or not (a closed port in a transfer list is
// a detached one, not a foreign object).
bool IsPortObject(Environment& env, v8::Local<v8::Value> value) {
  auto* holder =
      static_cast<PortTemplate*>(env.binding_data(&kPortTemplateKey));
  return holder != nullptr &&
         holder->tmpl.Get(env.isolate())->HasInstance(value);
}

// receiveMessageOnPort(port) -> { message } or undefined.
void ReceiveMessageOnPort(const CallbackInfo& info) {
  Environment& env = EnvironmentOf(info);
  MessagePort* port = Wrap::Unwrap<MessagePort>(info[0]);
  CHECK(port != nullptr);
  bool got;
  v8::Local<v8::Value> value;
  if (!port->ReceiveOne(&got).ToLocal(&value)) return;
  v8::Local<v8::Object> result = v8::Object::New(env.isolate());
  if (result->Set(env.context(), Utf8(env.isolate(), "message"), value)
          .IsJust())
    info.GetReturnValue().Set(result);
}

void SetPortCallback(Environment& env, v8::Local<v8::Function> fn) {
  env.set_js_callback(JsCallback::kMessagePort, fn);
}

constexpr Method kPortMethods[] = {
    {"postMessage", PostMessage}, {"start", Fn<&Start>},   {"stop", Fn<&Stop>},
    {"drain", Fn<&Drain>},        {"close", Fn<&Close>},   {"ref", Fn<&Ref>},
    {"unref", Fn<&Unref>},        {"hasRef", Fn<&HasRef>},
};

constexpr Method kMethods[] = {
    {"newChannel", Fn<&NewChannel>},
    {"joinBroadcastChannel", Fn<&JoinBroadcastChannel>},
    {"isMessagePort", Fn<&IsMessagePort>},
    {"isPortObject", Fn<&IsPortObject>},
    {"isJSTransferable", Fn<&IsJSTransferable>},
    {"openThreadMailbox", Fn<&OpenThreadMailbox>},
    {"moveToContext", Fn<&MoveToContext>},
    {"postMessageToThread", PostMessageToThread},
    {"receiveMessageOnPort", Fn<&ReceiveMessageOnPort>},
    {"markAsUntransferable", Fn<&MarkUntransferable>},
    {"setPortCallback", Fn<&SetPortCallback>},
    {"setDeserializerCreateObjectFunction",
     Fn<&SetDeserializerCreateObjectFunction>},
};

constexpr Constant kConstants[] = {
    {"kInit", kInit},
    {"kMessage", kMessage},
    {"kMessageError", kMessageError},
    {"kClose", kClose},
};

void Initialize(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::FunctionTemplate> tmpl =
      v8::FunctionTemplate::New(isolate, IllegalConstructor);
  tmpl->SetClassName(Utf8(isolate, "MessagePort"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(kWrapFieldCount);
  for (const Method& method : kPortMethods) {
    tmpl->PrototypeTemplate()->Set(
        Utf8(isolate, method.name),
        v8::FunctionTemplate::New(isolate, method.callback, {}, {}, 0,
                                  v8::ConstructorBehavior::kThrow));
  }
  auto holder = std::make_unique<PortTemplate>();
  holder->tmpl.Reset(isolate, tmpl);
  env.set_binding_data(&kPortTemplateKey, std::move(holder));
  target
      ->Set(env.context(), Utf8(isolate, "MessagePort"),
            tmpl->GetFunction(env.context()).ToLocalChecked())
      .Check();
  InitializeTransferables(env, target);
}

}  // namespace

extern const Binding kMessagingBinding{
    "messaging", kMethods, kConstants, {}, Initialize};

}  // namespace nodus::messaging
