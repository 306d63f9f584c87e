// SPDX-License-Identifier: MIT
// The C++ side of errors: reporting uncaught exceptions through lib/, system
// errors built by lib/internal/errors.js (uvException), and the few coded
// errors C++ must throw itself.
#pragma once

#include <v8.h>

namespace nodus {

class Environment;

// Hands an exception nobody caught to process._fatalException's equivalent
// (lib/internal/process/execution.js). Exits the process when no
// 'uncaughtException' listener handled it.
void TriggerUncaughtException(Environment& env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message,
                              bool from_promise = false);
void TriggerUncaughtException(Environment& env, const v8::TryCatch& try_catch);

// Throws the system error for libuv error `err` (negative errno), made by
// lib/internal/errors.js exactly as for an async failure.
void ThrowUVError(Environment& env, int err, const char* syscall,
                  const char* path = nullptr, const char* dest = nullptr);

enum class ErrorCode {
  kInvalidState,
  kStringTooLong,
  kBufferTooLarge,
  kMemoryAllocationFailed,
  kOutOfRange,
  kInvalidArgType,
  kInvalidArgValue,
  kOperationFailed,
  kMissingTransferable,
  kInvalidObjectDefineProperty,
  kScriptExecutionTimeout,
  kScriptExecutionInterrupted,
  kProtoAccess,
  kConstructCallRequired,
  kInvalidTransferObject,
  kMessageTargetContextUnavailable,
};

// Throws `message` as the error class and code the table gives for `code`.
void ThrowError(Environment& env, ErrorCode code, const char* message);

// "file:line\nsource line\n    ^^^\n": where a message points, as node
// prints it above an uncaught error. Empty when there is no source.
v8::MaybeLocal<v8::String> GetErrorSource(v8::Isolate* isolate,
                                          v8::Local<v8::Context> context,
                                          v8::Local<v8::Message> message);

// vm's displayErrors: puts the source of `message` (as GetErrorSource)
// and a blank line on top of error.stack, once. The uncaught-exception
// report then does not print the source a second time.
void DecorateErrorStack(Environment& env, v8::Local<v8::Value> error,
                        v8::Local<v8::Message> message, bool blank_line = true);

// Prints an exception without calling into JS (for failures before lib/ is
// ready), as "file:line\nsource\n^\n\nstack".
void PrintExceptionRaw(Environment& env, const v8::TryCatch& try_catch);

// `(node:PID[, thread:N]) WARNING: message` and the JS stack on stderr
// (--trace-exit, --trace-sync-io).
void PrintTraceWarning(Environment& env, const char* message);

}  // namespace nodus
