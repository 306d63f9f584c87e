// SPDX-License-Identifier: MIT
// Directory operations of internalBinding('fs'): readdir, mkdir (also
// recursive), rmdir, mkdtemp, opendir with its DirHandle, and the whole-file
// read readFileUtf8. Jobs that are more than one libuv call run as one
// PoolJob on the thread pool.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "errors.h"
#include "fs.h"

namespace nodus::fs {
namespace {

using Value = v8::MaybeLocal<v8::Value>;

// C++ work for an FsRequest that is not a single uv_fs_* call: `run` on a
// pool thread (no V8) returns 0 or a negative errno; `result` makes the JS
// value on the JS thread.
// Lifetime: owned by the libuv work request from queueing until its
// after-work callback, which deletes it; the FsRequest is strong and
// counted as pending in between (Request::Dispatch).
struct PoolJob {
  uv_work_t work{};
  FsRequest* req = nullptr;
  std::function<int()> run;
  std::function<Value(Environment&)> result;
  int err = 0;
};

void AfterPoolJob(uv_work_t* work, int status) {
  std::unique_ptr<PoolJob> job(static_cast<PoolJob*>(work->data));
  CompletionScope<uv_fs_t> scope(job->req);
  Environment& env = scope.env();
  if (!env.can_call_into_js()) return;
  int err = status == UV_ECANCELED ? UV_ECANCELED : job->err;
  v8::Local<v8::Value> value = v8::Undefined(env.isolate());
  if (err == 0) {
    v8::TryCatch try_catch(env.isolate());
    if (!job->result(env).ToLocal(&value)) {
      err = UV_ENOMEM;
      value = v8::Undefined(env.isolate());
    }
  }
  v8::Local<v8::Value> argv[] = {v8::Integer::New(env.isolate(), err), value};
  CallOnComplete(env, scope.object(), 2, argv);
}

void StartPoolJob(Environment& env, FsRequest* req,
                  std::unique_ptr<PoolJob> job) {
  job->req = req;
  job->work.data = job.get();
  PoolJob* raw = job.get();
  int err = req->Dispatch([&](uv_fs_t*) {
    return uv_queue_work(
        env.loop(), &raw->work,
        [](uv_work_t* work) {
          auto* j = static_cast<PoolJob*>(work->data);
          j->err = j->run();
        },
        AfterPoolJob);
  });
  if (err == 0) {
    job.release();
  } else {
    ReportStartFailure(env, req, err);
  }
}

v8::MaybeLocal<v8::String> Utf8String(Environment& env,
                                      const std::string& text) {
  return v8::String::NewFromUtf8(env.isolate(), text.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(text.size()));
}

std::string Dirname(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// mkdir -p: creates the missing directories of `path`, outermost first.
// `first` receives the first one created (empty if none was).
int MakeDirectories(const std::string& path, int mode, std::string* first) {
  std::vector<std::string> todo{path};
  std::unordered_set<std::string> failed;
  while (!todo.empty()) {
    const std::string current = todo.back();
    if (mkdir(current.c_str(), mode) == 0) {
      if (first->empty()) *first = current;
      todo.pop_back();
      continue;
    }
    int err = -errno;
    if (err == -EEXIST) {
      struct stat st;
      if (stat(current.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        todo.pop_back();
        continue;
      }
      return todo.size() == 1 ? -EEXIST : -ENOTDIR;
    }
    if (err == -ENOENT) {
      // A name without a slash has no parent to make (node's rule), and a
      // path whose parent exists yet still fails (a deleted working
      // directory) fails for good.
      if (current.find('/') == std::string::npos ||
          !failed.insert(current).second)
        return err;
      std::string parent = Dirname(current);
      if (parent == current) return err;
      todo.push_back(parent);
      continue;
    }
    return err;
  }
  return 0;
}

Value Mkdir(Environment& env, FsRequest* req, PathArg path, int32_t mode,
            bool recursive) {
  if (!recursive) {
    return Call(env, req, Result::kUndefined, {}, "mkdir", path.c_str(),
                nullptr, [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                  return uv_fs_mkdir(loop, r, path.c_str(), mode, cb);
                });
  }
  auto first = std::make_shared<std::string>();
  auto make_result = [first](Environment& e) -> Value {
    if (first->empty()) return v8::Undefined(e.isolate());
    return Utf8String(e, *first).FromMaybe(v8::Local<v8::String>());
  };
  if (req == nullptr) {
    int err = MakeDirectories(path.value, mode, first.get());
    if (err < 0) {
      ThrowUVError(env, err, "mkdir", path.c_str());
      return {};
    }
    return make_result(env);
  }
  auto job = std::make_unique<PoolJob>();
  std::string target = path.value;
  job->run = [target, mode, first] {
    return MakeDirectories(target, mode, first.get());
  };
  job->result = make_result;
  StartPoolJob(env, req, std::move(job));
  return v8::Undefined(env.isolate());
}

Value Rmdir(Environment& env, FsRequest* req, PathArg path) {
  return Call(env, req, Result::kUndefined, {}, "rmdir", path.c_str(), nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_rmdir(loop, r, path.c_str(), cb);
              });
}

// readdir(path, withTypes, rawNames): names, or [names, types].
Value Readdir(Environment& env, FsRequest* req, PathArg path, bool with_types,
              bool raw_names) {
  return Call(env, req, Result::kScandir,
              {.with_types = with_types, .raw_names = raw_names}, "scandir",
              path.c_str(), nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_scandir(loop, r, path.c_str(), 0, cb);
              });
}

Value Mkdtemp(Environment& env, FsRequest* req, PathArg prefix) {
  std::string tmpl = prefix.value + "XXXXXX";
  return Call(env, req, Result::kPath, {}, "mkdtemp", tmpl.c_str(), nullptr,
              [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
                return uv_fs_mkdtemp(loop, r, tmpl.c_str(), cb);
              });
}

// Reads a whole file (a path, or an fd when `path` is a number).
int ReadWhole(const std::string& path, int fd, int flags, std::string* out,
              const char** syscall) {
  bool own_fd = fd < 0;
  if (own_fd) {
    *syscall = "open";
    fd = open(path.c_str(), flags | O_CLOEXEC, 0666);
    if (fd < 0) return -errno;
  }
  *syscall = "read";
  int err = 0;
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof(chunk));
    if (n < 0) {
      if (errno == EINTR) continue;
      err = -errno;
      break;
    }
    if (n == 0) break;
    out->append(chunk, static_cast<size_t>(n));
  }
  if (own_fd) close(fd);
  return err;
}

// readFileUtf8(path | fd, flags) -> the file's text.
Value ReadFileUtf8(Environment& env, FsRequest* req,
                   v8::Local<v8::Value> target, int32_t flags) {
  int fd = target->IsInt32() ? target.As<v8::Int32>()->Value() : -1;
  std::string path;
  if (fd < 0) {
    CHECK(target->IsString());
    v8::String::Utf8Value utf8(env.isolate(), target);
    path.assign(*utf8, utf8.length());
  }
  if (req == nullptr) {
    std::string text;
    const char* syscall = "open";
    int err = ReadWhole(path, fd, flags, &text, &syscall);
    if (err < 0) {
      // As node: a failed open names the path, a failed read does not.
      bool name_path = fd < 0 && std::string_view(syscall) == "open";
      ThrowUVError(env, err, syscall, name_path ? path.c_str() : nullptr);
      return {};
    }
    v8::Local<v8::String> result;
    if (!Utf8String(env, text).ToLocal(&result)) {
      ThrowError(env, ErrorCode::kStringTooLong,
                 "Cannot create a string longer than 0x1fffffe8 characters");
      return {};
    }
    return result;
  }
  auto text = std::make_shared<std::string>();
  auto job = std::make_unique<PoolJob>();
  job->run = [path, fd, flags, text] {
    const char* syscall;
    return ReadWhole(path, fd, flags, text.get(), &syscall);
  };
  job->result = [text](Environment& e) -> Value {
    return Utf8String(e, *text).FromMaybe(v8::Local<v8::String>());
  };
  StartPoolJob(env, req, std::move(job));
  return v8::Undefined(env.isolate());
}

// --- DirHandle
// -----------------------------------------------------------------

constexpr size_t kDirentBatch = 32;

// Lifetime: weak; it owns an open uv_dir_t until closeSync()/close(). One
// that is collected while open is closed then (lib/ warns first, from its
// own FinalizationRegistry).
class DirHandle : public Wrap {
 public:
  static const WrapType kType;
  DirHandle(Environment& env, v8::Local<v8::Object> object)
      : Wrap(env, object, kType) {
    MakeWeak();
  }
  ~DirHandle() override {
    if (dir_ != nullptr) {
      uv_fs_t req;
      uv_fs_closedir(nullptr, &req, dir_, nullptr);
      uv_fs_req_cleanup(&req);
    }
  }

  void Adopt(uv_dir_t* dir) {
    dir_ = dir;
    dir_->dirents = dirents_;
    dir_->nentries = kDirentBatch;
  }
  uv_dir_t* dir() const { return dir_; }
  void Forget() { dir_ = nullptr; }

 private:
  uv_dir_t* dir_ = nullptr;
  uv_dirent_t dirents_[kDirentBatch];
};

const WrapType DirHandle::kType{"DirHandle", "DIRHANDLE"};

v8::MaybeLocal<v8::Object> NewDirHandle(Environment& env, uv_dir_t* dir) {
  v8::Local<v8::Object> binding;
  v8::Local<v8::Value> ctor;
  v8::Local<v8::Object> object;
  if (!env.GetBinding("fs").ToLocal(&binding) ||
      !binding
           ->Get(env.context(),
                 v8::String::NewFromUtf8Literal(env.isolate(), "DirHandle"))
           .ToLocal(&ctor) ||
      !ctor.As<v8::Function>()->NewInstance(env.context()).ToLocal(&object))
    return {};
  DirHandle* handle = Wrap::Unwrap<DirHandle>(object);
  CHECK(handle != nullptr);
  handle->Adopt(dir);
  return object;
}

struct Entry {
  std::string name;
  int type;
};

// Reads the next batch of `dir` (libuv frees the names with the request, so
// they are copied out). Returns the entry count or a negative errno.
int ReadBatch(uv_loop_t* loop, uv_dir_t* dir, std::vector<Entry>* out) {
  uv_fs_t r;
  int n = uv_fs_readdir(loop, &r, dir, nullptr);
  for (int i = 0; i < n; i++)
    out->push_back({dir->dirents[i].name, dir->dirents[i].type});
  uv_fs_req_cleanup(&r);
  return n;
}

// A batch as [name, type, name, type, ...], or null at the end.
Value DirentBatch(Environment& env, const std::vector<Entry>& entries) {
  v8::Isolate* isolate = env.isolate();
  if (entries.empty()) return v8::Null(isolate);
  std::vector<v8::Local<v8::Value>> items;
  for (const Entry& entry : entries) {
    v8::Local<v8::String> name;
    if (!v8::String::NewFromUtf8(isolate, entry.name.c_str()).ToLocal(&name))
      return {};
    items.push_back(name);
    items.push_back(v8::Integer::New(isolate, entry.type));
  }
  return v8::Array::New(isolate, items.data(), items.size());
}

// opendirSync(path) -> DirHandle; opendir(path, req): the same through req.
Value Opendir(Environment& env, FsRequest* req, PathArg path) {
  if (req == nullptr) {
    uv_fs_t r;
    int err = uv_fs_opendir(env.loop(), &r, path.c_str(), nullptr);
    uv_dir_t* dir = static_cast<uv_dir_t*>(r.ptr);
    uv_fs_req_cleanup(&r);
    if (err < 0) {
      // node names no path in opendir's error.
      ThrowUVError(env, err, "opendir");
      return {};
    }
    v8::Local<v8::Object> handle;
    if (!NewDirHandle(env, dir).ToLocal(&handle)) return {};
    return handle;
  }
  // Async: open on the pool, wrap on the JS thread.
  auto dir = std::make_shared<uv_dir_t*>(nullptr);
  auto job = std::make_unique<PoolJob>();
  std::string target = path.value;
  job->run = [target, dir] {
    uv_fs_t r;
    int err = uv_fs_opendir(nullptr, &r, target.c_str(), nullptr);
    *dir = static_cast<uv_dir_t*>(r.ptr);
    uv_fs_req_cleanup(&r);
    return err < 0 ? err : 0;
  };
  job->result = [dir](Environment& e) -> Value {
    v8::Local<v8::Object> handle;
    if (!NewDirHandle(e, *dir).ToLocal(&handle)) return {};
    return handle;
  };
  StartPoolJob(env, req, std::move(job));
  return v8::Undefined(env.isolate());
}

v8::MaybeLocal<v8::Value> DirReadSync(Environment& env,
                                      Receiver<DirHandle> self,
                                      bool with_types) {
  if (self->dir() == nullptr) {
    ThrowUVError(env, UV_EBADF, "scandir");
    return {};
  }
  std::vector<Entry> entries;
  int count = ReadBatch(env.loop(), self->dir(), &entries);
  if (count < 0) {
    ThrowUVError(env, count, "scandir");
    return {};
  }
  return DirentBatch(env, entries);
}

void DirRead(Environment& env, Receiver<DirHandle> self, bool with_types,
             FsRequest* req) {
  uv_dir_t* dir = self->dir();
  if (dir == nullptr) {
    ReportStartFailure(env, req, UV_EBADF);
    return;
  }
  // The handle must outlive the read: keep its JS object with the request.
  req->keep_alive.Reset(env.isolate(), self->object());
  auto entries = std::make_shared<std::vector<Entry>>();
  auto job = std::make_unique<PoolJob>();
  job->run = [dir, entries] {
    int n = ReadBatch(nullptr, dir, entries.get());
    return n < 0 ? n : 0;
  };
  job->result = [entries](Environment& e) { return DirentBatch(e, *entries); };
  StartPoolJob(env, req, std::move(job));
}

void DirCloseSync(Environment& env, Receiver<DirHandle> self) {
  uv_dir_t* dir = self->dir();
  if (dir == nullptr) return;
  self->Forget();
  uv_fs_t r;
  int err = uv_fs_closedir(env.loop(), &r, dir, nullptr);
  uv_fs_req_cleanup(&r);
  if (err < 0) ThrowUVError(env, err, "closedir");
}

void DirClose(Environment& env, Receiver<DirHandle> self, FsRequest* req) {
  uv_dir_t* dir = self->dir();
  if (dir == nullptr) {
    ReportStartFailure(env, req, UV_EBADF);
    return;
  }
  self->Forget();
  (void)Call(env, req, Result::kUndefined, {}, "closedir", nullptr, nullptr,
             [&](uv_loop_t* loop, uv_fs_t* r, uv_fs_cb cb) {
               return uv_fs_closedir(loop, r, dir, cb);
             });
}

constexpr Method kDirHandleMethods[] = {
    {"readSync", Fn<&DirReadSync>},
    {"read", Fn<&DirRead>},
    {"closeSync", Fn<&DirCloseSync>},
    {"close", Fn<&DirClose>},
};

constexpr Method kMethods[] = {
    {"mkdir", Fn<&FsOp<&Mkdir>::Async>},
    {"mkdirSync", Fn<&FsOp<&Mkdir>::Sync>},
    {"rmdir", Fn<&FsOp<&Rmdir>::Async>},
    {"rmdirSync", Fn<&FsOp<&Rmdir>::Sync>},
    {"readdir", Fn<&FsOp<&Readdir>::Async>},
    {"readdirSync", Fn<&FsOp<&Readdir>::Sync>},
    {"mkdtemp", Fn<&FsOp<&Mkdtemp>::Async>},
    {"mkdtempSync", Fn<&FsOp<&Mkdtemp>::Sync>},
    {"readFileUtf8", Fn<&FsOp<&ReadFileUtf8>::Sync>},
    {"readFileUtf8Async", Fn<&FsOp<&ReadFileUtf8>::Async>},
    {"opendir", Fn<&FsOp<&Opendir>::Async>},
    {"opendirSync", Fn<&FsOp<&Opendir>::Sync>},
};

constexpr Class kDirHandleClass{"DirHandle", Construct<DirHandle>,
                                kDirHandleMethods};

}  // namespace

void InitializeFsDir(Environment& env, v8::Local<v8::Object> target) {
  InstallMethods(env, target, kMethods);
  InstallClass(env, target, kDirHandleClass);
  target
      ->Set(
          env.context(),
          v8::String::NewFromUtf8Literal(env.isolate(), "kFsStatsFieldsNumber"),
          v8::Integer::New(env.isolate(), 18))
      .Check();
}

}  // namespace nodus::fs
