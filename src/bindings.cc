// SPDX-License-Identifier: MIT
// The one list of every native binding (internalBinding names).

#include "binding.h"

namespace nodus {

extern const Binding kBufferBinding;
extern const Binding kAsyncWrapBinding;
extern const Binding kConstantsBinding;
extern const Binding kCredentialsBinding;
extern const Binding kContextifyBinding;
namespace dns {
extern const Binding kCaresWrapBinding;
}
namespace crypto {
extern const Binding kCryptoBinding;
}
extern const Binding kErrorsBinding;
extern const Binding kHeapUtilsBinding;
extern const Binding kModulesBinding;
extern const Binding kModuleWrapBinding;
namespace fs {
extern const Binding kFsBinding;
}
extern const Binding kOptionsBinding;
extern const Binding kOsBinding;
extern const Binding kPerformanceBinding;
extern const Binding kProcessEnvBinding;
extern const Binding kProcessMethodsBinding;
extern const Binding kSerdesBinding;
extern const Binding kStdioBinding;
extern const Binding kTaskQueueBinding;
extern const Binding kTimersBinding;
extern const Binding kTypesBinding;
extern const Binding kUtilBinding;
extern const Binding kUvBinding;
extern const Binding kV8Binding;
namespace messaging {
extern const Binding kMessagingBinding;
}
namespace worker {
extern const Binding kWorkerBinding;
}
namespace builtins {
extern const Binding kBuiltinsBinding;
}
namespace process {
extern const Binding kProcessWrapBinding;
extern const Binding kSpawnSyncBinding;
}  // namespace process
namespace signal {
extern const Binding kSignalWrapBinding;
}
namespace stream {
extern const Binding kPipeWrapBinding;
extern const Binding kStreamWrapBinding;
extern const Binding kTcpWrapBinding;
extern const Binding kTtyWrapBinding;
}  // namespace stream
namespace zlib {
extern const Binding kZlibBinding;
}

namespace {
const Binding* const kBindings[] = {
    &builtins::kBuiltinsBinding,
    &kBufferBinding,
    &kAsyncWrapBinding,
    &dns::kCaresWrapBinding,
    &kConstantsBinding,
    &kCredentialsBinding,
    &kContextifyBinding,
    &crypto::kCryptoBinding,
    &kErrorsBinding,
    &fs::kFsBinding,
    &kHeapUtilsBinding,
    &messaging::kMessagingBinding,
    &kModulesBinding,
    &kModuleWrapBinding,
    &kOptionsBinding,
    &stream::kPipeWrapBinding,
    &kOsBinding,
    &kPerformanceBinding,
    &kProcessEnvBinding,
    &kProcessMethodsBinding,
    &process::kProcessWrapBinding,
    &kSerdesBinding,
    &signal::kSignalWrapBinding,
    &process::kSpawnSyncBinding,
    &kStdioBinding,
    &stream::kStreamWrapBinding,
    &kTaskQueueBinding,
    &stream::kTcpWrapBinding,
    &stream::kTtyWrapBinding,
    &kTimersBinding,
    &kTypesBinding,
    &worker::kWorkerBinding,
    &kUtilBinding,
    &kUvBinding,
    &kV8Binding,
    &zlib::kZlibBinding,
};
}  // namespace

std::span<const Binding* const> AllBindings() { return kBindings; }

}  // namespace nodus
