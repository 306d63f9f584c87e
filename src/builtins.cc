// SPDX-License-Identifier: MIT
// Compiles the builtin modules embedded by tools/js2c; serves
// internalBinding('builtins') to lib/internal/bootstrap/realm.js.

#include "builtins.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "binding.h"
#include "environment.h"

namespace nodus::builtins {
namespace {

// The sources are static data: V8 reads them in place, without a copy.
class OneByteResource : public v8::String::ExternalOneByteStringResource {
 public:
  OneByteResource(const uint8_t* data, size_t length)
      : data_(reinterpret_cast<const char*>(data)), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override { delete this; }

 private:
  const char* data_;
  size_t length_;
};

class TwoByteResource : public v8::String::ExternalStringResource {
 public:
  TwoByteResource(const uint16_t* data, size_t length)
      : data_(data), length_(length) {}
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override { delete this; }

 private:
  const uint16_t* data_;
  size_t length_;
};

v8::MaybeLocal<v8::String> SourceString(v8::Isolate* isolate,
                                        const BuiltinSource& source) {
  if (source.two_byte) {
    return v8::String::NewExternalTwoByte(
        isolate, new TwoByteResource(static_cast<const uint16_t*>(source.data),
                                     source.length));
  }
  return v8::String::NewExternalOneByte(
      isolate, new OneByteResource(static_cast<const uint8_t*>(source.data),
                                   source.length));
}

std::vector<const char*> ParametersFor(std::string_view id) {
  if (id == "internal/per_context/primordials") return {"primordials"};
  if (id == "internal/bootstrap/realm")
    return {"process", "internalBinding", "primordials"};
  if (id.starts_with("internal/bootstrap/") || id.starts_with("internal/main/"))
    return {"process", "require", "internalBinding", "primordials"};
  return {"exports", "require",         "module",
          "process", "internalBinding", "primordials"};
}

// compileFunction(id) -> the builtin's function; throws if unknown.
v8::MaybeLocal<v8::Function> CompileFunction(Environment& env, Utf8Arg id) {
  return Compile(env, id.value);
}

// Whether a builtin with that id is embedded.
bool HasBuiltin(Utf8Arg id) { return Find(id.value) != nullptr; }

void InitializeBuiltins(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Array> ids = v8::Array::New(isolate, kSourceCount);
  for (size_t i = 0; i < kSourceCount; i++) {
    ids->Set(env.context(), i, OneByte(isolate, kSources[i].id)).Check();
  }
  target->Set(env.context(), OneByte(isolate, "builtinIds"), ids).Check();
}

constexpr Method kMethods[] = {
    {"compileFunction", Fn<&CompileFunction>},
    {"hasBuiltin", Fn<&HasBuiltin>},
};

}  // namespace

extern const Binding kBuiltinsBinding{
    "builtins", kMethods, {}, {}, InitializeBuiltins};

const BuiltinSource* Find(std::string_view id) {
  const BuiltinSource* end = kSources + kSourceCount;
  const BuiltinSource* it = std::lower_bound(
      kSources, end, id,
      [](const BuiltinSource& s, std::string_view key) { return s.id < key; });
  return it != end && it->id == id ? it : nullptr;
}

namespace {

std::vector<std::pair<std::string, v8::Global<v8::Function>>>* recorded =
    nullptr;

const CodeCache* FindCodeCache(std::string_view id) {
  const CodeCache* end = kCodeCaches + kCodeCacheCount;
  const CodeCache* it = std::lower_bound(
      kCodeCaches, end, id,
      [](const CodeCache& c, std::string_view key) { return c.id < key; });
  return it != end && it->id == id ? it : nullptr;
}

}  // namespace

void RecordCompiledFunctions(
    std::vector<std::pair<std::string, v8::Global<v8::Function>>>* out) {
  recorded = out;
}

v8::MaybeLocal<v8::Function> Compile(Environment& env, std::string_view id) {
  return Compile(env, id, env.context());
}

v8::MaybeLocal<v8::Function> Compile(Environment& env, std::string_view id,
                                     v8::Local<v8::Context> context) {
  v8::Isolate* isolate = env.isolate();
  const BuiltinSource* source = Find(id);
  if (source == nullptr) {
    std::string message = "No such built-in module: " + std::string(id);
    isolate->ThrowException(v8::Exception::Error(
        v8::String::NewFromUtf8(isolate, message.c_str()).ToLocalChecked()));
    return {};
  }
  v8::Local<v8::String> text;
  if (!SourceString(isolate, *source).ToLocal(&text)) return {};
  std::string name = "node:" + std::string(id);
  v8::ScriptOrigin origin(
      isolate, v8::String::NewFromUtf8(isolate, name.c_str()).ToLocalChecked());
  // With a code cache made at build time V8 skips parsing and compiling
  // (it checks the cache against the source and flags, and ignores it if
  // they differ).
  const CodeCache* cache = recorded == nullptr ? FindCodeCache(id) : nullptr;
  auto* cached_data = cache == nullptr
                          ? nullptr
                          : new v8::ScriptCompiler::CachedData(
                                cache->data, static_cast<int>(cache->length),
                                v8::ScriptCompiler::CachedData::BufferNotOwned);
  v8::ScriptCompiler::Source script_source(text, origin, cached_data);
  std::vector<v8::Local<v8::String>> params;
  for (const char* param : ParametersFor(id))
    params.push_back(OneByte(isolate, param));
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(
           context, &script_source, params.size(), params.data(), 0, nullptr,
           cached_data == nullptr ? v8::ScriptCompiler::kNoCompileOptions
                                  : v8::ScriptCompiler::kConsumeCodeCache)
           .ToLocal(&fn))
    return {};
  if (recorded != nullptr) {
    recorded->emplace_back(std::string(id),
                           v8::Global<v8::Function>(isolate, fn));
  }
  return fn;
}

}  // namespace nodus::builtins
