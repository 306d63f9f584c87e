// SPDX-License-Identifier: MIT
// .env files (node 20's dotenv format): one parser in C++ for --env-file and
// --env-file-if-exists (before V8 starts), process.loadEnvFile() and
// util.parseEnv(). Touches no V8.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace nodus::dotenv {

// Sorted by key (util.parseEnv lists keys in this order, as node does).
using Variables = std::map<std::string, std::string>;

// Adds the variables that `text` defines to `out`; a key defined again
// (here or in an earlier text) takes the later value.
void Parse(std::string_view text, Variables* out);

enum class ReadStatus { kOk, kOpenFailed, kReadFailed };

// Reads the whole file. Node tells "could not open" (reported as ENOENT
// whatever the cause) from "could not read" (a directory, say).
ReadStatus ReadFile(const std::string& path, std::string* content);

}  // namespace nodus::dotenv
