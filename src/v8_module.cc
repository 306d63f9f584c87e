// SPDX-License-Identifier: MIT
// internalBinding('v8') for lib/v8.js: the code-cache version tag, V8 flags,
// heap statistics and the GC profiler (v8.GCProfiler). Heap snapshots are in
// src/heap_utils.cc, the serializer classes in src/v8_serdes.cc.

#include <sys/time.h>
#include <uv.h>

#include <string>
#include <vector>

#include "binding.h"
#include "environment.h"

namespace nodus {
namespace {

uint32_t CachedDataVersionTag() {
  return v8::ScriptCompiler::CachedDataVersionTag();
}

void SetFlagsFromString(Utf8Arg flags) {
  v8::V8::SetFlagsFromString(flags.value.data(), flags.value.size());
}

// The fields of getHeapStatistics(), in the order lib/v8.js reads them.
constexpr size_t kHeapStatisticsFields = 14;

void FillHeapStatistics(v8::Isolate* isolate, double* out) {
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  const double values[kHeapStatisticsFields] = {
      static_cast<double>(s.total_heap_size()),
      static_cast<double>(s.total_heap_size_executable()),
      static_cast<double>(s.total_physical_size()),
      static_cast<double>(s.total_available_size()),
      static_cast<double>(s.used_heap_size()),
      static_cast<double>(s.heap_size_limit()),
      static_cast<double>(s.malloced_memory()),
      static_cast<double>(s.peak_malloced_memory()),
      static_cast<double>(s.does_zap_garbage()),
      static_cast<double>(s.number_of_native_contexts()),
      static_cast<double>(s.number_of_detached_contexts()),
      static_cast<double>(s.total_global_handles_size()),
      static_cast<double>(s.used_global_handles_size()),
      static_cast<double>(s.external_memory()),
  };
  for (size_t i = 0; i < kHeapStatisticsFields; i++) out[i] = values[i];
}

double* Float64Data(v8::Local<v8::Value> value, size_t count) {
  CHECK(value->IsFloat64Array());
  v8::Local<v8::Float64Array> array = value.As<v8::Float64Array>();
  CHECK_GE(array->Length(), count);
  return reinterpret_cast<double*>(
      static_cast<uint8_t*>(array->Buffer()->Data()) + array->ByteOffset());
}

// updateHeapStatistics(float64Array(14))
void UpdateHeapStatistics(Environment& env, v8::Local<v8::Value> out) {
  FillHeapStatistics(env.isolate(), Float64Data(out, kHeapStatisticsFields));
}

// updateHeapSpaceStatistics(float64Array(4 * spaces)): size, used,
// available and physical size of each space, in heapSpaces order.
void UpdateHeapSpaceStatistics(Environment& env, v8::Local<v8::Value> out) {
  v8::Isolate* isolate = env.isolate();
  size_t count = isolate->NumberOfHeapSpaces();
  double* data = Float64Data(out, 4 * count);
  for (size_t i = 0; i < count; i++) {
    v8::HeapSpaceStatistics s;
    isolate->GetHeapSpaceStatistics(&s, i);
    data[4 * i] = static_cast<double>(s.space_size());
    data[4 * i + 1] = static_cast<double>(s.space_used_size());
    data[4 * i + 2] = static_cast<double>(s.space_available_size());
    data[4 * i + 3] = static_cast<double>(s.physical_space_size());
  }
}

// updateHeapCodeStatistics(float64Array(4))
void UpdateHeapCodeStatistics(Environment& env, v8::Local<v8::Value> out) {
  double* data = Float64Data(out, 4);
  v8::HeapCodeStatistics s;
  env.isolate()->GetHeapCodeAndMetadataStatistics(&s);
  data[0] = static_cast<double>(s.code_and_metadata_size());
  data[1] = static_cast<double>(s.bytecode_and_metadata_size());
  data[2] = static_cast<double>(s.external_script_source_size());
  data[3] = static_cast<double>(s.cpu_profiler_metadata_size());
}

// heapSpaces: the names of V8's heap spaces, in V8's order.
void InitializeV8(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  size_t count = isolate->NumberOfHeapSpaces();
  std::vector<v8::Local<v8::Value>> names;
  for (size_t i = 0; i < count; i++) {
    v8::HeapSpaceStatistics s;
    isolate->GetHeapSpaceStatistics(&s, i);
    names.push_back(OneByte(isolate, s.space_name()));
  }
  target
      ->Set(env.context(), OneByte(isolate, "heapSpaces"),
            v8::Array::New(isolate, names.data(), names.size()))
      .Check();
}

double WallClockMs() {
  timeval tv;
  gettimeofday(&tv, nullptr);
  return static_cast<double>(tv.tv_sec) * 1e3 + tv.tv_usec / 1e3;
}

const char* GcTypeName(v8::GCType type) {
  switch (type) {
    case v8::kGCTypeScavenge:
      return "Scavenge";
    case v8::kGCTypeMinorMarkCompact:
      return "MinorMarkCompact";
    case v8::kGCTypeMarkSweepCompact:
      return "MarkSweepCompact";
    case v8::kGCTypeIncrementalMarking:
      return "IncrementalMarking";
    case v8::kGCTypeProcessWeakCallbacks:
      return "ProcessWeakCallbacks";
    default:
      return "Unknown";
  }
}

// The heap figures of one side of a GC, as the JSON object node writes.
void AppendHeapJson(v8::Isolate* isolate, std::string* out) {
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  struct Field {
    const char* name;
    size_t value;
  };
  const Field stats[] = {
      {"totalHeapSize", s.total_heap_size()},
      {"totalHeapSizeExecutable", s.total_heap_size_executable()},
      {"totalPhysicalSize", s.total_physical_size()},
      {"totalAvailableSize", s.total_available_size()},
      {"totalGlobalHandlesSize", s.total_global_handles_size()},
      {"usedGlobalHandlesSize", s.used_global_handles_size()},
      {"usedHeapSize", s.used_heap_size()},
      {"heapSizeLimit", s.heap_size_limit()},
      {"mallocedMemory", s.malloced_memory()},
      {"externalMemory", s.external_memory()},
      {"peakMallocedMemory", s.peak_malloced_memory()},
  };
  *out += "{\"heapStatistics\":{";
  for (size_t i = 0; i < std::size(stats); i++) {
    if (i > 0) *out += ',';
    *out += '"';
    *out += stats[i].name;
    *out += "\":" + std::to_string(stats[i].value);
  }
  *out += "},\"heapSpaceStatistics\":[";
  size_t count = isolate->NumberOfHeapSpaces();
  for (size_t i = 0; i < count; i++) {
    v8::HeapSpaceStatistics space;
    isolate->GetHeapSpaceStatistics(&space, i);
    if (i > 0) *out += ',';
    *out += "{\"spaceName\":\"";
    *out += space.space_name();
    *out += "\",\"spaceSize\":" + std::to_string(space.space_size());
    *out += ",\"spaceUsedSize\":" + std::to_string(space.space_used_size());
    *out += ",\"spaceAvailableSize\":" +
            std::to_string(space.space_available_size());
    *out += ",\"physicalSpaceSize\":" +
            std::to_string(space.physical_space_size()) + '}';
  }
  *out += "]}";
}

// Records the heap before and after each GC of its isolate while started;
// stop() returns the JSON text of node's GC profile.
// Lifetime: weak (owned by its JS object); the GC callbacks are removed by
// stop() or the destructor, whichever comes first.
class GCProfiler : public Wrap {
 public:
  static const WrapType kType;

  GCProfiler(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~GCProfiler() override { RemoveCallbacks(); }

  void Start() {
    if (started_) return;
    started_ = true;
    json_ = "{\"version\":1,\"startTime\":" +
            std::to_string(static_cast<uint64_t>(WallClockMs())) +
            ",\"statistics\":[";
    first_ = true;
    env().isolate()->AddGCPrologueCallback(Before, this);
    env().isolate()->AddGCEpilogueCallback(After, this);
  }

  std::string Stop() {
    if (!started_) return "";
    RemoveCallbacks();
    json_ += "],\"endTime\":" +
             std::to_string(static_cast<uint64_t>(WallClockMs())) + '}';
    return std::move(json_);
  }

 private:
  void RemoveCallbacks() {
    if (!started_) return;
    started_ = false;
    env().isolate()->RemoveGCPrologueCallback(Before, this);
    env().isolate()->RemoveGCEpilogueCallback(After, this);
  }

  static void Before(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags,
                     void* data) {
    auto* self = static_cast<GCProfiler*>(data);
    if (!self->first_) self->json_ += ',';
    self->first_ = false;
    self->json_ += "{\"gcType\":\"";
    self->json_ += GcTypeName(type);
    self->json_ += "\",\"beforeGC\":";
    AppendHeapJson(isolate, &self->json_);
    self->gc_start_ = uv_hrtime();
  }

  static void After(v8::Isolate* isolate, v8::GCType, v8::GCCallbackFlags,
                    void* data) {
    auto* self = static_cast<GCProfiler*>(data);
    // Microseconds, as node.
    double cost = static_cast<double>(uv_hrtime() - self->gc_start_) / 1e3;
    self->json_ += ",\"cost\":" + std::to_string(cost) + ",\"afterGC\":";
    AppendHeapJson(isolate, &self->json_);
    self->json_ += '}';
  }

  bool started_ = false;
  bool first_ = true;
  uint64_t gc_start_ = 0;
  std::string json_;
};

const WrapType GCProfiler::kType{"GCProfiler"};

void NewGCProfiler(const CallbackInfo& info) {
  CHECK(info.IsConstructCall());
  new GCProfiler(EnvironmentOf(info), info.This());
}

void GCProfilerStart(Environment&, Receiver<GCProfiler> self) { self->Start(); }

std::string GCProfilerStop(Environment&, Receiver<GCProfiler> self) {
  return self->Stop();
}

constexpr Method kGCProfilerMethods[] = {
    {"start", Fn<&GCProfilerStart>},
    {"stop", Fn<&GCProfilerStop>},
};

constexpr Class kClasses[] = {
    {"GCProfiler", NewGCProfiler, kGCProfilerMethods},
};

constexpr Method kMethods[] = {
    {"cachedDataVersionTag", Fn<&CachedDataVersionTag>},
    {"setFlagsFromString", Fn<&SetFlagsFromString>},
    {"updateHeapStatistics", Fn<&UpdateHeapStatistics>},
    {"updateHeapSpaceStatistics", Fn<&UpdateHeapSpaceStatistics>},
    {"updateHeapCodeStatistics", Fn<&UpdateHeapCodeStatistics>},
};

}  // namespace

extern const Binding kV8Binding{"v8", kMethods, {}, kClasses, InitializeV8};

}  // namespace nodus
