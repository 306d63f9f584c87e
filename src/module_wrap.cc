// SPDX-License-Identifier: MIT
// internalBinding('module_wrap') for lib/internal/modules/esm/*: ES modules
// on v8::Module. A ModuleWrap is one module record, either source text
// (compiled with its file: URL as origin) or synthetic (builtins, CommonJS,
// JSON: the JS side sets its exports when V8 evaluates it). JS resolves and
// creates the modules a module requests, then link() records them, and V8's
// resolve callback only looks them up. Also the two host hooks: import()
// and import.meta.

#include "module_wrap.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "binding.h"
#include "contextify.h"
#include "environment.h"
#include "errors.h"

namespace nodus {
namespace module_wrap {
namespace {

class ModuleWrap;

// Per Environment: modules by V8 identity hash (V8 hands back only the
// v8::Module), and the loader's two callbacks.
struct State : Environment::BindingData {
  std::unordered_multimap<int, ModuleWrap*> by_hash;
  v8::Global<v8::Function> import_callback;  // (specifier, referrer, attrs)
  v8::Global<v8::Function> import_meta_callback;  // (meta, wrap)
};

const char kStateKey = 0;

State& StateOf(Environment& env) {
  auto* state = static_cast<State*>(env.binding_data(&kStateKey));
  if (state == nullptr) {
    auto owned = std::make_unique<State>();
    state = owned.get();
    env.set_binding_data(&kStateKey, std::move(owned));
  }
  return *state;
}

// Lifetime: weak from construction; the loader's module map keeps the JS
// object (and so this) alive as long as the module may be imported.
class ModuleWrap : public Wrap {
 public:
  static constexpr WrapType kType{"ModuleWrap"};
  ModuleWrap(Environment& env, v8::Local<v8::Object> object,
             v8::Local<v8::Module> module)
      : Wrap(env, object, kType),
        module_(env.isolate(), module),
        hash_(module->GetIdentityHash()) {
    StateOf(env).by_hash.emplace(hash_, this);
    MakeWeak();
  }
  ~ModuleWrap() override {
    State& state = StateOf(env());
    auto range = state.by_hash.equal_range(hash_);
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second == this) {
        state.by_hash.erase(it);
        break;
      }
    }
  }

  v8::Local<v8::Module> module() const { return module_.Get(env().isolate()); }

  static ModuleWrap* From(Environment& env, v8::Local<v8::Module> module) {
    auto range = StateOf(env).by_hash.equal_range(module->GetIdentityHash());
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second->module() == module) return it->second;
    }
    return nullptr;
  }

  std::unordered_map<std::string, v8::Global<v8::Module>> linked;
  v8::Global<v8::Function> synthetic_steps;

 private:
  v8::Global<v8::Module> module_;
  int hash_;
};

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return std::string(*utf8, utf8.length());
}

// --- construction ----------------------------------------------------------

// A synthetic module's evaluation: the JS steps set its exports.
v8::MaybeLocal<v8::Value> SyntheticSteps(v8::Local<v8::Context> context,
                                         v8::Local<v8::Module> module) {
  Environment* env = Environment::From(context);
  v8::Isolate* isolate = context->GetIsolate();
  ModuleWrap* wrap = env == nullptr ? nullptr : ModuleWrap::From(*env, module);
  CHECK(wrap != nullptr);
  v8::Local<v8::Function> steps = wrap->synthetic_steps.Get(isolate);
  v8::Local<v8::Value> ignored;
  if (!steps->Call(context, wrap->object(), 0, nullptr).ToLocal(&ignored))
    return {};
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver) ||
      resolver->Resolve(context, v8::Undefined(isolate)).IsNothing())
    return {};
  return resolver->GetPromise();
}

// new ModuleWrap(url, source, lineOffset, columnOffset): a source text
// module; a SyntaxError is thrown with its source line on top of the stack.
// new ModuleWrap(url, exportNames, evaluationSteps): a synthetic module.
void New(const CallbackInfo& info) {
  CHECK(info.IsConstructCall());
  Environment& env = EnvironmentOf(info);
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  CHECK(info[0]->IsString());
  v8::Local<v8::String> url = info[0].As<v8::String>();
  v8::Local<v8::Module> module;
  if (info[1]->IsArray()) {
    v8::Local<v8::Array> names = info[1].As<v8::Array>();
    std::vector<v8::Local<v8::String>> export_names;
    for (uint32_t i = 0; i < names->Length(); i++) {
      v8::Local<v8::Value> name;
      if (!names->Get(context, i).ToLocal(&name)) return;
      CHECK(name->IsString());
      export_names.push_back(name.As<v8::String>());
    }
    CHECK(info[2]->IsFunction());
    module = v8::Module::CreateSyntheticModule(isolate, url, export_names,
                                               SyntheticSteps);
    auto* wrap = new ModuleWrap(env, info.This(), module);
    wrap->synthetic_steps.Reset(isolate, info[2].As<v8::Function>());
    return;
  }
  CHECK(info[1]->IsString());
  int line_offset = info[2]->IsInt32() ? info[2].As<v8::Int32>()->Value() : 0;
  int column_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
  v8::ScriptOrigin origin(isolate, url, line_offset, column_offset, false, -1,
                          v8::Local<v8::Value>(), false, false, true);
  v8::ScriptCompiler::Source source(info[1].As<v8::String>(), origin);
  {
    v8::TryCatch try_catch(isolate);
    if (!v8::ScriptCompiler::CompileModule(isolate, &source).ToLocal(&module)) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
        DecorateErrorStack(env, try_catch.Exception(), try_catch.Message());
        try_catch.ReThrow();
      }
      return;
    }
  }
  new ModuleWrap(env, info.This(), module);
}

// --- methods -----------------------------------------------------------------

// getModuleRequests() -> [specifier, attributes, offset, ...] flattened;
// attributes is a null-prototype object ({ type: 'json' }).
v8::MaybeLocal<v8::Array> GetModuleRequests(Environment& env,
                                            Receiver<ModuleWrap> self) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Module> module = self->module();
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  std::vector<v8::Local<v8::Value>> out;
  for (int i = 0; i < requests->Length(); i++) {
    v8::Local<v8::ModuleRequest> request =
        requests->Get(context, i).As<v8::ModuleRequest>();
    out.push_back(request->GetSpecifier());
    v8::Local<v8::FixedArray> assertions = request->GetImportAssertions();
    v8::Local<v8::Object> attributes =
        v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
    // Triples: key, value, source offset.
    for (int j = 0; j + 2 < assertions->Length(); j += 3) {
      v8::Local<v8::Value> key = assertions->Get(context, j).As<v8::Value>();
      v8::Local<v8::Value> value =
          assertions->Get(context, j + 1).As<v8::Value>();
      if (attributes->Set(context, key, value).IsNothing()) return {};
    }
    out.push_back(attributes);
    // Where the first attribute key starts (-1: none), for the check of
    // the `assert` keyword.
    int offset = -1;
    if (assertions->Length() >= 3)
      offset = assertions->Get(context, 2).As<v8::Int32>()->Value();
    out.push_back(v8::Integer::New(isolate, offset));
  }
  return v8::Array::New(isolate, out.data(), out.size());
}

// link(specifiers, wraps): what each request resolved to.
void Link(Environment& env, Receiver<ModuleWrap> self,
          v8::Local<v8::Array> specifiers, v8::Local<v8::Array> wraps) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  for (uint32_t i = 0; i < specifiers->Length(); i++) {
    v8::Local<v8::Value> specifier, target;
    if (!specifiers->Get(context, i).ToLocal(&specifier) ||
        !wraps->Get(context, i).ToLocal(&target))
      return;
    ModuleWrap* linked = Wrap::Unwrap<ModuleWrap>(target);
    CHECK(linked != nullptr);
    self->linked[ToUtf8(isolate, specifier)].Reset(isolate, linked->module());
  }
}

v8::MaybeLocal<v8::Module> ResolveCallback(v8::Local<v8::Context> context,
                                           v8::Local<v8::String> specifier,
                                           v8::Local<v8::FixedArray>,
                                           v8::Local<v8::Module> referrer) {
  Environment* env = Environment::From(context);
  v8::Isolate* isolate = context->GetIsolate();
  ModuleWrap* wrap =
      env == nullptr ? nullptr : ModuleWrap::From(*env, referrer);
  if (wrap != nullptr) {
    auto it = wrap->linked.find(ToUtf8(isolate, specifier));
    if (it != wrap->linked.end()) return it->second.Get(isolate);
  }
  std::string message =
      "request for '" + ToUtf8(isolate, specifier) + "' is not yet fulfilled";
  isolate->ThrowException(v8::Exception::Error(Utf8(isolate, message)));
  return {};
}

// instantiate(): links the graph; a missing export throws V8's SyntaxError
// with the importing line on top of its stack.
void Instantiate(Environment& env, Receiver<ModuleWrap> self) {
  v8::TryCatch try_catch(env.isolate());
  if (self->module()
          ->InstantiateModule(env.context(), ResolveCallback)
          .IsNothing()) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      // node shows link errors ("does not provide an export named")
      // with the importing line on top, and no blank line.
      DecorateErrorStack(env, try_catch.Exception(), try_catch.Message(),
                         false);
      try_catch.ReThrow();
    }
  }
}

// evaluate() -> the evaluation promise (settled already unless the graph
// has top-level await).
v8::MaybeLocal<v8::Value> Evaluate(Environment& env,
                                   Receiver<ModuleWrap> self) {
  return self->module()->Evaluate(env.context());
}

v8::Local<v8::Value> GetNamespace(Environment& env, Receiver<ModuleWrap> self) {
  return self->module()->GetModuleNamespace();
}

int32_t GetStatus(Environment& env, Receiver<ModuleWrap> self) {
  return static_cast<int32_t>(self->module()->GetStatus());
}

v8::Local<v8::Value> GetError(Environment& env, Receiver<ModuleWrap> self) {
  return self->module()->GetException();
}

bool IsGraphAsync(Environment& env, Receiver<ModuleWrap> self) {
  return self->module()->IsGraphAsync();
}

void SetExport(Environment& env, Receiver<ModuleWrap> self,
               v8::Local<v8::String> name, v8::Local<v8::Value> value) {
  v8::Local<v8::Module> module = self->module();
  bool ignored;
  if (!module->SetSyntheticModuleExport(env.isolate(), name, value)
           .To(&ignored))
    return;
}

// --- host hooks
// ----------------------------------------------------------------

void InitializeImportMeta(v8::Local<v8::Context> context,
                          v8::Local<v8::Module> module,
                          v8::Local<v8::Object> meta) {
  Environment* env = Environment::From(context);
  if (env == nullptr) return;
  v8::Isolate* isolate = env->isolate();
  ModuleWrap* wrap = ModuleWrap::From(*env, module);
  v8::Local<v8::Function> callback =
      StateOf(*env).import_meta_callback.Get(isolate);
  if (wrap == nullptr || callback.IsEmpty()) return;
  v8::Local<v8::Value> argv[] = {meta, wrap->object()};
  v8::Local<v8::Value> ignored;
  if (!callback->Call(context, v8::Undefined(isolate), 2, argv)
           .ToLocal(&ignored))
    return;
}

void SetCallbacks(Environment& env, v8::Local<v8::Function> import_callback,
                  v8::Local<v8::Function> import_meta_callback) {
  State& state = StateOf(env);
  state.import_callback.Reset(env.isolate(), import_callback);
  state.import_meta_callback.Reset(env.isolate(), import_meta_callback);
}

void Initialize(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  isolate->SetHostImportModuleDynamicallyCallback(ImportModuleDynamically);
  isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
  v8::Local<v8::Context> context = env.context();
  const char* names[] = {"kUninstantiated", "kInstantiating", "kInstantiated",
                         "kEvaluating",     "kEvaluated",     "kErrored"};
  for (int i = 0; i < 6; i++) {
    if (target
            ->Set(context, OneByte(isolate, names[i]),
                  v8::Integer::New(isolate, i))
            .IsNothing())
      return;
  }
}

constexpr Method kModuleMethods[] = {
    {"getModuleRequests", Fn<&GetModuleRequests>},
    {"link", Fn<&Link>},
    {"instantiate", Fn<&Instantiate>},
    {"evaluate", Fn<&Evaluate>},
    {"getNamespace", Fn<&GetNamespace>},
    {"getStatus", Fn<&GetStatus>},
    {"getError", Fn<&GetError>},
    {"isGraphAsync", Fn<&IsGraphAsync>},
    {"setExport", Fn<&SetExport>},
};

constexpr Class kClasses[] = {{"ModuleWrap", New, kModuleMethods}};

constexpr Method kMethods[] = {
    {"setCallbacks", Fn<&SetCallbacks>},
};

}  // namespace

// import() anywhere in the isolate. Code vm compiled with an
// importModuleDynamically function (or none) goes to lib/internal/vm.js;
// everything else, USE_MAIN_CONTEXT_DEFAULT_LOADER included, (modules,
// CommonJS, -e, the REPL) goes to the ES module loader with the referrer's
// resource name (a file: URL or a path).
v8::MaybeLocal<v8::Promise> ImportModuleDynamically(
    v8::Local<v8::Context> context, v8::Local<v8::Data> host_defined_options,
    v8::Local<v8::Value> resource_name, v8::Local<v8::String> specifier,
    v8::Local<v8::FixedArray> import_assertions) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  Environment* env = Environment::From(context);
  int32_t kind = contextify::VmDynamicImportKind(isolate, host_defined_options);
  // No script (code eval'ed by a promise job): the realm is the referrer,
  // and a vm context settles it by createContext's importModuleDynamically;
  // the main context loader then resolves from the working directory.
  bool realm_referrer = resource_name.IsEmpty() || resource_name->IsUndefined();
  if (kind == 0 && realm_referrer) {
    contextify::ContextifyContext* vm_context =
        contextify::ContextifyContext::FromContext(context);
    if (vm_context != nullptr) kind = vm_context->import_kind();
    if (kind ==
        static_cast<int32_t>(contextify::DynamicImport::kMainContextLoader))
      resource_name = v8::String::Empty(isolate);
  }
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> result;
  bool ok = false;
  if (env == nullptr) {
    result = v8::Exception::Error(OneByte(isolate, "Not supported"));
  } else if (kind != 0 &&
             kind != static_cast<int32_t>(
                         contextify::DynamicImport::kMainContextLoader) &&
             kind != static_cast<int32_t>(
                         contextify::DynamicImport::kInternalLoader)) {
    ok = contextify::CallVmImportCallback(*env, kind, specifier)
             .ToLocal(&result);
  } else {
    v8::Local<v8::Function> callback =
        StateOf(*env).import_callback.Get(isolate);
    if (callback.IsEmpty()) {
      result = v8::Exception::Error(OneByte(isolate, "Not supported"));
    } else {
      v8::Local<v8::Object> attributes =
          v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
      // Pairs here: key, value.
      for (int j = 0; j + 1 < import_assertions->Length(); j += 2) {
        if (attributes
                ->Set(context,
                      import_assertions->Get(context, j).As<v8::Value>(),
                      import_assertions->Get(context, j + 1).As<v8::Value>())
                .IsNothing())
          break;
      }
      bool vm_loader =
          kind ==
          static_cast<int32_t>(contextify::DynamicImport::kMainContextLoader);
      v8::Local<v8::Value> argv[] = {
          specifier,
          resource_name.IsEmpty() ? v8::Undefined(isolate).As<v8::Value>()
                                  : resource_name,
          attributes, v8::Boolean::New(isolate, vm_loader)};
      ok = callback->Call(context, v8::Undefined(isolate), 4, argv)
               .ToLocal(&result);
    }
  }
  if (ok) {
    // The loader's own promise is import()'s: no extra hop to adopt it.
    if (result->IsPromise()) return scope.Escape(result.As<v8::Promise>());
    if (resolver->Resolve(context, result).IsNothing()) return {};
    return scope.Escape(resolver->GetPromise());
  }
  if (try_catch.HasTerminated()) return {};
  if (try_catch.HasCaught()) result = try_catch.Exception();
  if (resolver->Reject(context, result).IsNothing()) return {};
  return scope.Escape(resolver->GetPromise());
}

}  // namespace module_wrap

extern const Binding kModuleWrapBinding{"module_wrap",
                                        module_wrap::kMethods,
                                        {},
                                        module_wrap::kClasses,
                                        module_wrap::Initialize};

}  // namespace nodus
