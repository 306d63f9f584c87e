// SPDX-License-Identifier: MIT
// The completion path shared by every request type (request.h).

#include "request.h"

namespace nodus {

void CallOnComplete(Environment& env, v8::Local<v8::Object> object, int argc,
                    v8::Local<v8::Value>* argv) {
  v8::Local<v8::Value> oncomplete;
  if (!object
           ->Get(env.context(),
                 v8::String::NewFromUtf8Literal(env.isolate(), "oncomplete"))
           .ToLocal(&oncomplete) ||
      !oncomplete->IsFunction())
    return;
  env.MakeCallback(oncomplete.As<v8::Function>(), object, argc, argv);
}

}  // namespace nodus
