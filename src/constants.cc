// SPDX-License-Identifier: MIT
// internalBinding('constants'): the platform's numbers behind os.constants
// (signals, errno, priority, dlopen) and fs.constants, as tables of names
// and values taken from the system headers, in node's order.

#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <span>

#include "binding.h"
#include "environment.h"

namespace nodus {
namespace {

constexpr Constant kSignals[] = {
    {"SIGHUP", SIGHUP},   {"SIGINT", SIGINT},     {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},   {"SIGTRAP", SIGTRAP},   {"SIGABRT", SIGABRT},
    {"SIGIOT", SIGIOT},   {"SIGBUS", SIGBUS},     {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1},   {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE},   {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM}, {"SIGCHLD", SIGCHLD},   {"SIGSTKFLT", SIGSTKFLT},
    {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},   {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},   {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},   {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},
    {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},     {"SIGSYS", SIGSYS},
};

constexpr Constant kErrno[] = {
    {"E2BIG", E2BIG},
    {"EACCES", EACCES},
    {"EADDRINUSE", EADDRINUSE},
    {"EADDRNOTAVAIL", EADDRNOTAVAIL},
    {"EAFNOSUPPORT", EAFNOSUPPORT},
    {"EAGAIN", EAGAIN},
    {"EALREADY", EALREADY},
    {"EBADF", EBADF},
    {"EBADMSG", EBADMSG},
    {"EBUSY", EBUSY},
    {"ECANCELED", ECANCELED},
    {"ECHILD", ECHILD},
    {"ECONNABORTED", ECONNABORTED},
    {"ECONNREFUSED", ECONNREFUSED},
    {"ECONNRESET", ECONNRESET},
    {"EDEADLK", EDEADLK},
    {"EDESTADDRREQ", EDESTADDRREQ},
    {"EDOM", EDOM},
    {"EDQUOT", EDQUOT},
    {"EEXIST", EEXIST},
    {"EFAULT", EFAULT},
    {"EFBIG", EFBIG},
    {"EHOSTUNREACH", EHOSTUNREACH},
    {"EIDRM", EIDRM},
    {"EILSEQ", EILSEQ},
    {"EINPROGRESS", EINPROGRESS},
    {"EINTR", EINTR},
    {"EINVAL", EINVAL},
    {"EIO", EIO},
    {"EISCONN", EISCONN},
    {"EISDIR", EISDIR},
    {"ELOOP", ELOOP},
    {"EMFILE", EMFILE},
    {"EMLINK", EMLINK},
    {"EMSGSIZE", EMSGSIZE},
    {"EMULTIHOP", EMULTIHOP},
    {"ENAMETOOLONG", ENAMETOOLONG},
    {"ENETDOWN", ENETDOWN},
    {"ENETRESET", ENETRESET},
    {"ENETUNREACH", ENETUNREACH},
    {"ENFILE", ENFILE},
    {"ENOBUFS", ENOBUFS},
    {"ENODATA", ENODATA},
    {"ENODEV", ENODEV},
    {"ENOENT", ENOENT},
    {"ENOEXEC", ENOEXEC},
    {"ENOLCK", ENOLCK},
    {"ENOLINK", ENOLINK},
    {"ENOMEM", ENOMEM},
    {"ENOMSG", ENOMSG},
    {"ENOPROTOOPT", ENOPROTOOPT},
    {"ENOSPC", ENOSPC},
    {"ENOSR", ENOSR},
    {"ENOSTR", ENOSTR},
    {"ENOSYS", ENOSYS},
    {"ENOTCONN", ENOTCONN},
    {"ENOTDIR", ENOTDIR},
    {"ENOTEMPTY", ENOTEMPTY},
    {"ENOTSOCK", ENOTSOCK},
    {"ENOTSUP", ENOTSUP},
    {"ENOTTY", ENOTTY},
    {"ENXIO", ENXIO},
    {"EOPNOTSUPP", EOPNOTSUPP},
    {"EOVERFLOW", EOVERFLOW},
    {"EPERM", EPERM},
    {"EPIPE", EPIPE},
    {"EPROTO", EPROTO},
    {"EPROTONOSUPPORT", EPROTONOSUPPORT},
    {"EPROTOTYPE", EPROTOTYPE},
    {"ERANGE", ERANGE},
    {"EROFS", EROFS},
    {"ESPIPE", ESPIPE},
    {"ESRCH", ESRCH},
    {"ESTALE", ESTALE},
    {"ETIME", ETIME},
    {"ETIMEDOUT", ETIMEDOUT},
    {"ETXTBSY", ETXTBSY},
    {"EWOULDBLOCK", EWOULDBLOCK},
    {"EXDEV", EXDEV},
};

constexpr Constant kPriority[] = {
    {"PRIORITY_LOW", UV_PRIORITY_LOW},
    {"PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL},
    {"PRIORITY_NORMAL", UV_PRIORITY_NORMAL},
    {"PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL},
    {"PRIORITY_HIGH", UV_PRIORITY_HIGH},
    {"PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST},
};

constexpr Constant kDlopen[] = {
    {"RTLD_LAZY", RTLD_LAZY},         {"RTLD_NOW", RTLD_NOW},
    {"RTLD_GLOBAL", RTLD_GLOBAL},     {"RTLD_LOCAL", RTLD_LOCAL},
    {"RTLD_DEEPBIND", RTLD_DEEPBIND},
};

constexpr Constant kFs[] = {
    {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR},
    {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
    {"O_RDONLY", O_RDONLY},
    {"O_WRONLY", O_WRONLY},
    {"O_RDWR", O_RDWR},
    {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN},
    {"UV_DIRENT_FILE", UV_DIRENT_FILE},
    {"UV_DIRENT_DIR", UV_DIRENT_DIR},
    {"UV_DIRENT_LINK", UV_DIRENT_LINK},
    {"UV_DIRENT_FIFO", UV_DIRENT_FIFO},
    {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
    {"UV_DIRENT_CHAR", UV_DIRENT_CHAR},
    {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
    {"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0},
    {"EXTENSIONLESS_FORMAT_WASM", 1},
    {"S_IFMT", S_IFMT},
    {"S_IFREG", S_IFREG},
    {"S_IFDIR", S_IFDIR},
    {"S_IFCHR", S_IFCHR},
    {"S_IFBLK", S_IFBLK},
    {"S_IFIFO", S_IFIFO},
    {"S_IFLNK", S_IFLNK},
    {"S_IFSOCK", S_IFSOCK},
    {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},
    {"UV_FS_O_FILEMAP", 0},
    {"O_NOCTTY", O_NOCTTY},
    {"O_TRUNC", O_TRUNC},
    {"O_APPEND", O_APPEND},
    {"O_DIRECTORY", O_DIRECTORY},
    {"O_NOATIME", O_NOATIME},
    {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC},
    {"O_DIRECT", O_DIRECT},
    {"O_NONBLOCK", O_NONBLOCK},
    {"S_IRWXU", S_IRWXU},
    {"S_IRUSR", S_IRUSR},
    {"S_IWUSR", S_IWUSR},
    {"S_IXUSR", S_IXUSR},
    {"S_IRWXG", S_IRWXG},
    {"S_IRGRP", S_IRGRP},
    {"S_IWGRP", S_IWGRP},
    {"S_IXGRP", S_IXGRP},
    {"S_IRWXO", S_IRWXO},
    {"S_IROTH", S_IROTH},
    {"S_IWOTH", S_IWOTH},
    {"S_IXOTH", S_IXOTH},
    {"F_OK", F_OK},
    {"R_OK", R_OK},
    {"W_OK", W_OK},
    {"X_OK", X_OK},
    {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    {"UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    {"UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
    {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
};

v8::Local<v8::Object> MakeObject(Environment& env,
                                 std::span<const Constant> constants) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  for (const Constant& c : constants) {
    object
        ->Set(env.context(),
              v8::String::NewFromUtf8(isolate, c.name).ToLocalChecked(),
              v8::Number::New(isolate, c.value))
        .Check();
  }
  return object;
}

void Set(Environment& env, v8::Local<v8::Object> target, const char* name,
         v8::Local<v8::Value> value) {
  target
      ->Set(env.context(),
            v8::String::NewFromUtf8(env.isolate(), name).ToLocalChecked(),
            value)
      .Check();
}

void InitializeConstants(Environment& env, v8::Local<v8::Object> target) {
  v8::Local<v8::Object> os = v8::Object::New(env.isolate());
  Set(env, os, "UV_UDP_REUSEADDR",
      v8::Integer::New(env.isolate(), UV_UDP_REUSEADDR));
  Set(env, os, "dlopen", MakeObject(env, kDlopen));
  Set(env, os, "errno", MakeObject(env, kErrno));
  Set(env, os, "signals", MakeObject(env, kSignals));
  Set(env, os, "priority", MakeObject(env, kPriority));
  Set(env, target, "os", os);
  Set(env, target, "fs", MakeObject(env, kFs));
}

}  // namespace

extern const Binding kConstantsBinding{
    "constants", {}, {}, {}, InitializeConstants};

}  // namespace nodus
