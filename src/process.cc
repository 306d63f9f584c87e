// SPDX-License-Identifier: MIT
// internalBinding('process_methods'): the native parts of `process` — time,
// memory and CPU figures, cwd/chdir/umask, kill, exit, ids and versions.

#include <ares.h>
#include <brotli/encode.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <unistd.h>
#include <uv.h>
#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <limits>
#include <string>

#include "binding.h"
#include "dotenv.h"
#include "env_store.h"
#include "environment.h"
#include "errors.h"
#include "options.h"
#include "version.h"

namespace nodus {
namespace {

// hrtime(): writes [seconds high 32 bits, seconds low 32 bits, nanoseconds]
// into the shared Uint32Array `hrtimeBuffer`.
void Hrtime(v8::Local<v8::Uint32Array> buffer) {
  uint64_t t = uv_hrtime();
  auto* fields = static_cast<uint32_t*>(buffer->Buffer()->Data());
  uint64_t seconds = t / 1000000000;
  fields[0] = static_cast<uint32_t>(seconds >> 32);
  fields[1] = static_cast<uint32_t>(seconds & 0xffffffff);
  fields[2] = static_cast<uint32_t>(t % 1000000000);
}

v8::Local<v8::BigInt> HrtimeBigInt(Environment& env) {
  return v8::BigInt::NewFromUnsigned(env.isolate(), uv_hrtime());
}

double Uptime(Environment& env) {
  return static_cast<double>(uv_hrtime() - env.start_time_ns()) / 1e9;
}

v8::MaybeLocal<v8::String> Cwd(Environment& env) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err != 0) {
    ThrowUVError(env, err, "uv_cwd");
    return {};
  }
  return v8::String::NewFromUtf8(env.isolate(), buf, v8::NewStringType::kNormal,
                                 static_cast<int>(size));
}

// As node: the error names the old directory as `path`, the new as `dest`.
void Chdir(Environment& env, Utf8Arg directory) {
  char cwd[4096];
  size_t size = sizeof(cwd);
  if (uv_cwd(cwd, &size) != 0) cwd[0] = '\0';
  int err = uv_chdir(directory.value.c_str());
  if (err != 0) ThrowUVError(env, err, "chdir", cwd, directory.value.c_str());
}

// umask(mask) sets and returns the old mask; umask(-1) only reads it.
uint32_t Umask(int32_t mask) {
  if (mask < 0) {
    mode_t old = umask(0);
    umask(old);
    return old;
  }
  return umask(static_cast<mode_t>(mask));
}

double Rss(Environment& env) {
  size_t rss = 0;
  int err = uv_resident_set_memory(&rss);
  if (err != 0) {
    ThrowUVError(env, err, "uv_resident_set_memory");
    return 0;
  }
  return static_cast<double>(rss);
}

// A cgroup v2 memory file of this process' cgroup ("memory.max", ...):
// its number, UINT64_MAX for "max", or 0 when there is none (cgroup v1, or
// no memory controller).
uint64_t CgroupMemoryValue(const char* file) {
  std::ifstream self("/proc/self/cgroup");
  std::string line;
  while (std::getline(self, line)) {
    if (line.rfind("0::", 0) != 0) continue;
    std::ifstream value_file("/sys/fs/cgroup" + line.substr(3) + "/" + file);
    std::string value;
    if (!(value_file >> value)) return 0;
    if (value == "max") return std::numeric_limits<uint64_t>::max();
    return std::strtoull(value.c_str(), nullptr, 10);
  }
  return 0;
}

// process.constrainedMemory(): the cgroup's limit (the lower of memory.max
// and memory.high), UINT64_MAX without one, as node 20's libuv reports it;
// cgroup v1 through libuv.
double ConstrainedMemory() {
  uint64_t max = CgroupMemoryValue("memory.max");
  uint64_t high = CgroupMemoryValue("memory.high");
  if (max == 0 && high == 0) {
    uint64_t v1 = uv_get_constrained_memory();
    return static_cast<double>(v1 != 0 ? v1
                                       : std::numeric_limits<uint64_t>::max());
  }
  if (max == 0) max = high;
  if (high == 0) high = max;
  return static_cast<double>(max < high ? max : high);
}

// process.availableMemory(): what the cgroup's limit leaves, or the
// system's free memory when there is no limit.
double AvailableMemory() {
  uint64_t max = CgroupMemoryValue("memory.max");
  uint64_t high = CgroupMemoryValue("memory.high");
  uint64_t limit = max < high ? max : high;
  if (limit == 0 || limit == std::numeric_limits<uint64_t>::max())
    return static_cast<double>(uv_get_free_memory());
  uint64_t current = CgroupMemoryValue("memory.current");
  return static_cast<double>(current < limit ? limit - current : 0);
}

// memoryUsage(Float64Array(5)): rss, heapTotal, heapUsed, external,
// arrayBuffers.
void MemoryUsage(Environment& env, v8::Local<v8::ArrayBufferView> out) {
  v8::HeapStatistics stats;
  env.isolate()->GetHeapStatistics(&stats);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  auto* fields = reinterpret_cast<double*>(
      static_cast<char*>(out->Buffer()->Data()) + out->ByteOffset());
  fields[0] = static_cast<double>(rss);
  fields[1] = static_cast<double>(stats.total_heap_size());
  fields[2] = static_cast<double>(stats.used_heap_size());
  fields[3] = static_cast<double>(stats.external_memory());
  fields[4] = static_cast<double>(stats.external_memory());
}

// cpuUsage(Float64Array(2)): user and system time in microseconds.
void CpuUsage(Environment& env, v8::Local<v8::ArrayBufferView> out) {
  uv_rusage_t usage;
  int err = uv_getrusage(&usage);
  if (err != 0) {
    ThrowUVError(env, err, "uv_getrusage");
    return;
  }
  auto* fields = reinterpret_cast<double*>(
      static_cast<char*>(out->Buffer()->Data()) + out->ByteOffset());
  fields[0] = 1e6 * usage.ru_utime.tv_sec + usage.ru_utime.tv_usec;
  fields[1] = 1e6 * usage.ru_stime.tv_sec + usage.ru_stime.tv_usec;
}

// resourceUsage(Float64Array(16)) in process.resourceUsage()'s field order.
void ResourceUsage(Environment& env, v8::Local<v8::ArrayBufferView> out) {
  uv_rusage_t u;
  int err = uv_getrusage(&u);
  if (err != 0) {
    ThrowUVError(env, err, "uv_getrusage");
    return;
  }
  auto* f = reinterpret_cast<double*>(
      static_cast<char*>(out->Buffer()->Data()) + out->ByteOffset());
  const double values[] = {
      1e6 * u.ru_utime.tv_sec + u.ru_utime.tv_usec,
      1e6 * u.ru_stime.tv_sec + u.ru_stime.tv_usec,
      static_cast<double>(u.ru_maxrss),
      static_cast<double>(u.ru_ixrss),
      static_cast<double>(u.ru_idrss),
      static_cast<double>(u.ru_isrss),
      static_cast<double>(u.ru_minflt),
      static_cast<double>(u.ru_majflt),
      static_cast<double>(u.ru_nswap),
      static_cast<double>(u.ru_inblock),
      static_cast<double>(u.ru_oublock),
      static_cast<double>(u.ru_msgsnd),
      static_cast<double>(u.ru_msgrcv),
      static_cast<double>(u.ru_nsignals),
      static_cast<double>(u.ru_nvcsw),
      static_cast<double>(u.ru_nivcsw),
  };
  for (size_t i = 0; i < std::size(values); i++) f[i] = values[i];
}

// kill(pid, signal) -> 0 or a negative errno (lib/ builds the error).
int32_t Kill(int32_t pid, int32_t signal) { return uv_kill(pid, signal); }

void ReallyExit(Environment& env, int32_t code) {
  if (env.options().trace_exit) {
    std::string message =
        "Exited the environment with code " + std::to_string(code);
    PrintTraceWarning(env, message.c_str());
  }
  env.Exit(code);
}

// process.abort(): the JS stack to stderr, then SIGABRT (a core dump where
// the system keeps them), as node does.
void Abort(Environment& env) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::StackTrace> stack =
      v8::StackTrace::CurrentStackTrace(isolate, 10);
  for (int i = 0; i < stack->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = stack->GetFrame(isolate, i);
    v8::String::Utf8Value name(isolate, frame->GetFunctionName());
    v8::String::Utf8Value file(isolate, frame->GetScriptName());
    fprintf(stderr, "    at %s (%s:%d:%d)\n",
            *name != nullptr && name.length() > 0 ? *name : "<anonymous>",
            *file != nullptr ? *file : "<unknown>", frame->GetLineNumber(),
            frame->GetColumn());
  }
  fflush(stderr);
  std::abort();
}

int32_t GetPid() { return static_cast<int32_t>(uv_os_getpid()); }
int32_t GetPpid() { return static_cast<int32_t>(uv_os_getppid()); }

std::string GetTitle() {
  char buf[1024];
  if (uv_get_process_title(buf, sizeof(buf)) != 0) return "";
  return buf;
}

void SetTitle(Utf8Arg title) { uv_set_process_title(title.value.c_str()); }

std::string ExecPath() {
  char buf[4096];
  size_t size = sizeof(buf);
  if (uv_exepath(buf, &size) != 0) return "";
  return std::string(buf, size);
}

// Writes to stderr synchronously, bypassing process.stderr.
void RawDebug(Utf8Arg text) {
  std::string line = text.value + "\n";
  fwrite(line.data(), 1, line.size(), stderr);
  fflush(stderr);
}

// The OpenSSL the process linked ("3.0.19"), not the headers' version.
// OpenSSL_version() returns a constant and does not initialise OpenSSL.
std::string OpenSslVersion() { return OpenSSL_version(OPENSSL_VERSION_STRING); }

v8::Local<v8::Array> GetActiveHandles(Environment& env) {
  return env.ActiveHandles();
}
v8::Local<v8::Array> GetActiveRequests(Environment& env) {
  return env.ActiveRequests();
}
v8::Local<v8::Array> GetActiveHandlesInfo(Environment& env) {
  return env.ActiveHandleNames();
}
v8::Local<v8::Array> GetActiveRequestsInfo(Environment& env) {
  return env.ActiveRequestNames();
}

// loadEnvFile(path) adds the variables of a .env file to process.env; those
// already set keep their value. Any failure to open is ENOENT, as in node.
void LoadEnvFile(Environment& env, PathArg path) {
  std::string content;
  switch (dotenv::ReadFile(path.value, &content)) {
    case dotenv::ReadStatus::kOk:
      break;
    case dotenv::ReadStatus::kOpenFailed:
      return ThrowUVError(env, UV_ENOENT, "open", path.c_str());
    case dotenv::ReadStatus::kReadFailed: {
      std::string message =
          "Contents of '" + path.value + "' should be a valid string.";
      return ThrowError(env, ErrorCode::kInvalidArgType, message.c_str());
    }
  }
  dotenv::Variables variables;
  dotenv::Parse(content, &variables);
  EnvStore& store = env.env_store();
  for (const auto& [key, value] : variables) {
    std::string existing;
    if (!store.Get(key, &existing)) store.Set(key, value);
  }
}

void InitializeProcessMethods(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Object> versions = v8::Object::New(isolate);
  unsigned brotli = BrotliEncoderVersion();
  const std::pair<const char*, std::string> entries[] = {
      {"node", kNodeVersion},
      {"nodus", kNodusVersion},
      {"v8", v8::V8::GetVersion()},
      {"uv", uv_version_string()},
      {"zlib", zlibVersion()},
      {"brotli", std::to_string(brotli >> 24) + "." +
                     std::to_string((brotli >> 12) & 0xfff) + "." +
                     std::to_string(brotli & 0xfff)},
      {"ares", ares_version(nullptr)},
      {"modules", "115"},
      {"openssl", OpenSslVersion()},
      {"icu", U_ICU_VERSION},
      {"unicode", U_UNICODE_VERSION},
  };
  for (const auto& [name, value] : entries)
    versions->Set(context, Utf8(isolate, name), Utf8(isolate, value)).Check();
  target->Set(context, Utf8(isolate, "versions"), versions).Check();
  target->Set(context, Utf8(isolate, "execPath"), Utf8(isolate, ExecPath()))
      .Check();
}

constexpr Method kMethods[] = {
    {"hrtime", Fn<&Hrtime>},
    {"hrtimeBigInt", Fn<&HrtimeBigInt>},
    {"uptime", Fn<&Uptime>},
    {"cwd", Fn<&Cwd>},
    {"chdir", Fn<&Chdir>},
    {"umask", Fn<&Umask>},
    {"rss", Fn<&Rss>},
    {"memoryUsage", Fn<&MemoryUsage>},
    {"cpuUsage", Fn<&CpuUsage>},
    {"resourceUsage", Fn<&ResourceUsage>},
    {"kill", Fn<&Kill>},
    {"reallyExit", Fn<&ReallyExit>},
    {"abort", Fn<&Abort>},
    {"getPid", Fn<&GetPid>},
    {"getPpid", Fn<&GetPpid>},
    {"getTitle", Fn<&GetTitle>},
    {"setTitle", Fn<&SetTitle>},
    {"rawDebug", Fn<&RawDebug>},
    {"loadEnvFile", Fn<&LoadEnvFile>},
    {"constrainedMemory", Fn<&ConstrainedMemory>},
    {"availableMemory", Fn<&AvailableMemory>},
    {"_getActiveHandles", Fn<&GetActiveHandles>},
    {"_getActiveRequests", Fn<&GetActiveRequests>},
    {"_getActiveHandlesInfo", Fn<&GetActiveHandlesInfo>},
    {"_getActiveRequestsInfo", Fn<&GetActiveRequestsInfo>},
};

}  // namespace

extern const Binding kProcessMethodsBinding{
    "process_methods", kMethods, {}, {}, InitializeProcessMethods};

}  // namespace nodus
