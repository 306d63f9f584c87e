// SPDX-License-Identifier: MIT
// vm contexts and scripts, the C++ side of lib/vm.js: ContextifyContext (a
// V8 context whose global object is backed by a plain "sandbox" object,
// src/contextify.cc) and the script runner with its timeout and SIGINT
// watchdogs (src/contextify_script.cc). The REPL evaluates through these.
#pragma once

#include <v8.h>

#include <cstdint>
#include <memory>
#include <string>

#include "binding.h"
#include "wrap.h"

namespace nodus {

class Environment;

namespace contextify {

struct ContextOptions {
  // Shown by an inspector only (nodus has none): kept for completeness.
  std::string name;
  std::string origin;
  bool allow_code_generation_from_strings = true;
  bool allow_wasm_code_generation = true;
  // microtaskMode: 'afterEvaluate': the context gets its own microtask
  // queue, drained after each script run in it.
  bool own_microtask_queue = false;
  // createContext's importModuleDynamically (a DynamicImport value, 0 for
  // none): settles import() from code with no script of its own, such as
  // code eval'ed by a promise job in this context.
  int32_t import_kind = 0;
};

// One vm context. `key` is the object user code names it by: the sandbox
// (contextified) or, for vm.constants.DONT_CONTEXTIFY, the new global.
//
// Lifetime: the sandbox holds the key wrap (a private symbol), the wrap holds
// the new context's global proxy, and the context holds the wrap and the
// sandbox (embedder data): one cluster that lives and dies together, with no
// strong root from C++. The wrap is weak; its collection deletes this object.
// Every Global below is weak (phantom), so C++ keeps nothing alive.
class ContextifyContext : public Wrap {
 public:
  static constexpr WrapType kType{"ContextifyContext"};

  // Creates the context; `sandbox` empty means an ordinary global
  // (DONT_CONTEXTIFY). Returns the key object, or empty with an exception.
  static v8::MaybeLocal<v8::Object> New(Environment& env,
                                        v8::Local<v8::Object> sandbox,
                                        const ContextOptions& options);
  // The context named by `key` (a contextified sandbox, or the global of a
  // DONT_CONTEXTIFY context), or nullptr.
  static ContextifyContext* FromKey(Environment& env, v8::Local<v8::Value> key);
  // The ContextifyContext a V8 context belongs to, or nullptr (the main one).
  static ContextifyContext* FromContext(v8::Local<v8::Context> context);

  ~ContextifyContext() override;

  v8::Local<v8::Context> context() const;
  // Empty for a DONT_CONTEXTIFY context.
  v8::Local<v8::Object> sandbox() const;
  v8::Local<v8::Object> global_proxy() const;
  v8::MicrotaskQueue* microtask_queue() const { return microtask_queue_.get(); }
  bool allow_wasm_code_generation() const {
    return allow_wasm_code_generation_;
  }
  int32_t import_kind() const { return import_kind_; }

 private:
  ContextifyContext(Environment& env, v8::Local<v8::Object> wrap);

  v8::Global<v8::Context> context_;
  v8::Global<v8::Object> sandbox_;
  v8::Global<v8::Object> global_proxy_;
  std::unique_ptr<v8::MicrotaskQueue> microtask_queue_;
  bool allow_wasm_code_generation_ = true;
  int32_t import_kind_ = 0;
};

// How import() in code vm compiled settles (its importModuleDynamically):
// the kind is carried in the script's host-defined options.
enum class DynamicImport : int32_t {
  kNotSpecified = 1,       // ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING
  kFunction = 2,           // needs --experimental-vm-modules in node
  kMainContextLoader = 3,  // USE_MAIN_CONTEXT_DEFAULT_LOADER
  kInternalLoader = 4      // the same, for the REPL: no experimental warning
};
v8::Local<v8::PrimitiveArray> HostDefinedOptions(v8::Isolate* isolate,
                                                 DynamicImport kind);
// The DynamicImport kind in a script's host-defined options, or 0 for code
// vm did not compile (module_wrap's import() hook asks).
int32_t VmDynamicImportKind(v8::Isolate* isolate,
                            v8::Local<v8::Data> host_defined_options);
// Settles import() from vm code through lib/internal/vm.js.
v8::MaybeLocal<v8::Value> CallVmImportCallback(Environment& env, int32_t kind,
                                               v8::Local<v8::String> specifier);

struct RunOptions {
  // Milliseconds before the run is ended with ERR_SCRIPT_EXECUTION_TIMEOUT;
  // 0 for none.
  uint64_t timeout_ms = 0;
  // End the run on SIGINT with ERR_SCRIPT_EXECUTION_INTERRUPTED.
  bool break_on_sigint = false;
  // Put "file:line\nsource\n^" on top of the stack of an error thrown.
  bool display_errors = true;
};

// Binds `script` to the context of `ctx` (the Environment's main context
// when null) and runs it under `options`, then drains the context's own
// microtask queue if it has one. A nested call: never drains ticks.
// Returns empty with an exception pending (or execution terminating).
v8::MaybeLocal<v8::Value> RunScript(Environment& env,
                                    v8::Local<v8::UnboundScript> script,
                                    ContextifyContext* ctx,
                                    const RunOptions& options);

// ContextifyScript, vm.Script's base class (src/contextify_script.cc).
extern const Class kContextifyScriptClass;

// compileFunction(code, filename, lineOffset, columnOffset, cachedData,
// produceCachedData, parsingContext, dynamicImportKind, contextExtensions,
// params) ->
// { function, sourceMapURL, cachedDataRejected?, cachedDataProduced?,
// cachedData? } (src/contextify_script.cc).
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace contextify
}  // namespace nodus
