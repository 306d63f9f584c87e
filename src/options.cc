// SPDX-License-Identifier: MIT
// Command-line parsing with node's spelling: a table of options, NODE_OPTIONS
// first, then argv; anything unknown that V8 accepts is a V8 flag.

#include "options.h"

#include <unistd.h>
#include <v8.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "binding.h"
#include "environment.h"
#include "version.h"

namespace nodus {
namespace {

enum class Arity { kNone, kRequired };

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
    {"--print", Arity::kNone, false,
     [](Options* o, const std::string&) { o->print = true; }},
    {"--check", Arity::kNone, false,
     [](Options* o, const std::string&) { o->check = true; }},
    {"--interactive", Arity::kNone, false,
     [](Options* o, const std::string&) { o->interactive = true; }},
    {"--require", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->preload.push_back(v); }},
    {"--title", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->title = v; }},
    {"--unhandled-rejections", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->unhandled_rejections = v; }},
    {"--input-type", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->input_type = v; }},
    {"--dns-result-order", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->dns_result_order = v; }},
    {"--conditions", Arity::kRequired, true,
     [](Options* o, const std::string& v) { o->conditions.push_back(v); }},
    {"--disable-warning", Arity::kRequired, true,
     [](Options* o, const std::string& v) {
       o->disabled_warnings.push_back(v);
     }},
    {"--no-deprecation", Arity::kNone, true,
     [](Options* o, const std::string&) { o->no_deprecation = true; }},
    {"--throw-deprecation", Arity::kNone, true,
     [](Options* o, const std::string&) { o->throw_deprecation = true; }},
    {"--trace-deprecation", Arity::kNone, true,
     [](Options* o, const std::string&) { o->trace_deprecation = true; }},
    {"--pending-deprecation", Arity::kNone, true,
     [](Options* o, const std::string&) { o->pending_deprecation = true; }},
    {"--no-warnings", Arity::kNone, true,
     [](Options* o, const std::string&) { o->no_warnings = true; }},
    {"--trace-warnings", Arity::kNone, true,
     [](Options* o, const std::string&) { o->trace_warnings = true; }},
    {"--trace-uncaught", Arity::kNone, true,
     [](Options* o, const std::string&) { o->trace_uncaught = true; }},
    {"--preserve-symlinks", Arity::kNone, true,
     [](Options* o, const std::string&) { o->preserve_symlinks = true; }},
    {"--preserve-symlinks-main", Arity::kNone, true,
     [](Options* o, const std::string&) { o->preserve_symlinks_main = true; }},
    {"--enable-source-maps", Arity::kNone, true,
     [](Options* o, const std::string&) { o->enable_source_maps = true; }},
    {"--experimental-vm-modules", Arity::kNone, true,
     [](Options* o, const std::string&) { o->experimental_vm_modules = true; }},
    {"--expose-gc", Arity::kNone, true,
     [](Options* o, const std::string&) {
       o->expose_gc = true;
       o->v8_flags.push_back("--expose-gc");
     }},
    {"--expose_gc", Arity::kNone, true,
     [](Options* o, const std::string&) {
       o->expose_gc = true;
       o->v8_flags.push_back("--expose-gc");
     }},
    {"--abort-on-uncaught-exception", Arity::kNone, true,
     [](Options* o, const std::string&) {
       o->abort_on_uncaught_exception = true;
     }},
    {"--test", Arity::kNone, false,
     [](Options* o, const std::string&) { o->test = true; }},
    {"--test-only", Arity::kNone, true,
     [](Options* o, const std::string&) { o->test_only = true; }},
    {"--test-force-exit", Arity::kNone, true,
     [](Options* o, const std::string&) { o->test_force_exit = true; }},
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
    {"--experimental-global-webcrypto", Arity::kNone, true,
     [](Options* o, const std::string&) { o->global_webcrypto = true; }},
    {"--no-experimental-global-customevent", Arity::kNone, true, NoValue},
    {"--experimental-require-module", Arity::kNone, true,
     [](Options* o, const std::string&) { o->require_module = true; }},
    {"--no-experimental-require-module", Arity::kNone, true,
     [](Options* o, const std::string&) { o->require_module = false; }},
    {"--experimental-default-type", Arity::kRequired, true, NoValue},
    {"--experimental-detect-module", Arity::kNone, true, NoValue},
    {"--no-experimental-detect-module", Arity::kNone, true, NoValue},
    {"--experimental-wasm-modules", Arity::kNone, true, NoValue},
    {"--experimental-import-meta-resolve", Arity::kNone, true, NoValue},
    {"--no-addons", Arity::kNone, true, NoValue},
    {"--zero-fill-buffers", Arity::kNone, true,
     [](Options* o, const std::string&) { o->zero_fill_buffers = true; }},
};

struct Alias {
  const char* from;
  const char* to;
};

constexpr Alias kAliases[] = {
    {"-e", "--eval"},        {"-p", "--print"},   {"-c", "--check"},
    {"-i", "--interactive"}, {"-r", "--require"}, {"-C", "--conditions"},
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

const OptionSpec* FindOption(std::string_view name) {
  for (const Alias& alias : kAliases) {
    if (name == alias.from) name = alias.to;
  }
  for (const OptionSpec& spec : kOptions) {
    if (name == spec.name) return &spec;
  }
  return nullptr;
}

int BadOption(const char* format, const std::string& arg) {
  std::fprintf(stderr, "nodus: ");
  std::fprintf(stderr, format, arg.c_str());
  std::fputc('\n', stderr);
  return 9;
}

bool IsV8FlagAllowedInNodeOptions(const std::string& arg) {
  std::string name = arg.substr(0, arg.find('='));
  for (char& c : name) {
    if (c == '_') c = '-';
  }
  for (std::string_view allowed : kV8FlagsInNodeOptions) {
    if (name == allowed) return true;
  }
  return false;
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
    if (arg == "-v" || arg == "--version") {
      if (from_node_options)
        return BadOption("%s is not allowed in NODE_OPTIONS", arg);
      std::printf("v%s\n", kNodusVersion);
      return 0;
    }
    if (arg == "-h" || arg == "--help") {
      if (from_node_options)
        return BadOption("%s is not allowed in NODE_OPTIONS", arg);
      PrintHelp();
      return 0;
    }
    if (arg == "--v8-options") {
      if (from_node_options)
        return BadOption("%s is not allowed in NODE_OPTIONS", arg);
      v8::V8::SetFlagsFromString("--help");
      return 0;
    }
    std::string name = arg;
    std::string value;
    bool has_value = false;
    size_t eq = arg.find('=');
    if (arg.starts_with("--") && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    const OptionSpec* spec = FindOption(name);
    if (spec == nullptr) {
      if (!arg.starts_with("--")) return BadOption("bad option: %s", arg);
      if (from_node_options && !IsV8FlagAllowedInNodeOptions(arg))
        return BadOption("%s is not allowed in NODE_OPTIONS", arg);
      options->v8_flags.push_back(arg);
      if (!from_node_options) options->exec_argv.push_back(arg);
      continue;
    }
    if (from_node_options && !spec->allowed_in_node_options)
      return BadOption("%s is not allowed in NODE_OPTIONS", arg);
    if (!from_node_options) options->exec_argv.push_back(arg);
    if (spec->arity == Arity::kRequired && !has_value) {
      if (*index >= args.size())
        return BadOption("%s requires an argument", arg);
      value = args[(*index)++];
      if (!from_node_options) options->exec_argv.push_back(value);
    }
    spec->apply(options, value);
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
  if (argc > 1) return BadOption("bad option: %s", argv[1]);
  return -1;
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
      "  -e, --eval script          evaluate script\n"
      "  -h, --help                 print command line options\n"
      "  -i, --interactive          always enter the REPL even if stdin does "
      "not appear\n"
      "                             to be a terminal\n"
      "  -p, --print [...]          evaluate script and print result\n"
      "  -r, --require module       CommonJS module to preload (option can "
      "be repeated)\n"
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
      "  --trace-warnings           show stack traces on process warnings\n"
      "  --v8-options               print V8 command line options\n"
      "  -v, --version              print nodus version\n\n"
      "Environment variables:\n"
      "  NODE_OPTIONS               set command-line options\n"
      "  NODE_DEBUG                 ','-separated list of core modules that "
      "should print\n"
      "                             debug information\n"
      "  UV_THREADPOOL_SIZE         size of the libuv thread pool\n");
}

int ParseOptions(int argc, char** argv, Options* options) {
  options->stdin_is_tty = isatty(0) == 1;
  options->argv.push_back(argv[0]);
  if (const char* env = std::getenv("NODE_OPTIONS"); env && *env) {
    std::vector<std::string> list = SplitNodeOptions(env);
    size_t index = 0;
    while (index < list.size()) {
      int rc = ParseList(list, &index, true, options);
      if (rc >= 0) return rc;
      if (index < list.size())
        return BadOption("%s is not allowed in NODE_OPTIONS", list[index]);
    }
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  size_t index = 0;
  int rc = ParseList(args, &index, false, options);
  if (rc >= 0) return rc;
  rc = PassToV8(options);
  if (rc >= 0) return rc;
  const std::string& rejections = options->unhandled_rejections;
  if (!rejections.empty() && rejections != "throw" && rejections != "strict" &&
      rejections != "warn" && rejections != "none" &&
      rejections != "warn-with-error-code")
    return BadOption("invalid value for %s", "--unhandled-rejections");
  if (!options->input_type.empty() && options->input_type != "module" &&
      options->input_type != "commonjs")
    return BadOption("%s", "--input-type must be \"module\" or \"commonjs\"");

  // `-p code` is `--print --eval code`; `-p` alone prints what stdin
  // evaluates to. With -e/-p every further argument goes to process.argv;
  // otherwise the first argument is the script.
  if (options->print && !options->has_eval && index < args.size()) {
    options->has_eval = true;
    options->eval_source = args[index++];
    options->exec_argv.push_back(options->eval_source);
  }
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
    out->Set(context, v8::String::NewFromUtf8(isolate, name).ToLocalChecked(),
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
  set("unhandledRejections", str(o.unhandled_rejections));
  set("inputType", str(o.input_type));
  set("conditions", StringList(isolate, o.conditions));
  set("dnsResultOrder", str(o.dns_result_order));
  set("disabledWarnings", StringList(isolate, o.disabled_warnings));
  set("noDeprecation", boolean(o.no_deprecation));
  set("globalWebcrypto", boolean(o.global_webcrypto));
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
  set("abortOnUncaughtException", boolean(o.abort_on_uncaught_exception));
  set("zeroFillBuffers", boolean(o.zero_fill_buffers));
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

// The entries of a Worker's execArgv that are not options of ours (node
// rejects those, V8 flags included, with ERR_WORKER_INVALID_EXEC_ARGV).
v8::Local<v8::Array> InvalidExecArgv(Environment& env,
                                     v8::Local<v8::Array> args) {
  v8::Isolate* isolate = env.isolate();
  v8::Local<v8::Context> context = env.context();
  v8::Local<v8::Array> invalid = v8::Array::New(isolate);
  uint32_t count = 0;
  bool takes_value = false;
  for (uint32_t i = 0; i < args->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!args->Get(context, i).ToLocal(&item)) break;
    v8::String::Utf8Value utf8(isolate, item);
    std::string arg(*utf8 ? *utf8 : "", utf8.length());
    if (takes_value) {  // the value of the previous option
      takes_value = false;
      continue;
    }
    std::string name = arg.substr(0, arg.find('='));
    const OptionSpec* spec = arg.starts_with("-") ? FindOption(name) : nullptr;
    if (spec == nullptr) {
      if (invalid->Set(context, count++, item).IsNothing()) break;
      continue;
    }
    takes_value =
        spec->arity == Arity::kRequired && arg.find('=') == std::string::npos;
  }
  return invalid;
}

constexpr Method kOptionsMethods[] = {
    {"invalidExecArgv", Fn<&InvalidExecArgv>},
    {"getOptions", Fn<&GetOptions>},
};

}  // namespace

extern const Binding kOptionsBinding{"options", kOptionsMethods};

}  // namespace nodus
