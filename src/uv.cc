// SPDX-License-Identifier: MIT
// internalBinding('uv'): libuv error names and messages, for
// lib/internal/errors.js (UVException) and util.getSystemErrorName/Map.

#include <uv.h>

#include "binding.h"
#include "environment.h"

namespace nodus {
namespace {

struct UvError {
  const char* name;
  int code;
};

constexpr UvError kErrors[] = {
#define NODUS_UV_ERROR(name, msg) {#name, UV_##name},
    UV_ERRNO_MAP(NODUS_UV_ERROR)
#undef NODUS_UV_ERROR
};

std::string ErrName(int32_t err) {
  char buf[64];
  return uv_err_name_r(err, buf, sizeof(buf));
}

// getErrorMap() -> Map(errno -> [name, message]).
v8::MaybeLocal<v8::Map> GetErrorMap(Environment& env) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Map> map = v8::Map::New(isolate);
  for (const UvError& e : kErrors) {
    v8::Local<v8::Value> pair[2] = {
        v8::String::NewFromUtf8(isolate, e.name).ToLocalChecked(),
        v8::String::NewFromUtf8(isolate, uv_strerror(e.code)).ToLocalChecked()};
    if (map->Set(context, v8::Integer::New(isolate, e.code),
                 v8::Array::New(isolate, pair, 2))
            .IsEmpty())
      return {};
  }
  return map;
}

void InitializeUv(Environment& env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  for (const UvError& e : kErrors) {
    std::string name = std::string("UV_") + e.name;
    target
        ->Set(env.context(),
              v8::String::NewFromUtf8(isolate, name.c_str()).ToLocalChecked(),
              v8::Integer::New(isolate, e.code))
        .Check();
  }
}

constexpr Method kMethods[] = {
    {"errname", Fn<&ErrName>},
    {"getErrorMap", Fn<&GetErrorMap>},
};

}  // namespace

extern const Binding kUvBinding{"uv", kMethods, {}, {}, InitializeUv};

}  // namespace nodus
