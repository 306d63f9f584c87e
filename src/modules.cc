// SPDX-License-Identifier: MIT
// internalBinding('modules') for lib/internal/modules/cjs/loader.js: the
// CommonJS wrapper compiler and the few synchronous file-system queries the
// resolver makes (stat, read, realpath) before lib/fs.js is involved.

#include <uv.h>

#include <string>

#include "binding.h"
#include "environment.h"
#include "errors.h"

namespace nodus {
namespace {

// compileFunctionForCJSLoader(source, filename) -> function(exports,
// require, module, __filename, __dirname). A syntax error is thrown with
// the file's line and a caret on top of its stack, as node decorates it, so
// that it points into the user's file wherever it is caught and rethrown.
v8::MaybeLocal<v8::Function> CompileFunctionForCJSLoader(
    Environment& env, v8::Local<v8::String> source,
    v8::Local<v8::String> filename) {
  v8::Isolate* isolate = env.isolate();
  v8::ScriptOrigin origin(isolate, filename);
  v8::ScriptCompiler::Source script_source(source, origin);
  v8::Local<v8::String> params[] = {
      OneByte(isolate, "exports"), OneByte(isolate, "require"),
      OneByte(isolate, "module"), OneByte(isolate, "__filename"),
      OneByte(isolate, "__dirname")};
  v8::TryCatch try_catch(isolate);
  v8::MaybeLocal<v8::Function> fn = v8::ScriptCompiler::CompileFunction(
      env.context(), &script_source, 5, params, 0, nullptr);
  if (fn.IsEmpty() && try_catch.HasCaught() && !try_catch.HasTerminated()) {
    DecorateErrorStack(env, try_catch.Exception(), try_catch.Message(), true);
    try_catch.ReThrow();
  }
  return fn;
}

// getSourceMapURL(fn) -> the `//# sourceMappingURL=` of the code `fn` was
// compiled from, as V8's parser read it (undefined when there is none);
// asked only while source maps are on.
v8::Local<v8::Value> GetSourceMapURL(Environment& env,
                                     v8::Local<v8::Function> fn) {
  v8::Local<v8::Value> url = fn->GetScriptOrigin().SourceMapUrl();
  if (url.IsEmpty()) return v8::Undefined(env.isolate());
  return url;
}

// stat(path) -> 0 for a file, 1 for a directory, a negative errno otherwise.
int32_t InternalModuleStat(PathArg path) {
  uv_fs_t req;
  int err = uv_fs_stat(nullptr, &req, path.c_str(), nullptr);
  int32_t result = err;
  if (err == 0) result = S_ISDIR(req.statbuf.st_mode) ? 1 : 0;
  uv_fs_req_cleanup(&req);
  return result;
}

// Reads a whole file; returns 0 or a negative errno (and the failing
// syscall).
int ReadWholeFile(const char* path, std::string* out, const char** syscall) {
  uv_fs_t req;
  *syscall = "open";
  int fd = uv_fs_open(nullptr, &req, path, O_RDONLY | O_CLOEXEC, 0, nullptr);
  uv_fs_req_cleanup(&req);
  if (fd < 0) return fd;
  *syscall = "read";
  char chunk[65536];
  int result = 0;
  for (;;) {
    uv_buf_t buf = uv_buf_init(chunk, sizeof(chunk));
    int n = uv_fs_read(nullptr, &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (n < 0) {
      result = n;
      break;
    }
    if (n == 0) break;
    out->append(chunk, static_cast<size_t>(n));
  }
  uv_fs_close(nullptr, &req, fd, nullptr);
  uv_fs_req_cleanup(&req);
  return result;
}

v8::MaybeLocal<v8::String> MakeUtf8(Environment& env, const std::string& s) {
  return v8::String::NewFromUtf8(env.isolate(), s.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(s.size()));
}

// readFileUtf8(path) -> the file's text; throws node's system error.
v8::MaybeLocal<v8::String> ReadFileUtf8(Environment& env, PathArg path) {
  std::string content;
  const char* syscall;
  int err = ReadWholeFile(path.c_str(), &content, &syscall);
  if (err < 0) {
    ThrowUVError(env, err, syscall, path.c_str());
    return {};
  }
  return MakeUtf8(env, content);
}

// readPackageJSON(path) -> the text, or undefined if it cannot be read.
v8::Local<v8::Value> ReadPackageJSON(Environment& env, PathArg path) {
  std::string content;
  const char* syscall;
  v8::Local<v8::String> text;
  if (ReadWholeFile(path.c_str(), &content, &syscall) < 0 ||
      !MakeUtf8(env, content).ToLocal(&text))
    return v8::Undefined(env.isolate());
  return text;
}

v8::MaybeLocal<v8::String> Realpath(Environment& env, PathArg path) {
  uv_fs_t req;
  int err = uv_fs_realpath(nullptr, &req, path.c_str(), nullptr);
  if (err < 0) {
    uv_fs_req_cleanup(&req);
    ThrowUVError(env, err, "realpath", path.c_str());
    return {};
  }
  std::string resolved = static_cast<const char*>(req.ptr);
  uv_fs_req_cleanup(&req);
  return MakeUtf8(env, resolved);
}

constexpr Method kMethods[] = {
    {"compileFunctionForCJSLoader", Fn<&CompileFunctionForCJSLoader>},
    {"getSourceMapURL", Fn<&GetSourceMapURL>},
    {"internalModuleStat", Fn<&InternalModuleStat>},
    {"readFileUtf8", Fn<&ReadFileUtf8>},
    {"readPackageJSON", Fn<&ReadPackageJSON>},
    {"realpath", Fn<&Realpath>},
};

}  // namespace

extern const Binding kModulesBinding{"modules", kMethods};

}  // namespace nodus
