// SPDX-License-Identifier: MIT
// nodus' entry point: parse the command line, start V8, run the main
// Environment on the default loop, exit with its code.

#include <signal.h>
#include <uv.h>
#include <v8.h>

#include <cstdio>

#include "crypto.h"
#include "environment.h"
#include "options.h"
#include "runtime.h"
#include "stdio_state.h"

namespace {

int RunMainThread(nodus::Runtime& runtime, const nodus::Options& options) {
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = runtime.allocator();
  v8::Isolate* isolate = v8::Isolate::New(params);
  int exit_code;
  {
    v8::Locker locker(isolate);
    v8::Isolate::Scope isolate_scope(isolate);
    isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
    isolate->SetCaptureStackTraceForUncaughtExceptions(true, 10);
    v8::HandleScope handle_scope(isolate);
    nodus::Environment env(runtime, isolate, uv_default_loop(), options);
    {
      v8::Context::Scope context_scope(env.context());
      if (!env.Start()) return 1;
      env.SpinEventLoop();
      exit_code = env.EmitProcessExit();
    }
  }
  isolate->Dispose();
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  argv = uv_setup_args(argc, argv);
  // A closed pipe is an EPIPE error for the writer, and a write over
  // RLIMIT_FSIZE an EFBIG error, not signals (as node).
  signal(SIGPIPE, SIG_IGN);
  signal(SIGXFSZ, SIG_IGN);
  // fds 0-2 go back as they were at exit (non-blocking pipes, raw mode).
  nodus::SaveStdioState();
  nodus::Options options;
  int rc = nodus::ParseOptions(argc, argv, &options);
  if (rc >= 0) return rc;
  rc = nodus::crypto::InitProcess(options);
  if (rc >= 0) return rc;
  nodus::Runtime runtime(argv[0], options);
  return RunMainThread(runtime, options);
}
