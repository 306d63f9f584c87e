// SPDX-License-Identifier: MIT
// internalBinding('stdio'): synchronous writes to fds 1 and 2 (node writes
// synchronously to files, TTYs and, on Linux, pipes) and what kind of handle
// an fd is.

#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <memory>
#include <string>

#include "binding.h"
#include "environment.h"
#include "errors.h"

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

std::string GuessHandleType(int32_t fd) {
  switch (uv_guess_handle(fd)) {
    case UV_TTY:
      return "TTY";
    case UV_NAMED_PIPE:
      return "PIPE";
    case UV_FILE:
      return "FILE";
    case UV_TCP:
      return "TCP";
    case UV_UDP:
      return "UDP";
    default:
      return "UNKNOWN";
  }
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

bool IsATTY(int32_t fd) { return fd >= 0 && isatty(fd) == 1; }

// getWindowSize(fd) -> [columns, rows], or undefined if not a terminal.
v8::Local<v8::Value> GetWindowSize(Environment& env, int32_t fd) {
  winsize ws{};
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return v8::Undefined(env.isolate());
  v8::Local<v8::Value> size[2] = {v8::Integer::New(env.isolate(), ws.ws_col),
                                  v8::Integer::New(env.isolate(), ws.ws_row)};
  return v8::Array::New(env.isolate(), size, 2);
}

constexpr Method kMethods[] = {
    {"writeString", Fn<&WriteString>},
    {"writeBytes", Fn<&WriteBytes>},
    {"guessHandleType", Fn<&GuessHandleType>},
    {"isatty", Fn<&IsATTY>},
    {"readAll", Fn<&ReadAll>},
    {"getWindowSize", Fn<&GetWindowSize>},
};

}  // namespace

extern const Binding kStdioBinding{"stdio", kMethods};

}  // namespace nodus
