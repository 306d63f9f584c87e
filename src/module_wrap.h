// SPDX-License-Identifier: MIT
// The host's import() hook (src/module_wrap.cc), shared with contextify,
// which installs the same one: one callback serves vm scripts and the ES
// module loader.
#pragma once

#include <v8.h>

namespace nodus {
namespace module_wrap {

v8::MaybeLocal<v8::Promise> ImportModuleDynamically(
    v8::Local<v8::Context> context, v8::Local<v8::Data> host_defined_options,
    v8::Local<v8::Value> resource_name, v8::Local<v8::String> specifier,
    v8::Local<v8::FixedArray> import_assertions);

}  // namespace module_wrap
}  // namespace nodus
