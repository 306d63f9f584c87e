// SPDX-License-Identifier: MIT
// internalBinding('stdio'): synchronous writes to fd 2 for the runtime's own
// reports (uncaught errors, warnings), reading a whole script from stdin,
// draining process.stdout/stderr at exit, and saving and restoring the state
// of fds 0-2 (O_NONBLOCK, terminal modes) around the process's life.

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <memory>
#include <string>

#include "binding.h"
#include "environment.h"
#include "errors.h"
#include "stdio_state.h"
#include "stream_wrap.h"

namespace nodus {
namespace {

// Writes all of `data`, waiting on a non-blocking fd; returns 0 or -errno.
int WriteAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = write(fd, data, size);
    if (n >= 0) {
      data += n;
      size -= static_cast<size_t>(n);
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      pollfd pfd{fd, POLLOUT, 0};
      poll(&pfd, 1, -1);
      continue;
    }
    return -errno;
  }
  return 0;
}

// writeString(fd, string): UTF-8; throws the system error (EPIPE, ...).
void WriteString(Environment& env, int32_t fd, v8::Local<v8::String> text) {
  v8::Isolate* isolate = env.isolate();
  char stack_buf[4096];
  int length = text->Utf8Length(isolate);
  std::unique_ptr<char[]> heap_buf;
  char* buf = stack_buf;
  if (static_cast<size_t>(length) > sizeof(stack_buf)) {
    heap_buf.reset(new char[length]);
    buf = heap_buf.get();
  }
  text->WriteUtf8(
      isolate, buf, length, nullptr,
      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  int err = WriteAll(fd, buf, static_cast<size_t>(length));
  if (err != 0) ThrowUVError(env, err, "write");
}

// writeBytes(fd, view): raw bytes.
void WriteBytes(Environment& env, int32_t fd, BytesArg bytes) {
  int err = WriteAll(fd, reinterpret_cast<const char*>(bytes.data), bytes.size);
  if (err != 0) ThrowUVError(env, err, "write");
}

// readAll(fd) -> everything up to end of file, as UTF-8 text (the script
// of `nodus -` and `nodus -c` without a file).
v8::MaybeLocal<v8::String> ReadAll(Environment& env, int32_t fd) {
  std::string data;
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof(chunk));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {
      pollfd pfd{fd, POLLIN, 0};
      poll(&pfd, 1, -1);
      continue;
    }
    if (n < 0) {
      ThrowUVError(env, -errno, "read");
      return {};
    }
    if (n == 0) break;
    data.append(chunk, static_cast<size_t>(n));
  }
  return v8::String::NewFromUtf8(env.isolate(), data.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(data.size()));
}

// drainAtExit(handle): process.stdout/stderr over a pipe (or socket) lose
// nothing at exit: teardown waits for their queued writes.
void DrainAtExit(Environment&, v8::Local<v8::Object> handle) {
  stream::StreamWrap* stream = stream::UnwrapStream(handle);
  if (stream != nullptr) stream->DrainWritesAtExit();
}

constexpr Method kMethods[] = {
    {"writeString", Fn<&WriteString>},
    {"writeBytes", Fn<&WriteBytes>},
    {"readAll", Fn<&ReadAll>},
    {"drainAtExit", Fn<&DrainAtExit>},
};

}  // namespace

extern const Binding kStdioBinding{"stdio", kMethods};

namespace {

// Process-wide by nature and read from a signal handler and atexit, so it is
// a file static rather than Runtime state: written once in main() before any
// thread starts.
struct StdioState {
  int flags = -1;  // F_GETFL, -1 if the fd was not open
  bool is_tty = false;
  termios mode{};
};
StdioState saved_stdio[3];

void OnTerminatingSignal(int signo) {
  RestoreStdioState();
  // SA_RESETHAND put the default action back: die of the signal, as before.
  raise(signo);
}

}  // namespace

void SaveStdioState() {
  for (int fd = 0; fd <= 2; fd++) {
    StdioState& state = saved_stdio[fd];
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
      // A closed fd 0-2 would be taken by the next file opened, and
      // console.log would write into it.
      if (open("/dev/null", O_RDWR) != fd) continue;
    }
    int flags;
    do {
      flags = fcntl(fd, F_GETFL);
    } while (flags == -1 && errno == EINTR);
    state.flags = flags;
    state.is_tty =
        flags != -1 && isatty(fd) == 1 && tcgetattr(fd, &state.mode) == 0;
  }
  atexit(RestoreStdioState);
  for (int signo : {SIGINT, SIGTERM}) {
    struct sigaction old_action {};
    // An ignored signal stays ignored (`nodus x &` in a script).
    if (sigaction(signo, nullptr, &old_action) != 0 ||
        old_action.sa_handler == SIG_IGN)
      continue;
    struct sigaction action {};
    action.sa_handler = OnTerminatingSignal;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(signo, &action, nullptr);
  }
}

void RestoreStdioState() {
  uv_tty_reset_mode();
  for (int fd = 0; fd <= 2; fd++) {
    const StdioState& state = saved_stdio[fd];
    if (state.flags == -1) continue;
    int flags;
    do {
      flags = fcntl(fd, F_GETFL);
    } while (flags == -1 && errno == EINTR);
    if (flags != -1 && (flags & O_NONBLOCK) != (state.flags & O_NONBLOCK)) {
      int wanted = (flags & ~O_NONBLOCK) | (state.flags & O_NONBLOCK);
      while (fcntl(fd, F_SETFL, wanted) == -1 && errno == EINTR) {
      }
    }
    if (state.is_tty) {
      // From the background, tcsetattr would stop us with SIGTTOU.
      sigset_t block, old_mask;
      sigemptyset(&block);
      sigaddset(&block, SIGTTOU);
      pthread_sigmask(SIG_BLOCK, &block, &old_mask);
      while (tcsetattr(fd, TCSANOW, &state.mode) == -1 && errno == EINTR) {
      }
      pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
    }
  }
}

}  // namespace nodus
