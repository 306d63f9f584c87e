// SPDX-License-Identifier: MIT
// No code caches: linked into tools/mkcodecache (which makes them) and the
// C++ unit tests.

#include "builtins.h"

namespace nodus::builtins {

const CodeCache kCodeCaches[] = {{"", nullptr, 0}};
const size_t kCodeCacheCount = 0;

}  // namespace nodus::builtins
