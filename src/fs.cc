// SPDX-License-Identifier: MIT
// internalBinding('fs') for lib/fs.js: file operations on libuv's thread
// pool (async, with an FsRequest) or inline (sync). Directory operations
// are in src/fs_dir.cc, watchers in src/fs_watch.cc.

#include "fs.h"

#include <fcntl.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "errors.h"

namespace nodus::fs {

const WrapType FsRequest::kType{"FSReqCallback", "FSREQCALLBACK"};

FsRequest::FsRequest(Environment& env, v8::Local<v8::Object> object)
    : Request(env, object, kType) {}

void FsRequest::OnComplete(uv_fs_t* uv_req) {
  auto* req = static_cast<FsRequest*>(From(uv_req));
  CompletionScope<uv_fs_t> scope(req);
  Environment& env = scope.env();
  int err = uv_req->result < 0 ? static_cast<int>(uv_req->result) : 0;
  v8::Local<v8::Value> value = v8::Undefined(env.isolate());
  if (err == 0 && env.can_call_into_js()) {
    v8::TryCatch try_catch(env.isolate());
    if (!ResultOf(env, uv_req, req->result, req->options).ToLocal(&value)) {
      // The result could not be made (a string too long for V8).
      err = UV_ENOMEM;
      value = v8::Undefined(env.isolate());
    }
  }
  uv_fs_req_cleanup(uv_req);
  req->keep_alive.Reset();
  req->data.clear();
  if (!env.can_call_into_js()) return;
  v8::Local<v8::Value> argv[] = {v8::Integer::New(env.isolate(), err), value};
  CallOnComplete(env, scope.object(), 2, argv);
}

void ThrowFsError(Environment& env, int err, const char* syscall,
                  const char* path, const char* dest) {
  ThrowUVError(env, err, syscall, path, dest);
}

// A start failure is reported like a completion, on the next tick.
void PrintSyncTrace(Environment& env) {
  PrintTraceWarning(env, "Detected use of sync API");
}

void ReportStartFailure(Environment& env, FsRequest* req, int err) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Object> object = req->object();
  v8::Local<v8::Value> oncomplete;
  v8::Local<v8::Value> next_tick;
  if (!object->Get(context, Utf8(isolate, "oncomplete")).ToLocal(&oncomplete) ||
      !oncomplete->IsFunction() ||
      !env.process_object()
           ->Get(context, Utf8(isolate, "nextTick"))
           .ToLocal(&next_tick) ||
      !next_tick->IsFunction())
    return;
  // nextTick(Function.prototype.call, oncomplete, req, err) would need
  // `call`; a bound function keeps `this` = req.
  v8::Local<v8::Value> bind;
  if (!oncomplete.As<v8::Object>()
           ->Get(context, Utf8(isolate, "bind"))
           .ToLocal(&bind) ||
      !bind->IsFunction())
    return;
  v8::Local<v8::Value> bind_args[] = {object, v8::Integer::New(isolate, err)};
  v8::Local<v8::Value> bound;
  if (!bind.As<v8::Function>()
           ->Call(context, oncomplete, 2, bind_args)
           .ToLocal(&bound))
    return;
  v8::Local<v8::Value> tick_args[] = {bound};
  // Nested in the caller's JS: a failure leaves its exception pending.
  v8::Local<v8::Value> ignored;
  if (!next_tick.As<v8::Function>()
           ->Call(context, env.process_object(), 1, tick_args)
           .ToLocal(&ignored))
    return;
}

namespace {

// `fields` as a Float64Array, or as a BigInt64Array for `bigint: true`.
template <typename T, size_t N>
v8::Local<v8::Value> FieldArray(Environment& env, const T (&fields)[N],
                                bool bigint) {
  v8::Local<v8::ArrayBuffer> buffer =
      v8::ArrayBuffer::New(env.isolate(), sizeof(uint64_t) * N);
  void* data = buffer->Data();
  if (bigint) {
    auto* out = static_cast<int64_t*>(data);
    for (size_t i = 0; i < N; i++) out[i] = static_cast<int64_t>(fields[i]);
    return v8::BigInt64Array::New(buffer, 0, N);
  }
  auto* out = static_cast<double*>(data);
  for (size_t i = 0; i < N; i++) out[i] = static_cast<double>(fields[i]);
  return v8::Float64Array::New(buffer, 0, N);
}

}  // namespace

v8::Local<v8::Value> StatArray(Environment& env, const uv_stat_t& s,
                               bool bigint) {
  // Signed, as node's: a time before 1970 is a negative number of seconds.
  const int64_t fields[18] = {
      static_cast<int64_t>(s.st_dev),
      static_cast<int64_t>(s.st_mode),
      static_cast<int64_t>(s.st_nlink),
      static_cast<int64_t>(s.st_uid),
      static_cast<int64_t>(s.st_gid),
      static_cast<int64_t>(s.st_rdev),
      static_cast<int64_t>(s.st_blksize),
      static_cast<int64_t>(s.st_ino),
      static_cast<int64_t>(s.st_size),
      static_cast<int64_t>(s.st_blocks),
      s.st_atim.tv_sec,
      s.st_atim.tv_nsec,
      s.st_mtim.tv_sec,
      s.st_mtim.tv_nsec,
      s.st_ctim.tv_sec,
      s.st_ctim.tv_nsec,
      s.st_birthtim.tv_sec,
      s.st_birthtim.tv_nsec,
  };
  return FieldArray(env, fields, bigint);
}

namespace {

v8::Local<v8::Value> StatfsArray(Environment& env, const uv_statfs_t& s,
                                 bool bigint) {
  const uint64_t fields[7] = {s.f_type,   s.f_bsize, s.f_blocks, s.f_bfree,
                              s.f_bavail, s.f_files, s.f_ffree};
  return FieldArray(env, fields, bigint);
}

v8::MaybeLocal<v8::Value> ScandirResult(Environment& env, uv_fs_t* req,
                                        bool with_types, bool raw_names) {
  v8::Isolate* isolate = env.isolate();
  std::vector<v8::Local<v8::Value>> names;
  std::vector<v8::Local<v8::Value>> types;
  uv_dirent_t entry;
  int r;
  while ((r = uv_fs_scandir_next(req, &entry)) == 0) {
    v8::Local<v8::String> name;
    if (!(raw_names ? v8::String::NewFromOneByte(
                          isolate, reinterpret_cast<const uint8_t*>(entry.name))
                    : v8::String::NewFromUtf8(isolate, entry.name))
             .ToLocal(&name))
      return {};
    names.push_back(name);
    if (with_types) types.push_back(v8::Integer::New(isolate, entry.type));
  }
  v8::Local<v8::Array> name_array =
      v8::Array::New(isolate, names.data(), names.size());
  if (!with_types) return name_array;
  v8::Local<v8::Value> pair[2] = {
      name_array, v8::Array::New(isolate, types.data(), types.size())};
  return v8::Array::New(isolate, pair, 2);
}

}  // namespace

v8::MaybeLocal<v8::Value> ResultOf(Environment& env, uv_fs_t* req,
                                   Result result, ResultOptions options) {
  v8::Isolate* isolate = env.isolate();
  switch (result) {
    case Result::kUndefined:
      return v8::Undefined(isolate);
    case Result::kInt:
      return v8::Number::New(isolate, static_cast<double>(req->result));
    case Result::kStat:
      return StatArray(env, req->statbuf, options.bigint);
    case Result::kStatfs:
      return StatfsArray(env, *static_cast<uv_statfs_t*>(req->ptr),
                         options.bigint);
    case Result::kString:
      return v8::String::NewFromUtf8(isolate,
                                     static_cast<const char*>(req->ptr))
          .FromMaybe(v8::Local<v8::String>());
    case Result::kPath:
      return v8::String::NewFromUtf8(isolate, req->path)
          .FromMaybe(v8::Local<v8::String>());
    case Result::kScandir:
      return ScandirResult(env, req, options.with_types, options.raw_names);
  }
  return {};
}

namespace {

// A position argument: -1 (current position), a number or a BigInt.
int64_t PositionOf(v8::Local<v8::Value> value) {
  if (value->IsBigInt()) return value.As<v8::BigInt>()->Int64Value();
  if (value->IsNumber()) {
    double n = value.As<v8::Number>()->Value();
    return n < 0 ? -1 : static_cast<int64_t>(n);
  }
  return -1;
}

using Value = v8::MaybeLocal<v8::Value>;

// The syscall names errors report.
constexpr char kAccess[] = "access";
constexpr char kReadlink[] = "readlink";
constexpr char kRealpath[] = "realpath";
constexpr char kUnlink[] = "unlink";
constexpr char kChmod[] = "chmod";
constexpr char kChown[] = "chown";
constexpr char kLchown[] = "lchown";
constexpr char kUtime[] = "utime";
constexpr char kLutime[] = "lutime";
constexpr char kClose[] = "close";
constexpr char kFtruncate[] = "ftruncate";
constexpr char kFsync[] = "fsync";
constexpr char kFdatasync[] = "fdatasync";
constexpr char kFchmod[] = "fchmod";
constexpr char kFchown[] = "fchown";
constexpr char kFutime[] = "futime";
constexpr char kRename[] = "rename";
constexpr char kLink[] = "link";

// An operation that is one uv_fs_* call on a path (and extra arguments).
template <auto UvCall, const char* kSyscall, Result kResult, typename... Extra>
Value PathOp(Environment& env, FsRequest* req, PathArg path, Extra... extra) {
  return Call(env, req, kResult, {}, kSyscall, path.c_str(), nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return UvCall(loop, r, path.c_str(), extra..., cb);
              });
}

// One uv_fs_* call on two paths (errors name both: 'from' -> 'to').
template <auto UvCall, const char* kSyscall>
Value TwoPathOp(Environment& env, FsRequest* req, PathArg from, PathArg to) {
  return Call(env, req, Result::kUndefined, {}, kSyscall, from.c_str(),
              to.c_str(), [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return UvCall(loop, r, from.c_str(), to.c_str(), cb);
              });
}

// One uv_fs_* call on an fd (errors name no path).
template <auto UvCall, const char* kSyscall, typename... Extra>
Value FdOp(Environment& env, FsRequest* req, int32_t fd, Extra... extra) {
  return Call(env, req, Result::kUndefined, {}, kSyscall, nullptr, nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return UvCall(loop, r, fd, extra..., cb);
              });
}

constexpr auto Access =
    PathOp<uv_fs_access, kAccess, Result::kUndefined, int32_t>;
constexpr auto Readlink = PathOp<uv_fs_readlink, kReadlink, Result::kString>;
constexpr auto Realpath = PathOp<uv_fs_realpath, kRealpath, Result::kString>;
constexpr auto Unlink = PathOp<uv_fs_unlink, kUnlink, Result::kUndefined>;
constexpr auto Chmod = PathOp<uv_fs_chmod, kChmod, Result::kUndefined, int32_t>;
constexpr auto Chown =
    PathOp<uv_fs_chown, kChown, Result::kUndefined, uint32_t, uint32_t>;
constexpr auto Lchown =
    PathOp<uv_fs_lchown, kLchown, Result::kUndefined, uint32_t, uint32_t>;
constexpr auto Utimes =
    PathOp<uv_fs_utime, kUtime, Result::kUndefined, double, double>;
constexpr auto Lutimes =
    PathOp<uv_fs_lutime, kLutime, Result::kUndefined, double, double>;
constexpr auto Rename = TwoPathOp<uv_fs_rename, kRename>;
constexpr auto Link = TwoPathOp<uv_fs_link, kLink>;
constexpr auto Close = FdOp<uv_fs_close, kClose>;
constexpr auto Ftruncate = FdOp<uv_fs_ftruncate, kFtruncate, int64_t>;
constexpr auto Fsync = FdOp<uv_fs_fsync, kFsync>;
constexpr auto Fdatasync = FdOp<uv_fs_fdatasync, kFdatasync>;
constexpr auto Fchmod = FdOp<uv_fs_fchmod, kFchmod, int32_t>;
constexpr auto Fchown = FdOp<uv_fs_fchown, kFchown, uint32_t, uint32_t>;
constexpr auto Futimes = FdOp<uv_fs_futime, kFutime, double, double>;

Value Open(Environment& env, FsRequest* req, PathArg path, int32_t flags,
           int32_t mode) {
  return Call(env, req, Result::kInt, {}, "open", path.c_str(), nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_open(loop, r, path.c_str(), flags | O_CLOEXEC,
                                  mode, cb);
              });
}

// read(fd, buffer, offset, length, position) -> bytes read
Value Read(Environment& env, FsRequest* req, int32_t fd,
           v8::Local<v8::ArrayBufferView> buffer, double offset, double length,
           v8::Local<v8::Value> position) {
  auto* base =
      static_cast<char*>(buffer->Buffer()->Data()) + buffer->ByteOffset();
  CHECK_LE(offset + length, static_cast<double>(buffer->ByteLength()));
  uv_buf_t buf = uv_buf_init(base + static_cast<size_t>(offset),
                             static_cast<unsigned>(length));
  int64_t pos = PositionOf(position);
  if (req != nullptr) req->keep_alive.Reset(env.isolate(), buffer);
  return Call(env, req, Result::kInt, {}, "read", nullptr, nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_read(loop, r, fd, &buf, 1, pos, cb);
              });
}

Value Write(Environment& env, FsRequest* req, int32_t fd,
            v8::Local<v8::ArrayBufferView> buffer, double offset, double length,
            v8::Local<v8::Value> position) {
  auto* base =
      static_cast<char*>(buffer->Buffer()->Data()) + buffer->ByteOffset();
  CHECK_LE(offset + length, static_cast<double>(buffer->ByteLength()));
  uv_buf_t buf = uv_buf_init(base + static_cast<size_t>(offset),
                             static_cast<unsigned>(length));
  int64_t pos = PositionOf(position);
  if (req != nullptr) req->keep_alive.Reset(env.isolate(), buffer);
  return Call(env, req, Result::kInt, {}, "write", nullptr, nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_write(loop, r, fd, &buf, 1, pos, cb);
              });
}

// The bytes of `text` in `encoding` (utf8, latin1/binary, ucs2/utf16le,
// ascii); other encodings are converted by lib/ into Buffers first.
std::string EncodeString(v8::Isolate* isolate, v8::Local<v8::String> text,
                         const std::string& encoding) {
  std::string out;
  if (encoding == "latin1" || encoding == "binary" || encoding == "ascii") {
    out.resize(text->Length());
    text->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(out.data()), 0, -1,
                       v8::String::NO_NULL_TERMINATION);
  } else if (encoding == "ucs2" || encoding == "utf16le" ||
             encoding == "ucs-2" || encoding == "utf-16le") {
    out.resize(text->Length() * 2);
    text->Write(isolate, reinterpret_cast<uint16_t*>(out.data()), 0, -1,
                v8::String::NO_NULL_TERMINATION);
  } else {
    out.resize(text->Utf8Length(isolate));
    text->WriteUtf8(
        isolate, out.data(), static_cast<int>(out.size()), nullptr,
        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  return out;
}

// writeString(fd, string, position, encoding) -> bytes written
Value WriteString(Environment& env, FsRequest* req, int32_t fd,
                  v8::Local<v8::String> text, v8::Local<v8::Value> position,
                  Utf8Arg encoding) {
  std::string local;
  std::string& bytes = req != nullptr ? req->data : local;
  bytes = EncodeString(env.isolate(), text, encoding.value);
  uv_buf_t buf = uv_buf_init(bytes.data(), static_cast<unsigned>(bytes.size()));
  int64_t pos = PositionOf(position);
  return Call(env, req, Result::kInt, {}, "write", nullptr, nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_write(loop, r, fd, &buf, 1, pos, cb);
              });
}

std::vector<uv_buf_t> BuffersOf(v8::Local<v8::Array> views,
                                v8::Local<v8::Context> context) {
  std::vector<uv_buf_t> bufs;
  for (uint32_t i = 0; i < views->Length(); i++) {
    v8::Local<v8::Value> item = views->Get(context, i).ToLocalChecked();
    CHECK(item->IsArrayBufferView());
    v8::Local<v8::ArrayBufferView> view = item.As<v8::ArrayBufferView>();
    auto* base =
        static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
    bufs.push_back(
        uv_buf_init(base, static_cast<unsigned>(view->ByteLength())));
  }
  return bufs;
}

Value Writev(Environment& env, FsRequest* req, int32_t fd,
             v8::Local<v8::Array> views, v8::Local<v8::Value> position) {
  std::vector<uv_buf_t> bufs = BuffersOf(views, env.context());
  int64_t pos = PositionOf(position);
  if (req != nullptr) req->keep_alive.Reset(env.isolate(), views);
  return Call(env, req, Result::kInt, {}, "write", nullptr, nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_write(loop, r, fd, bufs.data(),
                                   static_cast<unsigned>(bufs.size()), pos, cb);
              });
}

Value Readv(Environment& env, FsRequest* req, int32_t fd,
            v8::Local<v8::Array> views, v8::Local<v8::Value> position) {
  std::vector<uv_buf_t> bufs = BuffersOf(views, env.context());
  int64_t pos = PositionOf(position);
  if (req != nullptr) req->keep_alive.Reset(env.isolate(), views);
  return Call(env, req, Result::kInt, {}, "read", nullptr, nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_read(loop, r, fd, bufs.data(),
                                  static_cast<unsigned>(bufs.size()), pos, cb);
              });
}

Value Stat(Environment& env, FsRequest* req, PathArg path, bool bigint) {
  return Call(env, req, Result::kStat, {.bigint = bigint}, "stat", path.c_str(),
              nullptr, [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_stat(loop, r, path.c_str(), cb);
              });
}

Value Lstat(Environment& env, FsRequest* req, PathArg path, bool bigint) {
  return Call(env, req, Result::kStat, {.bigint = bigint}, "lstat",
              path.c_str(), nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_lstat(loop, r, path.c_str(), cb);
              });
}

Value Fstat(Environment& env, FsRequest* req, int32_t fd, bool bigint) {
  return Call(env, req, Result::kStat, {.bigint = bigint}, "fstat", nullptr,
              nullptr, [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_fstat(loop, r, fd, cb);
              });
}

Value Statfs(Environment& env, FsRequest* req, PathArg path, bool bigint) {
  return Call(env, req, Result::kStatfs, {.bigint = bigint}, "statfs",
              path.c_str(), nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_statfs(loop, r, path.c_str(), cb);
              });
}

Value Symlink(Environment& env, FsRequest* req, PathArg target, PathArg path,
              int32_t flags) {
  return Call(env, req, Result::kUndefined, {}, "symlink", target.c_str(),
              path.c_str(), [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_symlink(loop, r, target.c_str(), path.c_str(),
                                     flags, cb);
              });
}

Value CopyFile(Environment& env, FsRequest* req, PathArg src, PathArg dest,
               int32_t mode) {
  return Call(env, req, Result::kUndefined, {}, "copyfile", src.c_str(),
              dest.c_str(), [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_copyfile(loop, r, src.c_str(), dest.c_str(), mode,
                                      cb);
              });
}

}  // namespace

// Defined in src/fs_dir.cc and src/fs_watch.cc.
void InitializeFsDir(Environment& env, v8::Local<v8::Object> target);
void InitializeFsWatch(Environment& env, v8::Local<v8::Object> target);

namespace {

template <auto Op>
constexpr Method Async(const char* name) {
  return {name, Fn<&FsOp<Op>::Async>};
}
template <auto Op>
constexpr Method Sync(const char* name) {
  return {name, Fn<&FsOp<Op>::Sync>};
}

constexpr Method kMethods[] = {
    Async<Access>("access"),
    Sync<Access>("accessSync"),
    Async<&Open>("open"),
    Sync<&Open>("openSync"),
    Async<Close>("close"),
    Sync<Close>("closeSync"),
    Async<&Read>("read"),
    Sync<&Read>("readSync"),
    Async<&Write>("write"),
    Sync<&Write>("writeSync"),
    Async<&WriteString>("writeString"),
    Sync<&WriteString>("writeStringSync"),
    Async<&Writev>("writev"),
    Sync<&Writev>("writevSync"),
    Async<&Readv>("readv"),
    Sync<&Readv>("readvSync"),
    Async<&Stat>("stat"),
    Sync<&Stat>("statSync"),
    Async<&Lstat>("lstat"),
    Sync<&Lstat>("lstatSync"),
    Async<&Fstat>("fstat"),
    Sync<&Fstat>("fstatSync"),
    Async<&Statfs>("statfs"),
    Sync<&Statfs>("statfsSync"),
    Async<Rename>("rename"),
    Sync<Rename>("renameSync"),
    Async<Link>("link"),
    Sync<Link>("linkSync"),
    Async<&Symlink>("symlink"),
    Sync<&Symlink>("symlinkSync"),
    Async<Readlink>("readlink"),
    Sync<Readlink>("readlinkSync"),
    Async<Realpath>("realpath"),
    Sync<Realpath>("realpathSync"),
    Async<Unlink>("unlink"),
    Sync<Unlink>("unlinkSync"),
    Async<Ftruncate>("ftruncate"),
    Sync<Ftruncate>("ftruncateSync"),
    Async<Fsync>("fsync"),
    Sync<Fsync>("fsyncSync"),
    Async<Fdatasync>("fdatasync"),
    Sync<Fdatasync>("fdatasyncSync"),
    Async<Chmod>("chmod"),
    Sync<Chmod>("chmodSync"),
    Async<Fchmod>("fchmod"),
    Sync<Fchmod>("fchmodSync"),
    Async<Chown>("chown"),
    Sync<Chown>("chownSync"),
    Async<Lchown>("lchown"),
    Sync<Lchown>("lchownSync"),
    Async<Fchown>("fchown"),
    Sync<Fchown>("fchownSync"),
    Async<Utimes>("utimes"),
    Sync<Utimes>("utimesSync"),
    Async<Lutimes>("lutimes"),
    Sync<Lutimes>("lutimesSync"),
    Async<Futimes>("futimes"),
    Sync<Futimes>("futimesSync"),
    Async<&CopyFile>("copyFile"),
    Sync<&CopyFile>("copyFileSync"),
};

constexpr Class kClasses[] = {
    {"FsRequest", Construct<FsRequest>, {}},
};

constexpr Constant kConstants[] = {
    {"kFsStatsFieldsNumber", 18},
};

void InitializeFs(Environment& env, v8::Local<v8::Object> target) {
  InitializeFsDir(env, target);
  InitializeFsWatch(env, target);
}

}  // namespace

extern const Binding kFsBinding{"fs", kMethods, kConstants, kClasses,
                                InitializeFs};

}  // namespace nodus::fs
