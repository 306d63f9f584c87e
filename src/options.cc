// SPDX-License-Identifier: MIT
// Command-line parsing with node's spelling: a table of options, NODE_OPTIONS
// first, then argv; anything unknown that V8 accepts is a V8 flag.

#include "options.h"

#include <unistd.h>
#include <v8.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string_view>

#include "binding.h"
#include "dotenv.h"
#include "environment.h"
#include "errors.h"
#include "version.h"

namespace nodus {
namespace {

// kBoolean options also take node's negation, `--no-<name>`: apply() then
// gets "false" (and "" for the plain form). kNone options have no negation.
enum class Arity { kNone, kBoolean, kRequired };

bool On(const std::string& value) { return value != "false"; }

struct OptionSpec {
  const char* name;
  Arity arity;
  bool allowed_in_node_options;
  void (*apply)(Options* o, const std::string& value);
};

void NoValue(Options*, const std::string&) {}

constexpr OptionSpec kOptions[] = {
    {"--eval", Arity::kRequired, false,
     [](Options* o, const std::string& v) {
       o->has_eval = true;
       o->eval_source = v;
     }},
    {"--print", Arity::kBoolean, false,
     [](Options* o, const std::string& v) { o->print = On(v); }},
    {"--check", Arity::kBoolean, false,
     [](Options* o, const std::string& v) { o->check = On(v); }},
    {"--interactive", Arity::kBoolean, false,
     [](Options* o, const std::string& v) { o->interactive = On(v); }},
    {"--require", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->preload.push_back(v); }},
    {"--title", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->title = v; }},
    {"--trace-require-module", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->trace_require_module = v; }},
    {"--redirect-warnings", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->redirect_warnings = v; }},
    {"--unhandled-rejections", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->unhandled_rejections = v; }},
    {"--input-type", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->input_type = v; }},
    {"--dns-result-order", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->dns_result_order = v; }},
    {"--network-family-autoselection", Arity::kBoolean, true,
     [](Options* o, const std::string& v) {
       o->network_family_autoselection = On(v);
     }},
    {"--network-family-autoselection-attempt-timeout", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->network_family_autoselection_attempt_timeout =
           std::strtoll(v.c_str(), nullptr, 10);
     }},
    {"--v8-pool-size", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->v8_pool_size = static_cast<int>(std::strtol(v.c_str(), nullptr, 10));
     }},
    {"--conditions", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->conditions.push_back(v); }},
    {"--experimental-loader", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->loaders.push_back(v); }},
    {"--import", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->imports.push_back(v); }},
    {"--disable-warning", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->disabled_warnings.push_back(v);
     }},
    {"--deprecation", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->no_deprecation = !On(v); }},
    {"--throw-deprecation", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->throw_deprecation = On(v); }},
    {"--trace-deprecation", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->trace_deprecation = On(v); }},
    {"--pending-deprecation", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->pending_deprecation = On(v); }},
    {"--warnings", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->no_warnings = !On(v); }},
    {"--trace-warnings", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->trace_warnings = On(v); }},
    {"--trace-exit", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->trace_exit = On(v); }},
    {"--trace-sync-io", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->trace_sync_io = On(v); }},
    {"--trace-uncaught", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->trace_uncaught = On(v); }},
    {"--preserve-symlinks", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->preserve_symlinks = On(v); }},
    {"--preserve-symlinks-main", Arity::kBoolean, true,
     [](Options* o, const std::string& v) {
       o->preserve_symlinks_main = On(v);
     }},
    {"--enable-source-maps", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->enable_source_maps = On(v); }},
    {"--experimental-vm-modules", Arity::kBoolean, true,
     [](Options* o, const std::string& v) {
       o->experimental_vm_modules = On(v);
     }},
    {"--expose-gc", Arity::kBoolean, true,
     [](Options* o, const std::string& v) {
       o->expose_gc = On(v);
       o->v8_flags.push_back(On(v) ? "--expose-gc" : "--no-expose-gc");
     }},
    {"--abort-on-uncaught-exception", Arity::kBoolean, true,
     [](Options* o, const std::string& v) {
       o->abort_on_uncaught_exception = On(v);
     }},
    {"--test", Arity::kBoolean, false,
     [](Options* o, const std::string& v) { o->test = On(v); }},
    {"--test-only", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->test_only = On(v); }},
    {"--test-force-exit", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->test_force_exit = On(v); }},
    {"--test-timeout", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->test_timeout = std::atof(v.c_str());
     }},
    {"--test-concurrency", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->test_concurrency = std::atoi(v.c_str());
     }},
    {"--test-reporter", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->test_reporters.push_back(v); }},
    {"--test-reporter-destination", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->test_reporter_destinations.push_back(v);
     }},
    {"--test-name-pattern", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->test_name_patterns.push_back(v);
     }},
    // Accepted for compatibility; they change nothing nodus does.
    {"--no-experimental-fetch", Arity::kNone, true, NoValue},
    {"--no-experimental-global-webcrypto", Arity::kNone, true,
     [](Options* o, const std::string&) { o->global_webcrypto = false; }},
    {"--experimental-global-webcrypto", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->global_webcrypto = On(v); }},
    {"--no-experimental-global-customevent", Arity::kNone, true,
     [](Options* o, const std::string&) { o->global_customevent = false; }},
    {"--experimental-global-customevent", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->global_customevent = On(v); }},
    {"--experimental-require-module", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->require_module = On(v); }},
    {"--experimental-default-type", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->default_type = v; }},
    {"--experimental-detect-module", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->detect_module = On(v); }},
    {"--experimental-wasm-modules", Arity::kBoolean, true,
     [](Options* o, const std::string& v) {
       o->experimental_wasm_modules = On(v);
     }},
    {"--experimental-import-meta-resolve", Arity::kBoolean, true,
     [](Options* o, const std::string& v) {
       o->experimental_import_meta_resolve = On(v);
     }},
    {"--no-addons", Arity::kNone, true, NoValue},
    // nodus has no startup snapshot: with or without node's, start-up is
    // the same.
    {"--node-snapshot", Arity::kBoolean, true, NoValue},
    {"--env-file", Arity::kRequired, false,
     [](Options* o, const std::string&) { o->env_file = true; }},
    {"--env-file-if-exists", Arity::kRequired, false,
     [](Options* o, const std::string&) { o->env_file = true; }},
    {"--disable-proto", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->disable_proto = v; }},
    {"--use-largepages", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->use_largepages = v; }},
    {"--frozen-intrinsics", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->frozen_intrinsics = On(v); }},
    {"--secure-heap", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->secure_heap = std::atoll(v.c_str());
     }},
    {"--secure-heap-min", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->secure_heap_min = std::atoll(v.c_str());
     }},
    {"--openssl-config", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->openssl_config = v; }},
    {"--openssl-shared-config", Arity::kBoolean, true,
     [](Options* o, const std::string& v) {
       o->openssl_shared_config = On(v);
     }},
    {"--zero-fill-buffers", Arity::kBoolean, true,
     [](Options* o, const std::string& v) { o->zero_fill_buffers = On(v); }},
};

struct Alias {
  const char* from;
  const char* to;
};

constexpr Alias kAliases[] = {
    {"-e", "--eval"},
    {"-p", "--print"},
    {"-c", "--check"},
    {"-i", "--interactive"},
    {"-r", "--require"},
    {"-C", "--conditions"},
    {"--loader", "--experimental-loader"},
    // node 19's name, still accepted.
    {"--enable-network-family-autoselection", "--network-family-autoselection"},
};

// V8 flags node accepts in NODE_OPTIONS.
constexpr std::string_view kV8FlagsInNodeOptions[] = {
    "--abort-on-uncaught-exception",
    "--disallow-code-generation-from-strings",
    "--huge-max-old-generation-size",
    "--interpreted-frames-native-stack",
    "--jitless",
    "--max-old-space-size",
    "--max-semi-space-size",
    "--perf-basic-prof",
    "--perf-basic-prof-only-functions",
    "--perf-prof",
    "--perf-prof-unwinding-info",
    "--stack-trace-limit",
};

// Node spells an option's words with '-' or '_' alike (--expose_gc).
std::string Canonical(std::string_view name) {
  std::string out(name);
  for (size_t i = 2; i < out.size(); i++) {
    if (out[i] == '_') out[i] = '-';
  }
  return out;
}

const OptionSpec* FindOption(std::string_view name) {
  std::string canonical = Canonical(name);
  for (const Alias& alias : kAliases) {
    if (canonical == alias.from) canonical = alias.to;
  }
  for (const OptionSpec& spec : kOptions) {
    if (canonical == spec.name) return &spec;
  }
  return nullptr;
}

// `--no-<name>` of a boolean option reads as that option, negated. A
// negated non-boolean option is returned too: the caller reports it.
const OptionSpec* FindOptionOrNegation(std::string_view name, bool* negated) {
  *negated = false;
  const OptionSpec* spec = FindOption(name);
  if (spec == nullptr && Canonical(name).starts_with("--no-")) {
    spec = FindOption("--" + std::string(name.substr(5)));
    *negated = spec != nullptr;
  }
  return spec;
}

// Errors start with the program name as it was invoked (argv[0]), as
// node's do.
int BadOption(const Options* options, const char* format,
              const std::string& arg, int exit_code = 9) {
  std::fprintf(stderr, "%s: ", options->argv[0].c_str());
  std::fprintf(stderr, format, arg.c_str());
  std::fputc('\n', stderr);
  return exit_code;
}

// Node names an option refused in NODE_OPTIONS up to its '=' (`--eval=`).
std::string NameForNodeOptionsError(const std::string& arg) {
  size_t eq = arg.find('=');
  return eq == std::string::npos ? arg : arg.substr(0, eq + 1);
}

bool IsV8FlagAllowedInNodeOptions(const std::string& arg) {
  std::string name = Canonical(arg.substr(0, arg.find('=')));
  for (std::string_view allowed : kV8FlagsInNodeOptions) {
    if (name == allowed) return true;
  }
  return false;
}

// --completion-bash: a bash completion function offering every option.
void PrintCompletionBash() {
  std::string words;
  for (const OptionSpec& spec : kOptions) {
    words += spec.name;
    words += ' ';
  }
  for (const Alias& alias : kAliases) {
    words += alias.from;
    words += ' ';
  }
  words += "-pe -v --version -h --help --v8-options --completion-bash";
  std::printf(
      "_node_complete() {\n"
      "  local cur_word options\n"
      "  cur_word=\"${COMP_WORDS[COMP_CWORD]}\"\n"
      "  if [[ \"${cur_word}\" == -* ]] ; then\n"
      "    COMPREPLY=( $(compgen -W '%s' -- \"${cur_word}\") )\n"
      "    return 0\n"
      "  else\n"
      "    COMPREPLY=( $(compgen -f \"${cur_word}\") )\n"
      "    return 0\n"
      "  fi\n"
      "}\n"
      "complete -o filenames -o nospace -o bashdefault -F _node_complete "
      "node node_g nodus\n",
      words.c_str());
}

// What ends parsing before the program starts: -v, -h, --v8-options,
// --completion-bash. Returns -1 for anything else.
int RunInformational(const std::string& arg, bool from_node_options,
                     const Options* options) {
  bool known = arg == "-v" || arg == "--version" || arg == "-h" ||
               arg == "--help" || arg == "--v8-options" ||
               arg == "--completion-bash";
  if (!known) return -1;
  if (from_node_options)
    return BadOption(options, "%s is not allowed in NODE_OPTIONS", arg);
  if (arg == "-v" || arg == "--version") {
    std::printf("v%s\n", kNodusVersion);
  } else if (arg == "-h" || arg == "--help") {
    PrintHelp();
  } else if (arg == "--v8-options") {
    v8::V8::SetFlagsFromString("--help");
  } else {
    PrintCompletionBash();
  }
  return 0;
}

// Parses the options in args[*index..]; stops at the first non-option (the
// script), after `--`, or at the end. Unknown `--x` options go to v8_flags.
int ParseList(const std::vector<std::string>& args, size_t* index,
              bool from_node_options, Options* options) {
  while (*index < args.size()) {
    std::string arg = args[*index];
    if (arg == "--") {
      ++*index;
      return -1;
    }
    if (arg.size() < 2 || arg[0] != '-') return -1;
    ++*index;
    if (arg == "-pe") {
      options->print = true;
      arg = "--eval";
    }
    if (int rc = RunInformational(arg, from_node_options, options); rc >= 0)
      return rc;
    std::string name = arg;
    std::string value;
    bool has_value = false;
    size_t eq = arg.find('=');
    if (arg.starts_with("--") && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    bool negated;
    const OptionSpec* spec = FindOptionOrNegation(name, &negated);
    if (negated && spec->arity != Arity::kBoolean)
      return BadOption(options,
                       "%s is an invalid negation because it is not a "
                       "boolean option",
                       name);
    if (spec == nullptr) {
      if (!arg.starts_with("--"))
        return BadOption(options, "bad option: %s", arg);
      if (from_node_options && !IsV8FlagAllowedInNodeOptions(arg))
        return BadOption(options, "%s is not allowed in NODE_OPTIONS",
                         NameForNodeOptionsError(arg));
      options->v8_flags.push_back(arg);
      if (!from_node_options) options->exec_argv.push_back(arg);
      continue;
    }
    if (from_node_options && !spec->allowed_in_node_options)
      return BadOption(options, "%s is not allowed in NODE_OPTIONS",
                       NameForNodeOptionsError(arg));
    if (!from_node_options) options->exec_argv.push_back(arg);
    if (spec->arity == Arity::kRequired) {
      // The value is what follows '=', or the next argument unless that
      // looks like an option.
      if (!has_value) {
        if (*index >= args.size() || args[*index].starts_with("-"))
          return BadOption(options, "%s requires an argument", arg);
        value = args[(*index)++];
        if (!from_node_options) options->exec_argv.push_back(value);
      } else if (value.empty()) {
        return BadOption(options, "%s requires an argument", arg);
      }
      // `\-` escapes a value that starts with '-' (node -e '\-1').
      if (value.starts_with("\\-")) value.erase(0, 1);
    } else if (negated) {
      value = "false";
    }
    spec->apply(options, value);
    // `-p code` is `--print --eval code`; `-p` alone prints what stdin
    // evaluates to.
    if (std::string_view(spec->name) == "--print" && options->print &&
        !options->has_eval && *index < args.size() &&
        !args[*index].starts_with("-")) {
      options->has_eval = true;
      options->eval_source = args[(*index)++];
      options->exec_argv.push_back(options->eval_source);
      if (options->eval_source.starts_with("\\-"))
        options->eval_source.erase(0, 1);
    }
  }
  return -1;
}

// Splits NODE_OPTIONS on white space; double quotes group, backslash escapes
// inside them.
std::vector<std::string> SplitNodeOptions(const char* text) {
  std::vector<std::string> out;
  std::string current;
  bool in_token = false, in_quotes = false;
  for (const char* p = text; *p; p++) {
    char c = *p;
    if (in_quotes) {
      if (c == '\\' && p[1] != '\0') {
        current += *++p;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        current += c;
      }
    } else if (c == '"') {
      in_quotes = in_token = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_token) out.push_back(current);
      current.clear();
      in_token = false;
    } else {
      current += c;
      in_token = true;
    }
  }
  if (in_token) out.push_back(current);
  return out;
}

int PassToV8(Options* options) {
  if (options->v8_flags.empty()) return -1;
  std::vector<std::string> storage = options->v8_flags;
  std::vector<char*> argv;
  std::string argv0 = "nodus";
  argv.push_back(argv0.data());
  for (std::string& flag : storage) argv.push_back(flag.data());
  int argc = static_cast<int>(argv.size());
  v8::V8::SetFlagsFromCommandLine(&argc, argv.data(), true);
  if (argc > 1) return BadOption(options, "bad option: %s", argv[1]);
  return -1;
}

// Option values node checks (and settles) once everything is parsed.
int CheckValues(Options* options) {
  const std::string& rejections = options->unhandled_rejections;
  if (!rejections.empty() && rejections != "throw" && rejections != "strict" &&
      rejections != "warn" && rejections != "none" &&
      rejections != "warn-with-error-code")
    return BadOption(options, "invalid value for %s", "--unhandled-rejections");
  const std::string& pages = options->use_largepages;
  if (!pages.empty() && pages != "on" && pages != "off" && pages != "silent")
    return BadOption(options, "invalid value for %s", "--use-largepages");
  const std::string& default_type = options->default_type;
  if (!default_type.empty() && default_type != "module" &&
      default_type != "commonjs")
    return BadOption(options, "%s must be \"module\" or \"commonjs\"",
                     "--experimental-default-type");
  const std::string& trace_require = options->trace_require_module;
  if (!trace_require.empty() && trace_require != "all" &&
      trace_require != "no-node-modules")
    return BadOption(options, "invalid value for %s", "--trace-require-module");
  if (options->check && options->has_eval)
    return BadOption(options, "either --check or --eval can be used, not %s",
                     "both");
  // Node finds this one while it sets up the first context: exit code 12.
  const std::string& proto = options->disable_proto;
  if (!proto.empty() && proto != "delete" && proto != "throw")
    return BadOption(options, "invalid mode passed to %s", "--disable-proto",
                     12);
  // Both --secure-heap errors are reported; a heap under 2 bytes is not
  // checked (OpenSSL then refuses it at start-up).
  if (options->secure_heap >= 2) {
    auto power_of_2 = [](int64_t n) { return (n & (n - 1)) == 0; };
    int64_t min = std::max<int64_t>(
        2, std::min<int64_t>({options->secure_heap, options->secure_heap_min,
                              std::numeric_limits<int>::max()}));
    bool heap_ok = power_of_2(options->secure_heap);
    if (!heap_ok)
      BadOption(options, "%s must be a power of 2", "--secure-heap");
    if (!power_of_2(min))
      return BadOption(options, "%s must be a power of 2", "--secure-heap-min");
    if (!heap_ok) return 9;
    options->secure_heap_min = min;
  }
  const std::string& input_type = options->input_type;
  if (!input_type.empty() && input_type != "module" && input_type != "commonjs")
    return BadOption(options, "%s",
                     "--input-type must be \"module\" or \"commonjs\"");
  return -1;
}

// The --env-file and --env-file-if-exists arguments, found as node finds
// them: anywhere before `--`, even after the script.
struct EnvFileArg {
  std::string path;
  bool optional;
};

std::vector<EnvFileArg> FindEnvFiles(const std::vector<std::string>& args) {
  std::vector<EnvFileArg> files;
  for (size_t i = 0; i < args.size(); i++) {
    const std::string& arg = args[i];
    if (arg == "--") break;
    for (std::string_view flag : {"--env-file", "--env-file-if-exists"}) {
      bool optional = flag.size() > 10;
      if (arg == flag) {
        if (i + 1 < args.size()) files.push_back({args[++i], optional});
      } else if (arg.starts_with(flag) && arg.size() > flag.size() &&
                 arg[flag.size()] == '=') {
        files.push_back({arg.substr(flag.size() + 1), optional});
      }
    }
  }
  return files;
}

// Reads the .env files named in args into `vars` (a later file overrides
// an earlier one). A required file that cannot be read is an error (exit
// 9, after every file has been tried); an optional one is skipped, with a
// note on stderr.
int LoadEnvFiles(const std::vector<std::string>& args, const Options* options,
                 dotenv::Variables* vars) {
  bool failed = false;
  for (const EnvFileArg& file : FindEnvFiles(args)) {
    std::string content;
    switch (dotenv::ReadFile(file.path, &content)) {
      case dotenv::ReadStatus::kOk:
        dotenv::Parse(content, vars);
        break;
      case dotenv::ReadStatus::kOpenFailed:
        if (file.optional) {
          std::fprintf(stderr, "%s not found. Continuing without it.\n",
                       file.path.c_str());
        } else {
          BadOption(options, "%s: not found", file.path);
          failed = true;
        }
        break;
      case dotenv::ReadStatus::kReadFailed:
        BadOption(options, "%s: invalid format", file.path);
        failed = true;
        break;
    }
  }
  return failed ? 9 : -1;
}

}  // namespace

void PrintHelp() {
  std::printf(
      "Usage: nodus [options] [ script.js ] [arguments]\n"
      "       nodus [options] -e \"script\" [arguments]\n\n"
      "Options:\n"
      "  -                          script read from stdin (default if no "
      "file name is\n"
      "                             provided, interactive mode if a tty)\n"
      "  --                         indicate the end of node options\n"
      "  -c, --check                syntax check script without executing\n"
      "  --disable-proto=...        disable Object.prototype.__proto__ "
      "(delete, throw)\n"
      "  -e, --eval script          evaluate script\n"
      "  --env-file=...             set environment variables from supplied "
      "file\n"
      "  --env-file-if-exists=...   set environment variables from supplied "
      "file,\n"
      "                             if it exists\n"
      "  --frozen-intrinsics        experimental frozen intrinsics support\n"
      "  -h, --help                 print command line options\n"
      "  -i, --interactive          always enter the REPL even if stdin does "
      "not appear\n"
      "                             to be a terminal\n"
      "  -p, --print [...]          evaluate script and print result\n"
      "  -r, --require module       CommonJS module to preload (option can "
      "be repeated)\n"
      "  --redirect-warnings=...    write warnings to file instead of stderr\n"
      "  --stack-size=...           V8 stack size in KiB\n"
      "  --max-old-space-size=...   V8 old generation size in MiB\n"
      "  --title=title              the process title to use on startup\n"
      "  --unhandled-rejections=... define unhandled rejections behavior "
      "(throw, strict,\n"
      "                             warn, warn-with-error-code, none)\n"
      "  --no-deprecation           silence deprecation warnings\n"
      "  --no-warnings              silence all process warnings\n"
      "  --throw-deprecation        throw an exception on deprecations\n"
      "  --trace-deprecation        show stack traces on deprecations\n"
      "  --test                     launch test runner on startup\n"
      "  --test-concurrency=...     specify test runner concurrency\n"
      "  --test-force-exit          force test runner to exit upon completion\n"
      "  --test-name-pattern=...    run tests whose name matches this regular\n"
      "                             expression\n"
      "  --test-only                run tests with 'only' option set\n"
      "  --test-reporter=...        report test output using the given "
      "reporter\n"
      "  --test-reporter-destination=...\n"
      "                             report given reporter to the given "
      "destination\n"
      "  --test-timeout=...         specify test runner timeout\n"
      "  --trace-exit               show stack trace when an environment "
      "exits\n"
      "  --trace-sync-io            show stack trace when use of sync IO is\n"
      "                             detected after the first tick\n"
      "  --trace-warnings           show stack traces on process warnings\n"
      "  --v8-options               print V8 command line options\n"
      "  --v8-pool-size=num         set V8's thread pool size\n"
      "  -v, --version              print nodus version\n\n"
      "Environment variables:\n"
      "  NODE_OPTIONS               set command-line options\n"
      "  NODE_DEBUG                 ','-separated list of core modules that "
      "should print\n"
      "                             debug information\n"
      "  NODE_PENDING_DEPRECATION   set to 1 to emit pending deprecation\n"
      "                             warnings\n"
      "  NODE_PRESERVE_SYMLINKS     set to 1 to preserve symbolic links when\n"
      "                             resolving and caching modules\n"
      "  NODE_REDIRECT_WARNINGS     write warnings to this file instead of\n"
      "                             stderr\n"
      "  UV_THREADPOOL_SIZE         size of the libuv thread pool\n");
}

void ApplyWorkerNodeOptions(const std::string& node_options, Options* options) {
  std::vector<std::string> v8_flags = options->v8_flags;
  std::vector<std::string> args = SplitNodeOptions(node_options.c_str());
  size_t index = 0;
  // Checked beforehand (invalidNodeOptions): these parse.
  ParseList(args, &index, true, options);
  options->v8_flags = std::move(v8_flags);
}

void ApplyWorkerExecArgv(const std::vector<std::string>& args,
                         Options* options) {
  std::vector<std::string> v8_flags = options->v8_flags;
  options->exec_argv.clear();
  size_t index = 0;
  // Checked beforehand (invalidExecArgv): these parse.
  ParseList(args, &index, false, options);
  // V8's flags are the process's, set once at start-up.
  options->v8_flags = std::move(v8_flags);
}

int ParseOptions(int argc, char** argv, Options* options) {
  options->stdin_is_tty = isatty(0) == 1;
  options->argv.push_back(argv[0]);
  std::vector<std::string> args(argv + 1, argv + argc);

  // .env files are read first, before NODE_OPTIONS (which one of them may
  // set) and before any other option is looked at.
  dotenv::Variables env_file_vars;
  if (int rc = LoadEnvFiles(args, options, &env_file_vars); rc >= 0) return rc;
  // NODE_OPTIONS from the environment wins over one from a .env file.
  std::string node_options;
  if (const char* env = std::getenv("NODE_OPTIONS")) {
    node_options = env;
  } else if (auto it = env_file_vars.find("NODE_OPTIONS");
             it != env_file_vars.end()) {
    node_options = it->second;
  }
  if (!node_options.empty()) {
    std::vector<std::string> list = SplitNodeOptions(node_options.c_str());
    size_t index = 0;
    while (index < list.size()) {
      int rc = ParseList(list, &index, true, options);
      if (rc >= 0) return rc;
      if (index < list.size())
        return BadOption(options, "%s is not allowed in NODE_OPTIONS",
                         list[index]);
    }
  }
  size_t index = 0;
  int rc = ParseList(args, &index, false, options);
  if (rc >= 0) return rc;
  rc = PassToV8(options);
  if (rc >= 0) return rc;
  rc = CheckValues(options);
  if (rc >= 0) return rc;

  // The variables of the .env files go into the environment (before V8,
  // so that UV_THREADPOOL_SIZE, TZ and the like take effect), except those
  // already set. Node does it only when --env-file was read as an option,
  // not when it follows the script.
  if (options->env_file) {
    for (const auto& [key, value] : env_file_vars)
      setenv(key.c_str(), value.c_str(), 0);
  }
  if (const char* no_warnings = std::getenv("NODE_NO_WARNINGS");
      no_warnings != nullptr && std::strcmp(no_warnings, "1") == 0)
    options->no_warnings = true;
  if (const char* pending = std::getenv("NODE_PENDING_DEPRECATION");
      pending != nullptr && std::strcmp(pending, "1") == 0)
    options->pending_deprecation = true;
  if (const char* preserve = std::getenv("NODE_PRESERVE_SYMLINKS");
      preserve != nullptr && std::strcmp(preserve, "1") == 0)
    options->preserve_symlinks = true;
  if (const char* file = std::getenv("NODE_REDIRECT_WARNINGS");
      file != nullptr && options->redirect_warnings.empty())
    options->redirect_warnings = file;
  if (options->use_largepages == "on")
    std::fprintf(stderr, "Mapping to large pages is not supported.\n");

  // With -e/-p every further argument goes to process.argv; otherwise the
  // first argument is the script.
  if (!options->has_eval && !options->test && index < args.size())
    options->script = args[index++];
  for (; index < args.size(); index++) options->argv.push_back(args[index]);

  if (options->test && !options->has_eval && !options->check) {
    options->main_id = "internal/main/test_runner";
  } else if (options->check && !options->has_eval) {
    options->main_id = "internal/main/check_syntax";
  } else if (options->has_eval && !options->interactive) {
    options->main_id = "internal/main/eval_string";
  } else if (options->has_eval) {
    // -i -e: the REPL, which runs the code first.
    options->main_id = "internal/main/repl";
  } else if (!options->script.empty() && options->script != "-") {
    options->main_id = "internal/main/run_main_module";
  } else if (options->script.empty() &&
             (options->interactive || options->stdin_is_tty)) {
    options->main_id = "internal/main/repl";
  } else {
    options->main_id = "internal/main/eval_stdin";
  }
  return -1;
}

// --- internalBinding('options') ----------------------------------------------

namespace {

v8::Local<v8::Value> StringList(v8::Isolate* isolate,
                                const std::vector<std::string>& list) {
  std::vector<v8::Local<v8::Value>> items;
  for (const std::string& s : list)
    items.push_back(
        v8::String::NewFromUtf8(isolate, s.c_str()).ToLocalChecked());
  return v8::Array::New(isolate, items.data(), items.size());
}

// getOptions() -> the parsed command line, as a plain object.
v8::Local<v8::Object> GetOptions(Environment& env) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  const Options& o = env.options();
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  auto set = [&](const char* name, v8::Local<v8::Value> value) {
    // Defined, not assigned: no setter on Object.prototype runs.
    out->CreateDataProperty(
           context, v8::String::NewFromUtf8(isolate, name).ToLocalChecked(),
           value)
        .Check();
  };
  auto str = [&](const std::string& s) -> v8::Local<v8::Value> {
    return v8::String::NewFromUtf8(isolate, s.c_str()).ToLocalChecked();
  };
  auto boolean = [&](bool b) -> v8::Local<v8::Value> {
    return v8::Boolean::New(isolate, b);
  };
  set("argv", StringList(isolate, o.argv));
  set("execArgv", StringList(isolate, o.exec_argv));
  set("script", str(o.script));
  set("evalSource", str(o.eval_source));
  set("hasEval", boolean(o.has_eval));
  set("print", boolean(o.print));
  set("check", boolean(o.check));
  set("interactive", boolean(o.interactive));
  set("preload", StringList(isolate, o.preload));
  set("title", str(o.title));
  set("redirectWarnings", str(o.redirect_warnings));
  set("traceRequireModule", str(o.trace_require_module));
  set("defaultType", str(o.default_type));
  set("unhandledRejections", str(o.unhandled_rejections));
  set("inputType", str(o.input_type));
  set("conditions", StringList(isolate, o.conditions));
  set("loaders", StringList(isolate, o.loaders));
  set("imports", StringList(isolate, o.imports));
  set("dnsResultOrder", str(o.dns_result_order));
  set("networkFamilyAutoselection", boolean(o.network_family_autoselection));
  set("networkFamilyAutoselectionAttemptTimeout",
      v8::Number::New(
          isolate,
          static_cast<double>(o.network_family_autoselection_attempt_timeout)));
  set("disabledWarnings", StringList(isolate, o.disabled_warnings));
  set("noDeprecation", boolean(o.no_deprecation));
  set("globalWebcrypto", boolean(o.global_webcrypto));
  set("globalCustomevent", boolean(o.global_customevent));
  set("experimentalImportMetaResolve",
      boolean(o.experimental_import_meta_resolve));
  set("experimentalWasmModules", boolean(o.experimental_wasm_modules));
  set("throwDeprecation", boolean(o.throw_deprecation));
  set("traceDeprecation", boolean(o.trace_deprecation));
  set("pendingDeprecation", boolean(o.pending_deprecation));
  set("noWarnings", boolean(o.no_warnings));
  set("traceWarnings", boolean(o.trace_warnings));
  set("traceUncaught", boolean(o.trace_uncaught));
  set("preserveSymlinks", boolean(o.preserve_symlinks));
  set("preserveSymlinksMain", boolean(o.preserve_symlinks_main));
  set("exposeGc", boolean(o.expose_gc));
  set("enableSourceMaps", boolean(o.enable_source_maps));
  set("experimentalVmModules", boolean(o.experimental_vm_modules));
  set("experimentalRequireModule", boolean(o.require_module));
  set("experimentalDetectModule", boolean(o.detect_module));
  set("abortOnUncaughtException", boolean(o.abort_on_uncaught_exception));
  set("zeroFillBuffers", boolean(o.zero_fill_buffers));
  set("frozenIntrinsics", boolean(o.frozen_intrinsics));
  set("test", boolean(o.test));
  set("testOnly", boolean(o.test_only));
  set("testForceExit", boolean(o.test_force_exit));
  set("testTimeout", v8::Number::New(isolate, o.test_timeout));
  set("testConcurrency", v8::Integer::New(isolate, o.test_concurrency));
  set("testReporters", StringList(isolate, o.test_reporters));
  set("testReporterDestinations",
      StringList(isolate, o.test_reporter_destinations));
  set("testNamePatterns", StringList(isolate, o.test_name_patterns));
  return out;
}

// Options that configure the process, not one thread: a Worker's execArgv
// may not carry them (node's per-process options).
bool IsPerProcessOption(std::string_view name) {
  return name == "--title" || name == "--use-largepages" ||
         name == "--zero-fill-buffers" || name == "--secure-heap" ||
         name == "--secure-heap-min" || name == "--openssl-config" ||
         name == "--openssl-shared-config";
}

// What is wrong with a Worker's execArgv (node_options false) or with the
// NODE_OPTIONS of its env (true), as node words it in
// ERR_WORKER_INVALID_EXEC_ARGV: for NODE_OPTIONS the first error; for
// execArgv the missing values if any, else every argument that is not an
// option of a thread (V8 flags included).
std::vector<std::string> WorkerArgErrors(const std::vector<std::string>& args,
                                         bool node_options) {
  std::vector<std::string> errors;
  std::vector<std::string> invalid;
  for (size_t i = 0; i < args.size() && (!node_options || errors.empty());
       i++) {
    const std::string& arg = args[i];
    if (arg == "--") break;  // the end of the options
    std::string name = arg.substr(0, arg.find('='));
    bool negated = false;
    const OptionSpec* spec =
        arg.starts_with("-") ? FindOptionOrNegation(name, &negated) : nullptr;
    if (negated && spec->arity != Arity::kBoolean) spec = nullptr;
    if (node_options) {
      // A thread's NODE_OPTIONS: per-process options are unknown there.
      bool allowed =
          spec != nullptr
              ? spec->allowed_in_node_options && !IsPerProcessOption(name)
              : !arg.starts_with("-") || (arg.starts_with("--") &&
                                          IsV8FlagAllowedInNodeOptions(arg));
      if (!allowed) {
        errors.push_back(NameForNodeOptionsError(arg) +
                         " is not allowed in NODE_OPTIONS");
        continue;
      }
    } else if (spec == nullptr || IsPerProcessOption(name)) {
      invalid.push_back(arg);  // unknown to a thread, value or not
      continue;
    }
    if (spec == nullptr || spec->arity != Arity::kRequired ||
        arg.find('=') != std::string::npos)
      continue;
    if (i + 1 >= args.size() || args[i + 1].starts_with("-")) {
      errors.push_back(name + " requires an argument");
    } else {
      i++;  // its value
    }
  }
  return errors.empty() ? invalid : errors;
}

// invalidExecArgv(array) and invalidNodeOptions(string): the errors above.
v8::Local<v8::Value> InvalidExecArgv(Environment& env,
                                     v8::Local<v8::Array> args) {
  v8::Isolate* isolate = env.isolate();
  std::vector<std::string> list;
  for (uint32_t i = 0; i < args->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!args->Get(env.context(), i).ToLocal(&item)) return {};
    v8::String::Utf8Value utf8(isolate, item);
    list.emplace_back(*utf8 ? *utf8 : "", utf8.length());
  }
  return StringList(isolate, WorkerArgErrors(list, false));
}

v8::Local<v8::Value> InvalidNodeOptions(Environment& env,
                                        v8::Local<v8::String> text) {
  v8::String::Utf8Value utf8(env.isolate(), text);
  return StringList(
      env.isolate(),
      WorkerArgErrors(SplitNodeOptions(*utf8 ? *utf8 : ""), true));
}

// envFlags(): every option NODE_OPTIONS accepts, as
// process.allowedNodeEnvironmentFlags lists them (both forms of a boolean,
// the short aliases, the V8 flags node passes on).
v8::Local<v8::Value> EnvFlags(Environment& env) {
  std::vector<std::string> flags;
  for (const OptionSpec& spec : kOptions) {
    if (!spec.allowed_in_node_options) continue;
    std::string_view name = spec.name;
    flags.emplace_back(name);
    if (spec.arity == Arity::kBoolean && !name.starts_with("--no-"))
      flags.push_back("--no-" + std::string(name.substr(2)));
  }
  for (const Alias& alias : kAliases) {
    const OptionSpec* target = FindOption(alias.to);
    if (target != nullptr && target->allowed_in_node_options)
      flags.emplace_back(alias.from);
  }
  for (std::string_view flag : kV8FlagsInNodeOptions) flags.emplace_back(flag);
  std::sort(flags.begin(), flags.end());
  flags.erase(std::unique(flags.begin(), flags.end()), flags.end());
  return StringList(env.isolate(), flags);
}

void ThrowProtoAccess(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ThrowError(EnvironmentOf(info), ErrorCode::kProtoAccess,
             "Accessing Object.prototype.__proto__ has been disallowed with "
             "--disable-proto=throw");
}

constexpr Method kOptionsMethods[] = {
    {"invalidExecArgv", Fn<&InvalidExecArgv>},
    {"invalidNodeOptions", Fn<&InvalidNodeOptions>},
    {"getOptions", Fn<&GetOptions>},
    {"envFlags", Fn<&EnvFlags>},
};

}  // namespace

bool ApplyDisableProto(Environment& env, v8::Local<v8::Context> context) {
  const std::string& mode = env.options().disable_proto;
  if (mode.empty()) return true;
  v8::Isolate* isolate = env.isolate();
  // Object.prototype of `context`: what a plain object made there inherits
  // from (its global "Object" may be shadowed, by a vm sandbox say).
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Object> prototype =
      v8::Object::New(isolate)->GetPrototype().As<v8::Object>();
  v8::Local<v8::String> key = OneByte(isolate, "__proto__");
  if (mode == "delete") return prototype->Delete(context, key).IsJust();
  v8::Local<v8::Function> thrower;
  if (!v8::Function::New(context, ThrowProtoAccess, {}, 0,
                         v8::ConstructorBehavior::kThrow)
           .ToLocal(&thrower))
    return false;
  v8::PropertyDescriptor descriptor(thrower, thrower);
  descriptor.set_enumerable(false);
  descriptor.set_configurable(true);
  return prototype->DefineProperty(context, key, descriptor).IsJust();
}

extern const Binding kOptionsBinding{"options", kOptionsMethods};

}  // namespace nodus
