// SPDX-License-Identifier: MIT
// internalBinding('heap_utils') for lib/v8.js and lib/internal/heap_utils.js:
// heap snapshots through v8::HeapProfiler (to a file, or as chunks for a
// Readable), queryObjects() over a snapshot, and the near-heap-limit
// snapshots of v8.setHeapSnapshotNearHeapLimit().

#include <fcntl.h>
#include <uv.h>
#include <v8-profiler.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "binding.h"
#include "environment.h"
#include "errors.h"

namespace nodus {
namespace {

constexpr int kChunkSize = 64 * 1024;

// Deletes a snapshot when it goes out of scope (V8 keeps every snapshot
// until told otherwise).
class SnapshotScope {
 public:
  SnapshotScope(v8::Isolate* isolate, bool numeric)
      : snapshot_(isolate->GetHeapProfiler()->TakeHeapSnapshot(
            nullptr, nullptr, true, numeric)) {}
  ~SnapshotScope() {
    if (snapshot_ != nullptr)
      const_cast<v8::HeapSnapshot*>(snapshot_)->Delete();
  }
  SnapshotScope(const SnapshotScope&) = delete;
  SnapshotScope& operator=(const SnapshotScope&) = delete;
  const v8::HeapSnapshot* get() const { return snapshot_; }

 private:
  const v8::HeapSnapshot* snapshot_;
};

// Collects the JSON text in chunks of kChunkSize bytes.
class ChunkStream : public v8::OutputStream {
 public:
  int GetChunkSize() override { return kChunkSize; }
  void EndOfStream() override {}
  WriteResult WriteAsciiChunk(char* data, int size) override {
    chunks.emplace_back(data, static_cast<size_t>(size));
    return kContinue;
  }
  std::vector<std::string> chunks;
};

// Writes the JSON text to a file descriptor; stops at the first error.
class FileStream : public v8::OutputStream {
 public:
  explicit FileStream(uv_file fd) : fd_(fd) {}
  int GetChunkSize() override { return kChunkSize; }
  void EndOfStream() override {}
  WriteResult WriteAsciiChunk(char* data, int size) override {
    while (size > 0) {
      uv_fs_t req;
      uv_buf_t buf = uv_buf_init(data, static_cast<unsigned>(size));
      int n = uv_fs_write(nullptr, &req, fd_, &buf, 1, -1, nullptr);
      uv_fs_req_cleanup(&req);
      if (n < 0) {
        error = n;
        return kAbort;
      }
      data += n;
      size -= n;
    }
    return kContinue;
  }
  int error = 0;

 private:
  uv_file fd_;
};

// Takes a snapshot of `isolate` and writes it to `path`: 0 or a libuv error
// (of open, or of write).
int WriteSnapshotFile(v8::Isolate* isolate, const char* path, bool numeric,
                      const char** syscall) {
  uv_fs_t req;
  int fd = uv_fs_open(nullptr, &req, path, O_WRONLY | O_CREAT | O_TRUNC, 0644,
                      nullptr);
  uv_fs_req_cleanup(&req);
  if (fd < 0) {
    *syscall = "open";
    return fd;
  }
  FileStream stream(fd);
  {
    SnapshotScope snapshot(isolate, numeric);
    snapshot.get()->Serialize(&stream, v8::HeapSnapshot::kJSON);
  }
  uv_fs_close(nullptr, &req, fd, nullptr);
  uv_fs_req_cleanup(&req);
  *syscall = "write";
  return stream.error;
}

// writeHeapSnapshot(path, exposeNumericValues): throws the system error of
// a file that could not be written.
void WriteHeapSnapshot(Environment& env, PathArg path, bool numeric) {
  const char* syscall = nullptr;
  int err = WriteSnapshotFile(env.isolate(), path.c_str(), numeric, &syscall);
  if (err != 0) ThrowUVError(env, err, syscall, path.c_str());
}

// heapSnapshotChunks(exposeNumericValues) -> the snapshot's JSON text as an
// array of Uint8Arrays (a Readable pushes them).
v8::Local<v8::Value> HeapSnapshotChunks(Environment& env, bool numeric) {
  v8::Isolate* isolate = env.isolate();
  ChunkStream stream;
  {
    SnapshotScope snapshot(isolate, numeric);
    snapshot.get()->Serialize(&stream, v8::HeapSnapshot::kJSON);
  }
  std::vector<v8::Local<v8::Value>> chunks;
  chunks.reserve(stream.chunks.size());
  for (std::string& chunk : stream.chunks) {
    v8::Local<v8::ArrayBuffer> buffer =
        v8::ArrayBuffer::New(isolate, chunk.size());
    std::memcpy(buffer->Data(), chunk.data(), chunk.size());
    chunks.push_back(v8::Uint8Array::New(buffer, 0, chunk.size()));
    std::string().swap(chunk);
  }
  return v8::Array::New(isolate, chunks.data(), chunks.size());
}

// Whether `prototype` is on the prototype chain of `object` (read without
// running proxy traps).
bool ChainHas(v8::Local<v8::Object> object, v8::Local<v8::Value> prototype) {
  for (v8::Local<v8::Value> proto = object->GetPrototype(); proto->IsObject();
       proto = proto.As<v8::Object>()->GetPrototype()) {
    if (proto == prototype) return true;
    if (proto->IsProxy()) return false;
  }
  return false;
}

// The node a snapshot node's "__proto__" property edge points to, or null.
const v8::HeapGraphNode* ProtoOf(v8::Isolate* isolate,
                                 const v8::HeapGraphNode* node,
                                 v8::Local<v8::String> proto_name) {
  v8::HandleScope scope(isolate);
  int count = node->GetChildrenCount();
  for (int i = 0; i < count; i++) {
    const v8::HeapGraphEdge* edge = node->GetChild(i);
    if (edge->GetType() != v8::HeapGraphEdge::kProperty) continue;
    v8::Local<v8::Value> name = edge->GetName();
    if (name->IsString() && name->StrictEquals(proto_name))
      return edge->GetToNode();
  }
  return nullptr;
}

// queryObjects(prototype) -> the live objects of this context with
// `prototype` on their prototype chain. V8 10.2 has no
// HeapProfiler::QueryObjects: a heap snapshot (which collects garbage
// first) gives each object's "__proto__" edge; only the matches are looked
// up as objects (FindObjectById walks the heap once per object).
v8::Local<v8::Value> QueryObjects(Environment& env,
                                  v8::Local<v8::Object> prototype) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::HeapProfiler* profiler = isolate->GetHeapProfiler();
  v8::Local<v8::String> proto_name = OneByte(isolate, "__proto__");
  std::vector<v8::Local<v8::Value>> found;
  SnapshotScope snapshot(isolate, false);
  const v8::HeapGraphNode* target =
      snapshot.get()->GetNodeById(profiler->GetObjectId(prototype));
  if (target != nullptr) {
    int count = snapshot.get()->GetNodesCount();
    std::unordered_map<const v8::HeapGraphNode*, const v8::HeapGraphNode*>
        proto_of;
    for (int i = 0; i < count; i++) {
      const v8::HeapGraphNode* node = snapshot.get()->GetNode(i);
      const v8::HeapGraphNode* proto = ProtoOf(isolate, node, proto_name);
      if (proto != nullptr) proto_of[node] = proto;
    }
    for (const auto& [node, first] : proto_of) {
      // Bounded walk: a chain is short, and the bound guards against a
      // cycle in the graph.
      const v8::HeapGraphNode* proto = first;
      for (int depth = 0; proto != nullptr && depth < 1000; depth++) {
        if (proto == target) break;
        auto next = proto_of.find(proto);
        proto = next == proto_of.end() ? nullptr : next->second;
      }
      if (proto != target) continue;
      v8::Local<v8::Value> value = profiler->FindObjectById(node->GetId());
      if (value.IsEmpty() || !value->IsObject() || value->IsProxy() ||
          value->IsModuleNamespaceObject())
        continue;
      v8::Local<v8::Object> object = value.As<v8::Object>();
      v8::Local<v8::Context> creation;
      if (!object->GetCreationContext().ToLocal(&creation) ||
          creation != context || !ChainHas(object, prototype))
        continue;
      found.push_back(object);
    }
  }
  return v8::Array::New(isolate, found.data(), found.size());
}

// v8.setHeapSnapshotNearHeapLimit(limit): up to `limit` snapshots, written
// to the working directory (node's default names) when the heap nears its
// limit, which is raised each time so that the program can go on; after
// the last one the next callback down (a worker's out-of-memory exit) or
// V8's out-of-memory abort takes over.
// Lifetime: owned by the Environment (binding data); the callback is
// removed when it is freed or after the last snapshot.
struct NearLimitState : Environment::BindingData {
  // What each snapshot adds to the limit (about a young generation).
  static constexpr size_t kHeadroom = 32 * 1024 * 1024;

  Environment* env = nullptr;
  uint32_t remaining = 0;
  int written = 0;
  bool installed = false;
  ~NearLimitState() override {
    if (installed) env->isolate()->RemoveNearHeapLimitCallback(OnNearLimit, 0);
  }

  static size_t OnNearLimit(void* data, size_t current_limit, size_t) {
    auto* self = static_cast<NearLimitState*>(data);
    v8::Isolate* isolate = self->env->isolate();
    // Removed first: writing the snapshot may come near the limit again.
    isolate->RemoveNearHeapLimitCallback(OnNearLimit, 0);
    self->installed = false;
    char name[128];
    time_t now = time(nullptr);
    tm local;
    localtime_r(&now, &local);
    snprintf(name, sizeof(name),
             "Heap.%04d%02d%02d.%02d%02d%02d.%d.%llu.%03d.heapsnapshot",
             local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
             local.tm_hour, local.tm_min, local.tm_sec, uv_os_getpid(),
             static_cast<unsigned long long>(self->env->thread_id()),
             ++self->written);
    const char* syscall = nullptr;
    WriteSnapshotFile(isolate, name, true, &syscall);
    if (--self->remaining > 0) {
      self->installed = true;
      isolate->AddNearHeapLimitCallback(OnNearLimit, self);
    }
    return current_limit + kHeadroom;
  }
};

const char kNearLimitKey = 0;

void SetHeapSnapshotNearHeapLimit(Environment& env, uint32_t limit) {
  auto state = std::make_unique<NearLimitState>();
  state->env = &env;
  state->remaining = limit;
  state->installed = true;
  env.isolate()->AddNearHeapLimitCallback(NearLimitState::OnNearLimit,
                                          state.get());
  env.set_binding_data(&kNearLimitKey, std::move(state));
}

constexpr Method kMethods[] = {
    {"writeHeapSnapshot", Fn<&WriteHeapSnapshot>},
    {"heapSnapshotChunks", Fn<&HeapSnapshotChunks>},
    {"queryObjects", Fn<&QueryObjects>},
    {"setHeapSnapshotNearHeapLimit", Fn<&SetHeapSnapshotNearHeapLimit>},
};

}  // namespace

extern const Binding kHeapUtilsBinding{"heap_utils", kMethods};

}  // namespace nodus
