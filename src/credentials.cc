// SPDX-License-Identifier: MIT
// internalBinding('credentials'): the process' user and group ids — the
// getters of every thread, and the setters (main thread only) behind
// process.setuid/setgid/seteuid/setegid/setgroups/initgroups. Ids come as
// numbers or as user/group names; lib/internal/process/credentials.js
// validates them and turns "unknown name" results into node's errors.

#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "binding.h"
#include "environment.h"
#include "errors.h"

namespace nodus {
namespace {

constexpr int32_t kOk = 0;
constexpr int32_t kUnknown = 1;

// A failed set*id call: node's errno error ("EPERM, Operation not
// permitted", with errno, code and syscall).
void ThrowErrno(Environment& env, int err, const char* syscall) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  const char* code = uv_err_name(-err);
  std::string message = std::string(code) + ", " + std::strerror(err);
  v8::Local<v8::Object> error =
      v8::Exception::Error(Utf8(isolate, message)).As<v8::Object>();
  error->Set(context, OneByte(isolate, "errno"), v8::Integer::New(isolate, err))
      .Check();
  error->Set(context, OneByte(isolate, "code"), OneByte(isolate, code)).Check();
  error->Set(context, OneByte(isolate, "syscall"), OneByte(isolate, syscall))
      .Check();
  isolate->ThrowException(error);
}

// An id from a number, or from a name looked up with Lookup (getpwnam_r,
// getgrnam_r); false when the name is unknown.
template <typename Entry, typename Id, Id Entry::*kField,
          int (*Lookup)(const char*, Entry*, char*, size_t, Entry**)>
bool ToId(Environment& env, v8::Local<v8::Value> id, Id* out) {
  if (id->IsNumber()) {
    *out = static_cast<Id>(id.As<v8::Number>()->Value());
    return true;
  }
  v8::String::Utf8Value name(env.isolate(), id);
  Entry entry;
  Entry* found = nullptr;
  std::vector<char> buffer(16384);
  if (Lookup(*name, &entry, buffer.data(), buffer.size(), &found) != 0 ||
      found == nullptr)
    return false;
  *out = entry.*kField;
  return true;
}

constexpr auto ToUid = ToId<passwd, uid_t, &passwd::pw_uid, getpwnam_r>;
constexpr auto ToGid = ToId<group, gid_t, &group::gr_gid, getgrnam_r>;

// libuv 1.45 to 1.48 may use io_uring, whose requests keep running with
// the credentials they started with (CVE-2024-22017): node refuses the
// setters then unless UV_USE_IO_URING=0. This libuv may be older.
bool MightUseIoUring() {
  unsigned version = uv_version();
  if (version < 0x012d00u || version >= 0x013100u) return false;
  const char* env = std::getenv("UV_USE_IO_URING");
  return env == nullptr || std::strcmp(env, "0") != 0;
}

bool RefuseWithIoUring(Environment& env, const char* name) {
  if (!MightUseIoUring()) return false;
  ThrowError(env, ErrorCode::kInvalidState,
             (std::string(name) +
              "() disabled: io_uring may be enabled. See CVE-2024-22017.")
                 .c_str());
  return true;
}

template <typename Id, bool (*Convert)(Environment&, v8::Local<v8::Value>, Id*),
          int (*Set)(Id), const char* kName>
int32_t SetId(Environment& env, v8::Local<v8::Value> value) {
  if (RefuseWithIoUring(env, kName)) return kOk;
  Id id;
  if (!Convert(env, value, &id)) return kUnknown;
  if (Set(id) != 0) ThrowErrno(env, errno, kName);
  return kOk;
}

constexpr char kSetuid[] = "setuid";
constexpr char kSeteuid[] = "seteuid";
constexpr char kSetgid[] = "setgid";
constexpr char kSetegid[] = "setegid";

// setgroups(ids) -> 0, or 1 + the index of the first unknown group name.
int32_t SetGroups(Environment& env, v8::Local<v8::Array> list) {
  if (RefuseWithIoUring(env, "setgroups")) return kOk;
  std::vector<gid_t> groups(list->Length());
  for (uint32_t i = 0; i < groups.size(); i++) {
    v8::Local<v8::Value> item;
    if (!list->Get(env.context(), i).ToLocal(&item)) return kOk;
    if (!ToGid(env, item, &groups[i])) return static_cast<int32_t>(i + 1);
  }
  if (setgroups(groups.size(), groups.data()) != 0)
    ThrowErrno(env, errno, "setgroups");
  return kOk;
}

// initgroups(user, extraGroup) -> 0, 1 (unknown user id) or 2 (unknown
// group). A user given by name goes to initgroups(3) as it is.
int32_t InitGroups(Environment& env, v8::Local<v8::Value> user,
                   v8::Local<v8::Value> extra) {
  if (RefuseWithIoUring(env, "initgroups")) return kOk;
  std::string name;
  if (user->IsNumber()) {
    passwd entry;
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    uid_t uid = static_cast<uid_t>(user.As<v8::Number>()->Value());
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) != 0 ||
        found == nullptr)
      return 1;
    name = entry.pw_name;
  } else {
    v8::String::Utf8Value text(env.isolate(), user);
    name.assign(*text, text.length());
  }
  gid_t gid;
  if (!ToGid(env, extra, &gid)) return 2;
  if (initgroups(name.c_str(), gid) != 0) ThrowErrno(env, errno, "initgroups");
  return kOk;
}

int SetUid(uid_t id) { return setuid(id); }
int SetEuid(uid_t id) { return seteuid(id); }
int SetGid(gid_t id) { return setgid(id); }
int SetEgid(gid_t id) { return setegid(id); }

int32_t GetUid() { return static_cast<int32_t>(getuid()); }
int32_t GetEuid() { return static_cast<int32_t>(geteuid()); }
int32_t GetGid() { return static_cast<int32_t>(getgid()); }
int32_t GetEgid() { return static_cast<int32_t>(getegid()); }

// The supplementary groups, with the effective group added if missing (as
// node reports them).
v8::Local<v8::Array> GetGroups(Environment& env) {
  int n = getgroups(0, nullptr);
  std::vector<gid_t> groups(n > 0 ? n : 0);
  n = getgroups(static_cast<int>(groups.size()), groups.data());
  if (n < 0) n = 0;
  gid_t egid = getegid();
  bool has_egid = false;
  v8::Local<v8::Array> out = v8::Array::New(env.isolate());
  uint32_t index = 0;
  for (int i = 0; i < n; i++) {
    has_egid = has_egid || groups[i] == egid;
    out->Set(env.context(), index++,
             v8::Integer::NewFromUnsigned(env.isolate(), groups[i]))
        .Check();
  }
  if (!has_egid) {
    out->Set(env.context(), index,
             v8::Integer::NewFromUnsigned(env.isolate(), egid))
        .Check();
  }
  return out;
}

constexpr Method kMethods[] = {
    {"getuid", Fn<&GetUid>},
    {"geteuid", Fn<&GetEuid>},
    {"getgid", Fn<&GetGid>},
    {"getegid", Fn<&GetEgid>},
    {"getgroups", Fn<&GetGroups>},
    {"setuid", Fn<&SetId<uid_t, ToUid, &SetUid, kSetuid>>},
    {"seteuid", Fn<&SetId<uid_t, ToUid, &SetEuid, kSeteuid>>},
    {"setgid", Fn<&SetId<gid_t, ToGid, &SetGid, kSetgid>>},
    {"setegid", Fn<&SetId<gid_t, ToGid, &SetEgid, kSetegid>>},
    {"setgroups", Fn<&SetGroups>},
    {"initgroups", Fn<&InitGroups>},
};

}  // namespace

extern const Binding kCredentialsBinding{"credentials", kMethods};

}  // namespace nodus
