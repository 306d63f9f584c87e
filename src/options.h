// SPDX-License-Identifier: MIT
// Command-line and NODE_OPTIONS parsing (node's spelling and exit code 9 for
// a bad option); the result is exposed to lib/ by internalBinding('options').
#pragma once

#include <v8.h>

#include <cstdint>
#include <string>
#include <vector>

namespace nodus {

struct Options {
  std::vector<std::string> argv;       // process.argv, before resolution
  std::vector<std::string> exec_argv;  // process.execArgv
  std::string main_id;                 // lib/internal/main/<...> to run
  std::string script;                  // the main script ('-' is stdin)
  std::string eval_source;
  bool has_eval = false;
  bool print = false;
  bool check = false;
  bool interactive = false;
  bool stdin_is_tty = false;
  std::vector<std::string> preload;   // -r / --require
  std::vector<std::string> v8_flags;  // handed to V8 before start-up
  std::string title;
  std::string default_type;          // --experimental-default-type
  std::string trace_require_module;  // "", "all" or "no-node-modules"
  std::string redirect_warnings;  // --redirect-warnings, NODE_REDIRECT_WARNINGS
  std::string unhandled_rejections;
  std::string input_type;
  std::vector<std::string> conditions;  // -C / --conditions
  std::vector<std::string> loaders;     // --experimental-loader / --loader
  std::vector<std::string> imports;     // --import
  std::string dns_result_order;         // --dns-result-order
  bool network_family_autoselection = true;
  int64_t network_family_autoselection_attempt_timeout = 250;  // ms
  std::vector<std::string> disabled_warnings;
  bool env_file = false;       // --env-file(-if-exists) given as an option
  std::string disable_proto;   // "", "delete" or "throw"
  std::string use_largepages;  // "", "off", "on" or "silent"
  bool no_deprecation = false;
  bool throw_deprecation = false;
  bool trace_deprecation = false;
  bool pending_deprecation = false;
  bool no_warnings = false;
  bool trace_warnings = false;
  bool trace_uncaught = false;
  bool trace_exit = false;     // --trace-exit
  bool trace_sync_io = false;  // --trace-sync-io
  bool preserve_symlinks = false;
  // V8's background thread pool (--v8-pool-size); 0 or less: one per CPU
  // but one, at least one.
  int v8_pool_size = 4;
  bool preserve_symlinks_main = false;
  bool expose_gc = false;
  bool enable_source_maps = false;
  bool experimental_vm_modules = false;
  bool require_module = true;  // require() of ES modules (node 20.19+)
  bool detect_module = true;   // module syntax detection (node 20.19+)
  bool abort_on_uncaught_exception = false;
  bool zero_fill_buffers = false;
  bool frozen_intrinsics = false;  // --frozen-intrinsics
  bool global_webcrypto = true;    // --no-experimental-global-webcrypto
  bool global_customevent = true;  // --no-experimental-global-customevent
  bool experimental_import_meta_resolve = false;
  bool experimental_wasm_modules = false;  // .wasm ES modules
  // OpenSSL, set up once per process before anything runs (src/crypto.cc).
  int64_t secure_heap = 0;             // --secure-heap: bytes, 0 for none
  int64_t secure_heap_min = 2;         // --secure-heap-min
  std::string openssl_config;          // --openssl-config
  bool openssl_shared_config = false;  // --openssl-shared-config
  // node:test and `--test` (lib/internal/test_runner/).
  bool test = false;
  bool test_only = false;
  bool test_force_exit = false;
  double test_timeout = 0;   // 0: none
  int test_concurrency = 0;  // 0: os.availableParallelism() - 1
  std::vector<std::string> test_reporters;
  std::vector<std::string> test_reporter_destinations;
  std::vector<std::string> test_name_patterns;
};

class Environment;

// --disable-proto=delete|throw, for each new context (the main one, a
// worker's, vm's): node deletes Object.prototype.__proto__, or replaces it
// with an accessor that throws ERR_PROTO_ACCESS. False if an exception is
// pending.
bool ApplyDisableProto(Environment& env, v8::Local<v8::Context> context);

// Parses argv (and NODE_OPTIONS). Returns -1 to go on, or an exit code after
// having printed what was asked (--version, --help) or the error.
int ParseOptions(int argc, char** argv, Options* options);
// A Worker's NODE_OPTIONS (from its env option) applied over its parent's
// options, before its execArgv.
void ApplyWorkerNodeOptions(const std::string& node_options, Options* options);
// A Worker's execArgv applied over its parent's options (process.execArgv
// becomes the options up to a '--').
void ApplyWorkerExecArgv(const std::vector<std::string>& args,
                         Options* options);

}  // namespace nodus
