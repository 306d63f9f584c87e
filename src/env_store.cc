// SPDX-License-Identifier: MIT
// The two EnvStores: the process environment behind one lock (getenv and
// setenv are not safe against each other across threads), and a map.

#include "env_store.h"

#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>

extern char** environ;

namespace nodus {
namespace {

// setenv() rejects empty names and names with '=', as node's does.
bool ValidName(const std::string& key) {
  return !key.empty() && key.find('=') == std::string::npos;
}

class ProcessEnvStore : public EnvStore {
 public:
  bool Get(const std::string& key, std::string* value) override {
    std::lock_guard<std::mutex> lock(mutex_);
    const char* found = std::getenv(key.c_str());
    if (found == nullptr) return false;
    *value = found;
    return true;
  }
  void Set(const std::string& key, const std::string& value) override {
    if (!ValidName(key)) return;
    std::lock_guard<std::mutex> lock(mutex_);
    setenv(key.c_str(), value.c_str(), 1);
  }
  void Delete(const std::string& key) override {
    if (!ValidName(key)) return;
    std::lock_guard<std::mutex> lock(mutex_);
    unsetenv(key.c_str());
  }
  std::vector<std::string> Keys() override {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::string> keys;
    for (char** entry = environ; *entry != nullptr; entry++) {
      const char* eq = std::strchr(*entry, '=');
      if (eq == nullptr || eq == *entry) continue;
      keys.emplace_back(*entry, eq - *entry);
    }
    return keys;
  }

 private:
  std::mutex mutex_;
};

class MapEnvStore : public EnvStore {
 public:
  explicit MapEnvStore(std::vector<std::pair<std::string, std::string>> vars) {
    for (auto& [key, value] : vars) {
      if (ValidName(key)) vars_[key] = std::move(value);
    }
  }
  bool Get(const std::string& key, std::string* value) override {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = vars_.find(key);
    if (it == vars_.end()) return false;
    *value = it->second;
    return true;
  }
  void Set(const std::string& key, const std::string& value) override {
    if (!ValidName(key)) return;
    std::lock_guard<std::mutex> lock(mutex_);
    vars_[key] = value;
  }
  void Delete(const std::string& key) override {
    std::lock_guard<std::mutex> lock(mutex_);
    vars_.erase(key);
  }
  std::vector<std::string> Keys() override {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::string> keys;
    keys.reserve(vars_.size());
    for (const auto& entry : vars_) keys.push_back(entry.first);
    return keys;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::string> vars_;
};

}  // namespace

std::shared_ptr<EnvStore> EnvStore::Process() {
  static const std::shared_ptr<EnvStore> store =
      std::make_shared<ProcessEnvStore>();
  return store;
}

std::shared_ptr<EnvStore> EnvStore::FromPairs(
    std::vector<std::pair<std::string, std::string>> vars) {
  return std::make_shared<MapEnvStore>(std::move(vars));
}

}  // namespace nodus
