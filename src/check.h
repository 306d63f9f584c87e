// SPDX-License-Identifier: MIT
// CHECK macros: a failed CHECK is a nodus bug (a broken internal contract),
// never the answer to user input. They need __FILE__/__LINE__, hence macros.
#pragma once

namespace nodus {
[[noreturn]] void CheckFailed(const char* file, int line, const char* expr);
}  // namespace nodus

#define CHECK(expr)                                    \
  do {                                                 \
    if (!(expr)) [[unlikely]]                          \
      ::nodus::CheckFailed(__FILE__, __LINE__, #expr); \
  } while (0)
#define CHECK_EQ(a, b) CHECK((a) == (b))
#define CHECK_NE(a, b) CHECK((a) != (b))
#define CHECK_LT(a, b) CHECK((a) < (b))
#define CHECK_LE(a, b) CHECK((a) <= (b))
#define CHECK_GE(a, b) CHECK((a) >= (b))
#ifdef NDEBUG
#define DCHECK(expr) \
  do {               \
  } while (0)
#else
#define DCHECK(expr) CHECK(expr)
#endif
