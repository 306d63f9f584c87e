// SPDX-License-Identifier: MIT
// The options of uv_spawn as lib/internal/child_process.js passes them, read
// once into C++ values; shared by Process (src/process_wrap.cc) and
// spawnSync (src/spawn_sync.cc).
#pragma once

#include <uv.h>
#include <v8.h>

#include <csignal>
#include <string>
#include <vector>

namespace nodus {
class Environment;
}

namespace nodus::process {

// One stdio slot: { type: 'ignore' | 'pipe' | 'overlapped' | 'ipc' | 'fd' |
// 'wrap', handle?, fd?, readable?, writable?, input? }.
struct StdioSpec {
  enum class Type { kIgnore, kPipe, kFd, kWrap };
  Type type = Type::kIgnore;
  int fd = -1;
  // The JS handle object (Pipe for kPipe, any stream for kWrap).
  v8::Local<v8::Object> handle;
  // spawnSync: whether the child reads (stdin) or writes the pipe, and the
  // bytes to feed it.
  bool readable = false;
  bool writable = false;
  std::string input;
};

struct SpawnOptions {
  std::string file;
  std::vector<std::string> args;
  std::vector<std::string> env;
  bool has_env = false;
  std::string cwd;
  bool detached = false;
  bool has_uid = false;
  bool has_gid = false;
  uv_uid_t uid = 0;
  uv_gid_t gid = 0;
  std::vector<StdioSpec> stdio;
  // spawnSync only.
  double timeout = 0;
  double max_buffer = 0;
  int kill_signal = SIGTERM;

  // Reads `options` (already validated by lib/). False if a getter threw.
  bool Parse(Environment& env, v8::Local<v8::Object> options);
};

// The argument vectors uv_process_options_t points into; valid while the
// SpawnOptions it was built from lives.
struct UvSpawnOptions {
  uv_process_options_t options{};
  std::vector<char*> args;
  std::vector<char*> env;
  std::vector<uv_stdio_container_t> stdio;
};

// Fills `out` from `spec`; for kPipe slots `pipe_of(i)` gives the uv stream
// the child's end is created on.
template <typename PipeOf>
void BuildUvOptions(SpawnOptions& spec, uv_exit_cb exit_cb, PipeOf pipe_of,
                    UvSpawnOptions* out) {
  for (std::string& arg : spec.args) out->args.push_back(arg.data());
  out->args.push_back(nullptr);
  for (std::string& pair : spec.env) out->env.push_back(pair.data());
  out->env.push_back(nullptr);
  out->stdio.resize(spec.stdio.size());
  for (size_t i = 0; i < spec.stdio.size(); i++) {
    uv_stdio_container_t& c = out->stdio[i];
    switch (spec.stdio[i].type) {
      case StdioSpec::Type::kIgnore:
        c.flags = UV_IGNORE;
        break;
      case StdioSpec::Type::kPipe:
        c.flags = static_cast<uv_stdio_flags>(
            UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
        c.data.stream = pipe_of(i);
        break;
      case StdioSpec::Type::kFd:
        c.flags = UV_INHERIT_FD;
        c.data.fd = spec.stdio[i].fd;
        break;
      case StdioSpec::Type::kWrap:
        c.flags = UV_INHERIT_STREAM;
        c.data.stream = pipe_of(i);
        break;
    }
  }
  uv_process_options_t& o = out->options;
  o.exit_cb = exit_cb;
  o.file = spec.file.c_str();
  o.args = out->args.data();
  o.env = spec.has_env ? out->env.data() : nullptr;
  o.cwd = spec.cwd.empty() ? nullptr : spec.cwd.c_str();
  o.stdio_count = static_cast<int>(out->stdio.size());
  o.stdio = out->stdio.data();
  unsigned flags = 0;
  if (spec.detached) flags |= UV_PROCESS_DETACHED;
  if (spec.has_uid) {
    flags |= UV_PROCESS_SETUID;
    o.uid = spec.uid;
  }
  if (spec.has_gid) {
    flags |= UV_PROCESS_SETGID;
    o.gid = spec.gid;
  }
  o.flags = flags;
}

}  // namespace nodus::process
