// SPDX-License-Identifier: MIT
// internalBinding('os') for lib/os.js: host, CPU, memory, network and user
// information from libuv. Calls that can fail take a `ctx` object and
// record { errno, syscall } there; lib/os.js throws ERR_SYSTEM_ERROR.

#include <uv.h>

#include <cstdio>
#include <string>
#include <vector>

#include "binding.h"
#include "environment.h"

namespace nodus {
namespace {

void Fail(Environment& env, v8::Local<v8::Object> ctx, int err,
          const char* syscall) {
  v8::Isolate* isolate = env.isolate();
  ctx->Set(env.context(), Utf8(isolate, "errno"),
           v8::Integer::New(isolate, err))
      .Check();
  ctx->Set(env.context(), Utf8(isolate, "syscall"), Utf8(isolate, syscall))
      .Check();
}

v8::Local<v8::Value> GetHostname(Environment& env, v8::Local<v8::Object> ctx) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err != 0) {
    Fail(env, ctx, err, "uv_os_gethostname");
    return v8::Undefined(env.isolate());
  }
  return Utf8(env.isolate(), buf);
}

// [sysname, version, release, machine]
v8::Local<v8::Value> GetOSInformation(Environment& env,
                                      v8::Local<v8::Object> ctx) {
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err != 0) {
    Fail(env, ctx, err, "uv_os_uname");
    return v8::Undefined(env.isolate());
  }
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Value> fields[] = {
      Utf8(isolate, info.sysname), Utf8(isolate, info.version),
      Utf8(isolate, info.release), Utf8(isolate, info.machine)};
  return v8::Array::New(isolate, fields, 4);
}

v8::Local<v8::Value> GetHomeDirectory(Environment& env,
                                      v8::Local<v8::Object> ctx) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err != 0) {
    Fail(env, ctx, err, "uv_os_homedir");
    return v8::Undefined(env.isolate());
  }
  return Utf8(env.isolate(), buf);
}

v8::Local<v8::Value> GetUptime(Environment& env, v8::Local<v8::Object> ctx) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) {
    Fail(env, ctx, err, "uv_uptime");
    return v8::Undefined(env.isolate());
  }
  return v8::Number::New(env.isolate(), uptime);
}

double GetTotalMem() { return static_cast<double>(uv_get_total_memory()); }
// Memory available to new processes: MemAvailable (what node 20's libuv
// reports); this libuv (1.44) predates uv_get_available_memory, so it is
// read here, falling back to free memory.
double GetFreeMem() {
  if (FILE* meminfo = std::fopen("/proc/meminfo", "r")) {
    char line[256];
    unsigned long long kib = 0;
    bool found = false;
    while (std::fgets(line, sizeof(line), meminfo) != nullptr) {
      if (std::sscanf(line, "MemAvailable: %llu kB", &kib) == 1) {
        found = true;
        break;
      }
    }
    std::fclose(meminfo);
    if (found) return static_cast<double>(kib) * 1024;
  }
  return static_cast<double>(uv_get_free_memory());
}
uint32_t GetAvailableParallelism() { return uv_available_parallelism(); }

// [model, speed, user, nice, sys, idle, irq, model, ...] for each CPU.
v8::Local<v8::Value> GetCPUs(Environment& env) {
  v8::Isolate* isolate = env.isolate();
  uv_cpu_info_t* cpus;
  int count;
  std::vector<v8::Local<v8::Value>> out;
  if (uv_cpu_info(&cpus, &count) == 0) {
    for (int i = 0; i < count; i++) {
      const uv_cpu_info_t& c = cpus[i];
      out.push_back(Utf8(isolate, c.model));
      out.push_back(v8::Number::New(isolate, c.speed));
      out.push_back(
          v8::Number::New(isolate, static_cast<double>(c.cpu_times.user)));
      out.push_back(
          v8::Number::New(isolate, static_cast<double>(c.cpu_times.nice)));
      out.push_back(
          v8::Number::New(isolate, static_cast<double>(c.cpu_times.sys)));
      out.push_back(
          v8::Number::New(isolate, static_cast<double>(c.cpu_times.idle)));
      out.push_back(
          v8::Number::New(isolate, static_cast<double>(c.cpu_times.irq)));
    }
    uv_free_cpu_info(cpus, count);
  }
  return v8::Array::New(isolate, out.data(), out.size());
}

void GetLoadAvg(v8::Local<v8::ArrayBufferView> out) {
  double loads[3];
  uv_loadavg(loads);
  auto* data = reinterpret_cast<double*>(
      static_cast<char*>(out->Buffer()->Data()) + out->ByteOffset());
  for (int i = 0; i < 3; i++) data[i] = loads[i];
}

// [name, address, netmask, family, mac, internal, scopeid, name, ...]
v8::Local<v8::Value> GetInterfaceAddresses(Environment& env,
                                           v8::Local<v8::Object> ctx) {
  v8::Isolate* isolate = env.isolate();
  uv_interface_address_t* interfaces;
  int count;
  int err = uv_interface_addresses(&interfaces, &count);
  if (err != 0) {
    Fail(env, ctx, err, "uv_interface_addresses");
    return v8::Undefined(isolate);
  }
  std::vector<v8::Local<v8::Value>> out;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& iface = interfaces[i];
    char address[INET6_ADDRSTRLEN];
    char netmask[INET6_ADDRSTRLEN];
    bool v4 = iface.address.address4.sin_family == AF_INET;
    if (v4) {
      uv_ip4_name(&iface.address.address4, address, sizeof(address));
      uv_ip4_name(&iface.netmask.netmask4, netmask, sizeof(netmask));
    } else {
      uv_ip6_name(&iface.address.address6, address, sizeof(address));
      uv_ip6_name(&iface.netmask.netmask6, netmask, sizeof(netmask));
    }
    char mac[18];
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x",
             static_cast<unsigned char>(iface.phys_addr[0]),
             static_cast<unsigned char>(iface.phys_addr[1]),
             static_cast<unsigned char>(iface.phys_addr[2]),
             static_cast<unsigned char>(iface.phys_addr[3]),
             static_cast<unsigned char>(iface.phys_addr[4]),
             static_cast<unsigned char>(iface.phys_addr[5]));
    out.push_back(Utf8(isolate, iface.name));
    out.push_back(Utf8(isolate, address));
    out.push_back(Utf8(isolate, netmask));
    out.push_back(Utf8(isolate, v4 ? "IPv4" : "IPv6"));
    out.push_back(Utf8(isolate, mac));
    out.push_back(v8::Boolean::New(isolate, iface.is_internal));
    out.push_back(v8::Integer::New(
        isolate,
        v4 ? -1 : static_cast<int32_t>(iface.address.address6.sin6_scope_id)));
  }
  uv_free_interface_addresses(interfaces, count);
  return v8::Array::New(isolate, out.data(), out.size());
}

// [uid, gid, username, homedir, shell] (shell is null when unknown).
v8::Local<v8::Value> GetUserInfo(Environment& env, v8::Local<v8::Object> ctx) {
  v8::Isolate* isolate = env.isolate();
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0) {
    Fail(env, ctx, err, "uv_os_get_passwd");
    return v8::Undefined(isolate);
  }
  v8::Local<v8::Value> fields[] = {
      v8::Number::New(isolate, static_cast<double>(pwd.uid)),
      v8::Number::New(isolate, static_cast<double>(pwd.gid)),
      Utf8(isolate, pwd.username), Utf8(isolate, pwd.homedir),
      pwd.shell == nullptr ? v8::Null(isolate).As<v8::Value>()
                           : Utf8(isolate, pwd.shell).As<v8::Value>()};
  uv_os_free_passwd(&pwd);
  return v8::Array::New(isolate, fields, 5);
}

int32_t SetPriority(Environment& env, int32_t pid, int32_t priority,
                    v8::Local<v8::Object> ctx) {
  int err = uv_os_setpriority(pid, priority);
  if (err != 0) Fail(env, ctx, err, "uv_os_setpriority");
  return err;
}

v8::Local<v8::Value> GetPriority(Environment& env, int32_t pid,
                                 v8::Local<v8::Object> ctx) {
  int priority;
  int err = uv_os_getpriority(pid, &priority);
  if (err != 0) {
    Fail(env, ctx, err, "uv_os_getpriority");
    return v8::Undefined(env.isolate());
  }
  return v8::Integer::New(env.isolate(), priority);
}

constexpr Method kMethods[] = {
    {"getHostname", Fn<&GetHostname>},
    {"getOSInformation", Fn<&GetOSInformation>},
    {"getHomeDirectory", Fn<&GetHomeDirectory>},
    {"getUptime", Fn<&GetUptime>},
    {"getTotalMem", Fn<&GetTotalMem>},
    {"getFreeMem", Fn<&GetFreeMem>},
    {"getAvailableParallelism", Fn<&GetAvailableParallelism>},
    {"getCPUs", Fn<&GetCPUs>},
    {"getLoadAvg", Fn<&GetLoadAvg>},
    {"getInterfaceAddresses", Fn<&GetInterfaceAddresses>},
    {"getUserInfo", Fn<&GetUserInfo>},
    {"setPriority", Fn<&SetPriority>},
    {"getPriority", Fn<&GetPriority>},
};

}  // namespace

extern const Binding kOsBinding{"os", kMethods};

}  // namespace nodus
