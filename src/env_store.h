// SPDX-License-Identifier: MIT
// EnvStore: what `process.env` reads and writes. The main thread uses the
// process environment (environ); a worker gets its own copy, or shares its
// parent's store (worker_threads.SHARE_ENV). Every store is thread-safe.
#pragma once

#include <v8.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace nodus {

class EnvStore {
 public:
  virtual ~EnvStore() = default;
  virtual bool Get(const std::string& key, std::string* value) = 0;
  virtual void Set(const std::string& key, const std::string& value) = 0;
  virtual void Delete(const std::string& key) = 0;
  virtual std::vector<std::string> Keys() = 0;

  // The process environment (one per process).
  static std::shared_ptr<EnvStore> Process();
  // A private store holding `vars`.
  static std::shared_ptr<EnvStore> FromPairs(
      std::vector<std::pair<std::string, std::string>> vars);
};

// Whether `object` is a process.env object (of any thread), which the
// structured-clone serialiser copies as a plain object, as node does.
bool IsProcessEnvObject(v8::Isolate* isolate, v8::Local<v8::Object> object);

}  // namespace nodus
