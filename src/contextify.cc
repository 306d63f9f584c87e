// SPDX-License-Identifier: MIT
// internalBinding('contextify'): compiling and running classic scripts
// (lib/internal/vm.js; the vm module builds on it).

#include "binding.h"
#include "environment.h"

namespace nodus {
namespace {

// runInThisContext(code, filename) -> the completion value.
v8::MaybeLocal<v8::Value> RunInThisContext(Environment& env,
                                           v8::Local<v8::String> code,
                                           v8::Local<v8::String> filename) {
  v8::Isolate* isolate = env.isolate();
  v8::ScriptOrigin origin(isolate, filename);
  v8::ScriptCompiler::Source source(code, origin);
  v8::Local<v8::Script> script;
  if (!v8::ScriptCompiler::Compile(env.context(), &source).ToLocal(&script))
    return {};
  return script->Run(env.context());
}

constexpr Method kMethods[] = {
    {"runInThisContext", Fn<&RunInThisContext>},
};

}  // namespace

extern const Binding kContextifyBinding{"contextify", kMethods};

}  // namespace nodus
