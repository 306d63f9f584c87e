// SPDX-License-Identifier: MIT
// Shared by src/fs.cc and src/fs_dir.cc: the fs request and the helper that
// runs one uv_fs_* call synchronously or on the thread pool.
#pragma once

#include <uv.h>
#include <v8.h>

#include <string>

#include "binding.h"
#include "request.h"

namespace nodus::fs {

// How a finished uv_fs_t becomes the JS result.
enum class Result {
  kUndefined,
  kInt,      // req->result: an fd, a byte count
  kStat,     // req->statbuf as Float64Array(18) / BigInt64Array(18)
  kStatfs,   // req->ptr (uv_statfs_t) as a 7-field array
  kString,   // req->ptr as a UTF-8 string (readlink, realpath)
  kPath,     // req->path (mkdtemp writes the name there)
  kScandir,  // the entries of uv_fs_scandir
};

struct ResultOptions {
  bool bigint = false;
  bool with_types = false;
  // Names as one-byte strings of their raw bytes (lib/ decodes them), for
  // encodings other than UTF-8: a name that is not valid UTF-8 survives.
  bool raw_names = false;
};

// The JS object lib/ passes as the last argument of an async operation.
class FsRequest : public Request<uv_fs_t> {
 public:
  static const WrapType kType;
  FsRequest(Environment& env, v8::Local<v8::Object> object);

  Result result = Result::kUndefined;
  ResultOptions options;
  // Kept alive while libuv reads or writes it: the buffer(s) of an
  // operation, or a string's bytes.
  v8::Global<v8::Value> keep_alive;
  std::string data;

  static void OnComplete(uv_fs_t* req);
};

v8::MaybeLocal<v8::Value> ResultOf(Environment& env, uv_fs_t* req,
                                   Result result, ResultOptions options);

// A stat buffer as the 18-field array lib/internal/fs/utils.js reads.
v8::Local<v8::Value> StatArray(Environment& env, const uv_stat_t& s,
                               bool bigint);

// Runs `start(loop, uv_req, cb)` synchronously when `req` is null (throwing
// the system error named by syscall/path/dest on failure) or on the pool
// with `req`'s completion. Returns the sync result, or undefined.
template <typename Start>
v8::MaybeLocal<v8::Value> Call(Environment& env, FsRequest* req, Result result,
                               ResultOptions options, const char* syscall,
                               const char* path, const char* dest,
                               Start&& start);

void ReportStartFailure(Environment& env, FsRequest* req, int err);
void PrintSyncTrace(Environment& env);
void ThrowFsError(Environment& env, int err, const char* syscall,
                  const char* path, const char* dest);

template <typename Start>
v8::MaybeLocal<v8::Value> Call(Environment& env, FsRequest* req, Result result,
                               ResultOptions options, const char* syscall,
                               const char* path, const char* dest,
                               Start&& start) {
  if (req == nullptr) {
    if (env.trace_sync_io()) PrintSyncTrace(env);
    uv_fs_t sync_req;
    int err = start(env.loop(), &sync_req, nullptr);
    v8::MaybeLocal<v8::Value> value;
    if (err < 0) {
      ThrowFsError(env, err, syscall, path, dest);
    } else {
      value = ResultOf(env, &sync_req, result, options);
    }
    uv_fs_req_cleanup(&sync_req);
    return value;
  }
  req->result = result;
  req->options = options;
  int err = req->Dispatch([&](uv_fs_t* uv_req) {
    return start(env.loop(), uv_req, FsRequest::OnComplete);
  });
  if (err < 0) ReportStartFailure(env, req, err);
  return v8::Undefined(env.isolate());
}

// Sync and async forms of one operation Op(env, req, args...): `xSync` is
// Op with no request, `x` takes the request as its last argument.
template <auto Op>
struct FsOp;

template <typename... A,
          v8::MaybeLocal<v8::Value> (*Op)(Environment&, FsRequest*, A...)>
struct FsOp<Op> {
  static v8::MaybeLocal<v8::Value> Sync(Environment& env, A... args) {
    return Op(env, nullptr, std::move(args)...);
  }
  static void Async(Environment& env, A... args, FsRequest* req) {
    (void)Op(env, req, std::move(args)...);
  }
};

}  // namespace nodus::fs
