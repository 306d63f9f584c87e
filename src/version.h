// SPDX-License-Identifier: MIT
// nodus' own version, and the node version whose API it implements.
#pragma once

namespace nodus {

inline constexpr char kNodusVersion[] = "0.1.0";
// process.version: programs test it to decide what they may use.
inline constexpr char kNodeVersion[] = "20.20.2";

void PrintHelp();

}  // namespace nodus
