// SPDX-License-Identifier: MIT
// internalBinding('spawn_sync'): spawn(options) for spawnSync/execSync/
// execFileSync in lib/internal/child_process.js. The child runs on a libuv
// loop of its own, so nothing else of the Environment runs meanwhile: stdin
// is fed from `input`, stdout/stderr are collected, `timeout` and
// `maxBuffer` kill the child with `killSignal`.

#include <cstdlib>
#include <cstring>
#include <memory>

#include "binding.h"
#include "environment.h"
#include "process_wrap.h"
#include "stream_wrap.h"

namespace nodus::process {
namespace {

class SyncRunner;

// Lifetime: owned by SyncRunner (a vector of unique_ptr), which outlives
// its private loop; the pipe is closed before that loop's last run.
struct SyncPipe {
  SyncRunner* runner = nullptr;
  size_t index = 0;
  uv_pipe_t pipe{};
  uv_write_t write_req{};
  uv_shutdown_t shutdown_req{};
  std::string input;
  std::string output;
  bool collect = false;
  bool closing = false;
};

// Lifetime: on the stack of SpawnSync; owns the private loop, the process
// and timer handles and the pipes, all closed before it returns.
class SyncRunner {
 public:
  explicit SyncRunner(SpawnOptions& spec) : spec_(spec) {
    uv_loop_init(&loop_);
  }
  ~SyncRunner() {
    CloseAll();
    uv_run(&loop_, UV_RUN_DEFAULT);
    uv_loop_close(&loop_);
  }

  void Run() {
    process_.data = this;
    for (size_t i = 0; i < spec_.stdio.size(); i++) {
      if (spec_.stdio[i].type != StdioSpec::Type::kPipe) continue;
      auto pipe = std::make_unique<SyncPipe>();
      pipe->runner = this;
      pipe->index = i;
      pipe->input = std::move(spec_.stdio[i].input);
      pipe->collect = spec_.stdio[i].writable;
      uv_pipe_init(&loop_, &pipe->pipe, 0);
      pipe->pipe.data = pipe.get();
      pipes_.push_back(std::move(pipe));
    }
    UvSpawnOptions uv_options;
    BuildUvOptions(
        spec_, OnExit,
        [&](size_t i) -> uv_stream_t* {
          for (auto& pipe : pipes_) {
            if (pipe->index == i)
              return reinterpret_cast<uv_stream_t*>(&pipe->pipe);
          }
          return nullptr;
        },
        &uv_options);
    int err = uv_spawn(&loop_, &process_, &uv_options.options);
    spawned_ = err == 0;
    process_started_ = true;
    if (!spawned_) {
      SetError(err);
      return;
    }
    pid_ = process_.pid;
    if (spec_.timeout > 0) {
      uv_timer_init(&loop_, &timer_);
      timer_started_ = true;
      timer_.data = this;
      uv_timer_start(
          &timer_,
          [](uv_timer_t* timer) {
            auto* self = static_cast<SyncRunner*>(timer->data);
            self->SetError(UV_ETIMEDOUT);
            self->Kill();
          },
          static_cast<uint64_t>(spec_.timeout), 0);
    }
    for (auto& pipe : pipes_) StartPipe(pipe.get());
    uv_run(&loop_, UV_RUN_DEFAULT);
  }

  v8::Local<v8::Object> Result(Environment& env) {
    v8::Isolate* isolate = env.isolate();
    v8::Local<v8::Context> context = env.context();
    v8::Local<v8::Object> result = v8::Object::New(isolate);
    auto set = [&](const char* name, v8::Local<v8::Value> value) {
      result
          ->Set(context,
                v8::String::NewFromUtf8(isolate, name).ToLocalChecked(), value)
          .Check();
    };
    if (error_ != 0) set("error", v8::Integer::New(isolate, error_));
    bool exited = exit_status_ >= 0;
    if (exited && term_signal_ == 0) {
      set("status",
          v8::Number::New(isolate, static_cast<double>(exit_status_)));
    } else {
      set("status", v8::Null(isolate));
    }
    if (term_signal_ > 0) {
      set("signal", v8::Integer::New(isolate, term_signal_));
    } else {
      set("signal", v8::Null(isolate));
    }
    if (exited) {
      std::vector<v8::Local<v8::Value>> output(spec_.stdio.size(),
                                               v8::Null(isolate));
      for (auto& pipe : pipes_) {
        if (!pipe->collect) continue;
        v8::Local<v8::ArrayBuffer> buffer =
            v8::ArrayBuffer::New(isolate, pipe->output.size());
        if (!pipe->output.empty()) {
          std::memcpy(buffer->Data(), pipe->output.data(), pipe->output.size());
        }
        output[pipe->index] =
            v8::Uint8Array::New(buffer, 0, pipe->output.size());
      }
      set("output", v8::Array::New(isolate, output.data(), output.size()));
    } else {
      set("output", v8::Null(isolate));
    }
    set("pid", v8::Integer::New(isolate, pid_));
    return result;
  }

 private:
  void SetError(int err) {
    if (error_ == 0) error_ = err;
  }

  void StartPipe(SyncPipe* pipe) {
    auto* stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
    if (spec_.stdio[pipe->index].readable) {
      // The child reads this pipe: write the input, then end it.
      if (!pipe->input.empty()) {
        uv_buf_t buf = uv_buf_init(pipe->input.data(),
                                   static_cast<unsigned>(pipe->input.size()));
        uv_write(
            &pipe->write_req, stream, &buf, 1, [](uv_write_t* req, int status) {
              auto* p = static_cast<SyncPipe*>(req->handle->data);
              if (status < 0 && status != UV_EPIPE && status != UV_ECANCELED)
                p->runner->SetError(status);
            });
      }
      uv_shutdown(&pipe->shutdown_req, stream, [](uv_shutdown_t* req, int) {
        auto* p = static_cast<SyncPipe*>(req->handle->data);
        if (!p->collect) p->runner->ClosePipe(p);
      });
    }
    if (pipe->collect) {
      uv_read_start(
          stream,
          [](uv_handle_t*, size_t, uv_buf_t* buf) {
            buf->base = static_cast<char*>(std::malloc(65536));
            buf->len = buf->base == nullptr ? 0 : 65536;
          },
          [](uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
            auto* p = static_cast<SyncPipe*>(s->data);
            if (nread > 0) p->output.append(buf->base, nread);
            std::free(buf->base);
            if (nread > 0) {
              p->runner->CountOutput(static_cast<size_t>(nread));
            } else if (nread < 0) {
              if (nread != UV_EOF) p->runner->SetError(static_cast<int>(nread));
              p->runner->ClosePipe(p);
            }
          });
    }
  }

  void CountOutput(size_t bytes) {
    buffered_ += bytes;
    if (spec_.max_buffer > 0 &&
        static_cast<double>(buffered_) > spec_.max_buffer) {
      SetError(UV_ENOBUFS);
      Kill();
    }
  }

  void ClosePipe(SyncPipe* pipe) {
    if (pipe->closing) return;
    pipe->closing = true;
    uv_close(reinterpret_cast<uv_handle_t*>(&pipe->pipe), nullptr);
  }

  void CloseTimer() {
    if (timer_started_ &&
        !uv_is_closing(reinterpret_cast<uv_handle_t*>(&timer_)))
      uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  }

  // As node: signal the child (SIGKILL if that fails), stop collecting.
  void Kill() {
    if (killed_) return;
    killed_ = true;
    if (exit_status_ < 0) {
      int err = uv_process_kill(&process_, spec_.kill_signal);
      if (err < 0 && err != UV_ESRCH) {
        SetError(err);
        uv_process_kill(&process_, SIGKILL);
      }
    }
    for (auto& pipe : pipes_) ClosePipe(pipe.get());
    CloseTimer();
  }

  static void OnExit(uv_process_t* process, int64_t exit_status,
                     int term_signal) {
    auto* self = static_cast<SyncRunner*>(process->data);
    self->exit_status_ = exit_status;
    self->term_signal_ = term_signal;
    uv_close(reinterpret_cast<uv_handle_t*>(process), nullptr);
    self->CloseTimer();
  }

  void CloseAll() {
    for (auto& pipe : pipes_) ClosePipe(pipe.get());
    CloseTimer();
    auto* process = reinterpret_cast<uv_handle_t*>(&process_);
    if (process_started_ && !uv_is_closing(process)) uv_close(process, nullptr);
  }

  SpawnOptions& spec_;
  uv_loop_t loop_{};
  uv_process_t process_{};
  uv_timer_t timer_{};
  std::vector<std::unique_ptr<SyncPipe>> pipes_;
  bool spawned_ = false;
  bool process_started_ = false;
  bool timer_started_ = false;
  bool killed_ = false;
  int error_ = 0;
  int64_t exit_status_ = -1;
  int term_signal_ = 0;
  int pid_ = 0;
  size_t buffered_ = 0;
};

// spawn(options) -> { error?, status, signal, output, pid }; signal is a
// number (lib/ names it), error a negative errno.
v8::MaybeLocal<v8::Object> SpawnSync(Environment& env,
                                     v8::Local<v8::Object> options) {
  SpawnOptions spec;
  if (!spec.Parse(env, options)) return {};
  // A stream handed to a synchronous child is passed as its fd.
  for (StdioSpec& slot : spec.stdio) {
    if (slot.type != StdioSpec::Type::kWrap) continue;
    stream::StreamWrap* wrap =
        slot.handle.IsEmpty() ? nullptr : stream::UnwrapStream(slot.handle);
    uv_os_fd_t fd = -1;
    if (wrap == nullptr ||
        uv_fileno(reinterpret_cast<uv_handle_t*>(wrap->stream()), &fd) != 0) {
      slot.type = StdioSpec::Type::kIgnore;
      continue;
    }
    slot.type = StdioSpec::Type::kFd;
    slot.fd = fd;
  }
  SyncRunner runner(spec);
  runner.Run();
  return runner.Result(env);
}

constexpr Method kMethods[] = {{"spawn", Fn<&SpawnSync>}};

}  // namespace

extern const Binding kSpawnSyncBinding{"spawn_sync", kMethods};

}  // namespace nodus::process
