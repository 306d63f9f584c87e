// SPDX-License-Identifier: MIT
// What other bindings need of internalBinding('async_wrap').

#ifndef NODUS_ASYNC_WRAP_H_
#define NODUS_ASYNC_WRAP_H_

#include <v8.h>

namespace nodus {

class Environment;

// V8's promise hooks are per context: a vm context gets the ones lib/ set
// (async_hooks, AsyncLocalStorage, v8.promiseHooks), now and whenever they
// change, so that promises made there are tracked too.
void TrackContextPromiseHooks(Environment& env, v8::Local<v8::Context> context);

}  // namespace nodus

#endif  // NODUS_ASYNC_WRAP_H_
