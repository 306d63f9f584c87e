// SPDX-License-Identifier: MIT
// internalBinding('contextify') for lib/vm.js and lib/internal/vm.js: vm
// contexts, whose global object forwards to a "sandbox" object through named
// and indexed property interceptors, plus isContext and measureMemory.
// Scripts and compileFunction live in src/contextify_script.cc.

#include "contextify.h"

#include "async_wrap.h"
#include "binding.h"
#include "environment.h"
#include "errors.h"
#include "module_wrap.h"
#include "options.h"

namespace nodus {
namespace contextify {
namespace {

// Embedder data of a vm context (Environment uses slot 33 for itself).
constexpr int kContextifySlot = 34;  // ContextifyContext* (aligned pointer)
constexpr int kKeyWrapSlot = 35;     // the wrap: alive as long as the context
constexpr int kSandboxSlot = 36;  // the sandbox: alive as long as the context
// Embedder data of the Environment's main context: this binding's State*.
constexpr int kStateSlot = 37;
// The wrap's third internal field: the context's global proxy, through
// which the wrap keeps the context alive.
constexpr int kGlobalProxyField = kWrapFieldCount;

// What the binding keeps per Environment.
// Lifetime: created by the binding's initialize(), deleted by a cleanup hook
// at Environment teardown.
struct State {
  v8::Global<v8::ObjectTemplate> global_template;
  v8::Global<v8::ObjectTemplate> wrap_template;
  v8::Global<v8::Private> key_private;
  // lib/internal/vm.js: (kind, specifier) -> settles import() from vm code.
  v8::Global<v8::Function> import_callback;
};

State& StateOf(Environment& env) {
  auto* state = static_cast<State*>(
      env.context()->GetAlignedPointerFromEmbedderData(kStateSlot));
  CHECK(state != nullptr);
  return *state;
}

// --- interceptors --------------------------------------------------------
//
// They implement node's contextified global: reads see the sandbox first,
// then the context's own globals; writes go to the sandbox (and, for plain
// data properties, to the real global too, which V8 does when a setter does
// not intercept); deletes and definitions are mirrored on the sandbox.

template <typename Info>
ContextifyContext* ContextOfInfo(const Info& info) {
  v8::Local<v8::Context> context;
  if (!info.Holder()->GetCreationContext().ToLocal(&context)) return nullptr;
  ContextifyContext* ctx = ContextifyContext::FromContext(context);
  // A context whose wrap was just collected runs no more code.
  if (ctx == nullptr || ctx->sandbox().IsEmpty()) return nullptr;
  return ctx;
}

// Reads see the sandbox and its prototypes first (running getters, whose
// exceptions propagate), then the context's own globals.
void NamedGetter(v8::Local<v8::Name> name,
                 const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* ctx = ContextOfInfo(info);
  if (ctx == nullptr) return;
  v8::Local<v8::Object> sandbox = ctx->sandbox();
  v8::Local<v8::Value> value;
  if (!sandbox->GetRealNamedProperty(ctx->context(), name).ToLocal(&value))
    return;
  // The sandbox itself reads as the global.
  if (value == sandbox) value = ctx->global_proxy();
  info.GetReturnValue().Set(value);
}

// There is no query interceptor, as in node 20: V8 then answers `in`,
// hasOwnProperty and propertyIsEnumerable through the getter (a sandbox
// getter runs, a Proxy sandbox sees `get`), and Object.keys keeps every name
// the enumerator gives. A query callback would change all three.

bool IsReadOnly(v8::Local<v8::Context> context, v8::Local<v8::Object> object,
                v8::Local<v8::Name> name, bool* declared) {
  v8::PropertyAttribute attributes = v8::None;
  *declared =
      object->GetRealNamedPropertyAttributes(context, name).To(&attributes);
  return *declared && (attributes & v8::ReadOnly) != 0;
}

void NamedSetter(v8::Local<v8::Name> name, v8::Local<v8::Value> value,
                 const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* ctx = ContextOfInfo(info);
  if (ctx == nullptr) return;
  v8::Local<v8::Context> context = ctx->context();
  v8::Local<v8::Object> sandbox = ctx->sandbox();
  bool on_global, on_sandbox;
  bool read_only = IsReadOnly(context, ctx->global_proxy(), name, &on_global);
  read_only |= IsReadOnly(context, sandbox, name, &on_sandbox);
  // Left to V8, which then ignores the write or throws in strict code.
  if (read_only) return;
  bool declared = on_global || on_sandbox;
  // `x = 1` reaches here with the global object as receiver, `this.x = 1`
  // with its proxy.
  bool contextual = info.This() != ctx->global_proxy();
  // Strict code assigning an undeclared name gets V8's ReferenceError; a
  // function declaration is an exception (it is declared by this store).
  if (!declared && contextual && info.ShouldThrowOnError() &&
      !value->IsFunction())
    return;
  // Undeclared symbols stay on the global.
  if (!declared && name->IsSymbol()) return;
  if (sandbox->Set(context, name, value).IsNothing()) return;
  if (!on_sandbox) return;
  // A name only the sandbox has is done with (the common case, kept fast).
  // Names the real global has too (a var, a built-in) are left for V8 to
  // store there as well, and so are new names (where a sandbox that refused
  // them, being frozen, leaves them to the real global) and symbols -- but
  // not accessors: their setter ran, and a data property must not appear.
  if (!on_global && !name->IsSymbol()) {
    info.GetReturnValue().Set(value);
    return;
  }
  v8::Local<v8::Value> desc;
  if (!sandbox->GetOwnPropertyDescriptor(context, name).ToLocal(&desc) ||
      !desc->IsObject())
    return;
  v8::Isolate* isolate = ctx->env().isolate();
  v8::Local<v8::Object> desc_object = desc.As<v8::Object>();
  if (desc_object->HasOwnProperty(context, OneByte(isolate, "get"))
          .FromMaybe(false) ||
      desc_object->HasOwnProperty(context, OneByte(isolate, "set"))
          .FromMaybe(false))
    info.GetReturnValue().Set(value);
}

void NamedDescriptor(v8::Local<v8::Name> name,
                     const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* ctx = ContextOfInfo(info);
  if (ctx == nullptr) return;
  v8::Local<v8::Context> context = ctx->context();
  v8::Local<v8::Object> sandbox = ctx->sandbox();
  bool own;
  if (!sandbox->HasOwnProperty(context, name).To(&own) || !own) return;
  v8::Local<v8::Value> desc;
  if (sandbox->GetOwnPropertyDescriptor(context, name).ToLocal(&desc))
    info.GetReturnValue().Set(desc);
}

void NamedDefiner(v8::Local<v8::Name> name, const v8::PropertyDescriptor& desc,
                  const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* ctx = ContextOfInfo(info);
  if (ctx == nullptr) return;
  v8::Isolate* isolate = ctx->env().isolate();
  v8::Local<v8::Context> context = ctx->context();
  // A global that can be neither written nor redefined stays as it is, on
  // both sides (V8 reports the failure).
  v8::PropertyAttribute attributes = v8::None;
  if (ctx->global_proxy()
          ->GetRealNamedPropertyAttributes(context, name)
          .To(&attributes) &&
      (attributes & v8::ReadOnly) != 0 && (attributes & v8::DontDelete) != 0)
    return;
  v8::Local<v8::Object> sandbox = ctx->sandbox();
  auto define = [&](v8::PropertyDescriptor* copy) {
    if (desc.has_enumerable()) copy->set_enumerable(desc.enumerable());
    if (desc.has_configurable()) copy->set_configurable(desc.configurable());
    // A failure is V8's to report when it defines on the global next.
    bool defined =
        sandbox->DefineProperty(context, name, *copy).FromMaybe(false);
    (void)defined;
  };
  v8::Local<v8::Value> undefined = v8::Undefined(isolate);
  if (desc.has_get() || desc.has_set()) {
    v8::PropertyDescriptor copy(desc.has_get() ? desc.get() : undefined,
                                desc.has_set() ? desc.set() : undefined);
    define(&copy);
  } else {
    v8::Local<v8::Value> value = desc.has_value() ? desc.value() : undefined;
    if (desc.has_writable()) {
      v8::PropertyDescriptor copy(value, desc.writable());
      define(&copy);
    } else {
      v8::PropertyDescriptor copy(value);
      define(&copy);
    }
  }
  // Not intercepted: V8 defines the property on the real global as well.
}

void NamedDeleter(v8::Local<v8::Name> name,
                  const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  ContextifyContext* ctx = ContextOfInfo(info);
  if (ctx == nullptr) return;
  bool deleted;
  if (!ctx->sandbox()->Delete(ctx->context(), name).To(&deleted)) return;
  // Deleted (or absent) on the sandbox: V8 deletes from the global too.
  // Otherwise the sandbox refused, and so does the global.
  if (!deleted) info.GetReturnValue().Set(false);
}

void NamedEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  ContextifyContext* ctx = ContextOfInfo(info);
  if (ctx == nullptr) return;
  v8::Local<v8::Array> names;
  if (ctx->sandbox()->GetPropertyNames(ctx->context()).ToLocal(&names))
    info.GetReturnValue().Set(names);
}

// Indexed properties go through the named handlers with the index as a
// string key, as property keys are in JS.
v8::Local<v8::Name> IndexName(v8::Isolate* isolate, uint32_t index) {
  return v8::Uint32::NewFromUnsigned(isolate, index)
      ->ToString(isolate->GetCurrentContext())
      .ToLocalChecked();
}

void IndexedGetter(uint32_t index,
                   const v8::PropertyCallbackInfo<v8::Value>& info) {
  NamedGetter(IndexName(info.GetIsolate(), index), info);
}
void IndexedSetter(uint32_t index, v8::Local<v8::Value> value,
                   const v8::PropertyCallbackInfo<v8::Value>& info) {
  NamedSetter(IndexName(info.GetIsolate(), index), value, info);
}
void IndexedDescriptor(uint32_t index,
                       const v8::PropertyCallbackInfo<v8::Value>& info) {
  NamedDescriptor(IndexName(info.GetIsolate(), index), info);
}
void IndexedDefiner(uint32_t index, const v8::PropertyDescriptor& desc,
                    const v8::PropertyCallbackInfo<v8::Value>& info) {
  NamedDefiner(IndexName(info.GetIsolate(), index), desc, info);
}
void IndexedDeleter(uint32_t index,
                    const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  NamedDeleter(IndexName(info.GetIsolate(), index), info);
}
// The named enumerator already lists the sandbox's indices.
void IndexedEnumerator(const v8::PropertyCallbackInfo<v8::Array>&) {}

v8::Local<v8::ObjectTemplate> MakeGlobalTemplate(v8::Isolate* isolate) {
  v8::Local<v8::FunctionTemplate> fn = v8::FunctionTemplate::New(isolate);
  v8::Local<v8::ObjectTemplate> global = fn->InstanceTemplate();
  v8::NamedPropertyHandlerConfiguration named(
      NamedGetter, NamedSetter, NamedDescriptor, NamedDeleter, NamedEnumerator,
      NamedDefiner, {}, v8::PropertyHandlerFlags::kHasNoSideEffect);
  v8::IndexedPropertyHandlerConfiguration indexed(
      IndexedGetter, IndexedSetter, IndexedDescriptor, IndexedDeleter,
      IndexedEnumerator, IndexedDefiner, {},
      v8::PropertyHandlerFlags::kHasNoSideEffect);
  global->SetHandler(named);
  global->SetHandler(indexed);
  return global;
}

// WebAssembly compilation is allowed unless the context said otherwise.
bool AllowWasmCodeGeneration(v8::Local<v8::Context> context,
                             v8::Local<v8::String>) {
  ContextifyContext* ctx = ContextifyContext::FromContext(context);
  return ctx == nullptr || ctx->allow_wasm_code_generation();
}

// The marker that tells vm's scripts apart in the import() callback.
v8::Local<v8::Symbol> VmScriptMarker(v8::Isolate* isolate) {
  return v8::Symbol::ForApi(isolate, OneByte(isolate, "nodus:vm-script"));
}

}  // namespace

// The kind of importModuleDynamically vm recorded with a script's
// host-defined options; 0 for code vm did not compile.
int32_t VmDynamicImportKind(v8::Isolate* isolate,
                            v8::Local<v8::Data> host_defined_options) {
  if (host_defined_options.IsEmpty() || host_defined_options->IsValue() ||
      host_defined_options->IsModule() || host_defined_options->IsPrivate() ||
      host_defined_options->IsContext() ||
      host_defined_options->IsObjectTemplate() ||
      host_defined_options->IsFunctionTemplate())
    return 0;
  v8::Local<v8::PrimitiveArray> options =
      host_defined_options.As<v8::PrimitiveArray>();
  if (options->Length() == 2 &&
      options->Get(isolate, 0)->StrictEquals(VmScriptMarker(isolate)))
    return options->Get(isolate, 1).As<v8::Int32>()->Value();
  return 0;
}

// lib/internal/vm.js settles import() from vm code of that kind.
v8::MaybeLocal<v8::Value> CallVmImportCallback(
    Environment& env, int32_t kind, v8::Local<v8::String> specifier) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Function> callback = StateOf(env).import_callback.Get(isolate);
  CHECK(!callback.IsEmpty());
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, kind), specifier};
  return callback->Call(env.context(), v8::Undefined(isolate), 2, argv);
}

namespace {

// --- binding functions ---------------------------------------------------

void SetImportModuleDynamicallyCallback(Environment& env,
                                        v8::Local<v8::Function> callback) {
  StateOf(env).import_callback.Reset(env.isolate(), callback);
}

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::String> text) {
  v8::String::Utf8Value utf8(isolate, text);
  return std::string(*utf8, utf8.length());
}

// makeContext(sandbox | undefined, name, origin, allowStrings, allowWasm,
// ownMicrotaskQueue, importKind) -> the key object (the sandbox, or the
// new global).
v8::MaybeLocal<v8::Object> MakeContext(
    Environment& env, v8::Local<v8::Value> sandbox, v8::Local<v8::String> name,
    v8::Local<v8::String> origin, bool allow_strings, bool allow_wasm,
    bool own_microtask_queue, int32_t import_kind) {
  ContextOptions options;
  options.name = ToUtf8(env.isolate(), name);
  options.origin = ToUtf8(env.isolate(), origin);
  options.allow_code_generation_from_strings = allow_strings;
  options.allow_wasm_code_generation = allow_wasm;
  options.own_microtask_queue = own_microtask_queue;
  options.import_kind = import_kind;
  v8::Local<v8::Object> object;
  if (sandbox->IsObject()) object = sandbox.As<v8::Object>();
  return ContextifyContext::New(env, object, options);
}

bool IsContext(Environment& env, v8::Local<v8::Object> object) {
  return ContextifyContext::FromKey(env, object) != nullptr;
}

// measureMemory(detailed, eager) -> a promise of V8's result object.
v8::MaybeLocal<v8::Promise> MeasureMemory(Environment& env, bool detailed,
                                          bool eager) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  std::unique_ptr<v8::MeasureMemoryDelegate> delegate =
      v8::MeasureMemoryDelegate::Default(isolate, context, resolver,
                                         detailed
                                             ? v8::MeasureMemoryMode::kDetailed
                                             : v8::MeasureMemoryMode::kSummary);
  isolate->MeasureMemory(std::move(delegate),
                         eager ? v8::MeasureMemoryExecution::kEager
                               : v8::MeasureMemoryExecution::kDefault);
  return resolver->GetPromise();
}

// runInThisContext(code, filename) -> the completion value, for the eval
// paths (-e, -p, stdin) in lib/internal/vm.js.
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

void Initialize(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  auto* state = new State();
  state->global_template.Reset(isolate, MakeGlobalTemplate(isolate));
  v8::Local<v8::ObjectTemplate> wrap_template =
      v8::ObjectTemplate::New(isolate);
  wrap_template->SetInternalFieldCount(kGlobalProxyField + 1);
  state->wrap_template.Reset(isolate, wrap_template);
  state->key_private.Reset(
      isolate, v8::Private::New(isolate, OneByte(isolate, "nodus:contextify")));
  v8::Local<v8::Context> context = env.context();
  context->SetAlignedPointerInEmbedderData(kContextifySlot, nullptr);
  context->SetAlignedPointerInEmbedderData(kStateSlot, state);
  env.AddCleanupHook([](void* arg) { delete static_cast<State*>(arg); }, state);
  isolate->SetAllowWasmCodeGenerationCallback(AllowWasmCodeGeneration);
  isolate->SetHostImportModuleDynamicallyCallback(
      module_wrap::ImportModuleDynamically);
  InstallClass(env, target, kContextifyScriptClass);
}

constexpr Method kMethods[] = {
    {"makeContext", Fn<&MakeContext>},
    {"isContext", Fn<&IsContext>},
    {"compileFunction", CompileFunction},
    {"measureMemory", Fn<&MeasureMemory>},
    {"runInThisContext", Fn<&RunInThisContext>},
    {"setImportModuleDynamicallyCallback",
     Fn<&SetImportModuleDynamicallyCallback>},
};

}  // namespace

v8::Local<v8::PrimitiveArray> HostDefinedOptions(v8::Isolate* isolate,
                                                 DynamicImport kind) {
  v8::Local<v8::PrimitiveArray> options = v8::PrimitiveArray::New(isolate, 2);
  options->Set(isolate, 0, VmScriptMarker(isolate));
  options->Set(isolate, 1,
               v8::Integer::New(isolate, static_cast<int32_t>(kind)));
  return options;
}

ContextifyContext::ContextifyContext(Environment& env,
                                     v8::Local<v8::Object> wrap)
    : Wrap(env, wrap, kType) {}

ContextifyContext::~ContextifyContext() = default;

v8::MaybeLocal<v8::Object> ContextifyContext::New(
    Environment& env, v8::Local<v8::Object> sandbox,
    const ContextOptions& options) {
  v8::Isolate* isolate = env.isolate();
  v8::EscapableHandleScope scope(isolate);
  State& state = StateOf(env);
  v8::Local<v8::Context> main_context = env.context();
  std::unique_ptr<v8::MicrotaskQueue> queue;
  if (options.own_microtask_queue)
    queue = v8::MicrotaskQueue::New(isolate, v8::MicrotasksPolicy::kExplicit);
  v8::Local<v8::ObjectTemplate> global_template;
  if (!sandbox.IsEmpty()) global_template = state.global_template.Get(isolate);
  v8::Local<v8::Context> context =
      v8::Context::New(isolate, nullptr, global_template, {}, {}, queue.get());
  if (context.IsEmpty()) {
    ThrowError(env, ErrorCode::kOperationFailed, "Could not create a context");
    return {};
  }
  context->SetSecurityToken(main_context->GetSecurityToken());
  env.AssignToContext(context);
  TrackContextPromiseHooks(env, context);
  if (!ApplyDisableProto(env, context)) return {};

  v8::Local<v8::Object> wrap;
  if (!state.wrap_template.Get(isolate)
           ->NewInstance(main_context)
           .ToLocal(&wrap))
    return {};
  auto* ctx = new ContextifyContext(env, wrap);
  ctx->MakeWeak();
  ctx->microtask_queue_ = std::move(queue);
  v8::Local<v8::Object> global = context->Global();
  wrap->SetInternalField(kGlobalProxyField, global);
  context->SetAlignedPointerInEmbedderData(kContextifySlot, ctx);
  context->SetEmbedderData(kKeyWrapSlot, wrap);
  v8::Local<v8::Object> key = global;
  if (!sandbox.IsEmpty()) {
    context->SetEmbedderData(kSandboxSlot, sandbox);
    key = sandbox;
    ctx->sandbox_.Reset(isolate, sandbox);
    ctx->sandbox_.SetWeak();
  }
  ctx->allow_wasm_code_generation_ = options.allow_wasm_code_generation;
  ctx->import_kind_ = options.import_kind;
  if (!options.allow_code_generation_from_strings)
    context->AllowCodeGenerationFromStrings(false);
  ctx->context_.Reset(isolate, context);
  ctx->context_.SetWeak();
  ctx->global_proxy_.Reset(isolate, global);
  ctx->global_proxy_.SetWeak();
  if (key->SetPrivate(main_context, state.key_private.Get(isolate), wrap)
          .IsNothing())
    return {};
  return scope.Escape(key);
}

ContextifyContext* ContextifyContext::FromKey(Environment& env,
                                              v8::Local<v8::Value> key) {
  if (!key->IsObject()) return nullptr;
  v8::Local<v8::Value> wrap;
  if (!key.As<v8::Object>()
           ->GetPrivate(env.context(),
                        StateOf(env).key_private.Get(env.isolate()))
           .ToLocal(&wrap))
    return nullptr;
  return Wrap::Unwrap<ContextifyContext>(wrap);
}

ContextifyContext* ContextifyContext::FromContext(
    v8::Local<v8::Context> context) {
  if (context.IsEmpty() ||
      context->GetNumberOfEmbedderDataFields() <= kContextifySlot)
    return nullptr;
  return static_cast<ContextifyContext*>(
      context->GetAlignedPointerFromEmbedderData(kContextifySlot));
}

v8::Local<v8::Context> ContextifyContext::context() const {
  return context_.Get(env().isolate());
}

v8::Local<v8::Object> ContextifyContext::sandbox() const {
  return sandbox_.Get(env().isolate());
}

v8::Local<v8::Object> ContextifyContext::global_proxy() const {
  return global_proxy_.Get(env().isolate());
}

}  // namespace contextify

extern const Binding kContextifyBinding{
    "contextify", contextify::kMethods, {}, {}, contextify::Initialize};

}  // namespace nodus
