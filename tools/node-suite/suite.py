# Shared by tools/node-suite/run and tools/node-suite/make_lists.py: where
# Node's test tree is, which module a test belongs to, parallel.status, list
# files, and running tests the way Node's tools/test.py does.
import os
import platform
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TREE = REPO / "deps" / "node"          # the tree root: cwd of every test
SUITE_DIR = "test/parallel"
# Other directories of Node's tree whose tests join the suite; their tests
# are named "<dir>/test-x.mjs" and belong to the module given here.
EXTRA_DIRS = {"es-module": "esm"}
TEST_NAME = re.compile(r"^test-.*\.(js|mjs|cjs)$")

# --- modules ---------------------------------------------------------------
# A test's module is the part of its name after `test-` up to the next `-`,
# grouped: the first matching key wins, two-word keys before one-word ones
# (test-child-process-* is child_process, test-file-write-* is fs, ...).
GROUPS = {
    "assert": ["assert"],
    "async_hooks": ["async", "asyncresource", "eventemitter-asyncresource"],
    "buffer": ["buffer", "blob", "btoa", "file", "stringbytes"],
    "child_process": ["child-process", "spawn"],
    "cli": ["cli", "eval", "preload", "stack-size", "startup", "disable-proto",
            "pending-deprecation", "bash-completion", "dotenv", "utf8-scripts",
            "bad-unicode", "no-node", "unicode-node", "env-var", "no-addons",
            "options-binding", "throw-error", "throw-undefined"],
    "cluster": ["cluster"],
    "console": ["console", "global-console"],
    "crypto": ["crypto", "webcrypto", "dsa", "x509", "openssl",
               "global-webcrypto"],
    "diagnostics_channel": ["diagnostics"],
    "dns": ["dns", "c-ares"],
    "events": ["event-emitter", "events", "event-capture", "eventemitter"],
    "eventtarget": ["abortcontroller", "abortsignal", "eventtarget",
                    "nodeeventtarget", "event-target", "whatwg-events",
                    "domexception", "global-domexception", "global-customevent",
                    "events-customevent", "errors-aborterror"],
    "fs": ["fs", "file-write", "file-read", "file-validate", "filehandle",
           "sync-fileread", "sync-io"],
    "harness": ["common"],  # Node's test/common itself
    "globals": ["global", "queue-microtask", "structuredClone", "weakref",
                "finalization", "instanceof", "accessor", "regression",
                "freeze", "safe", "math", "arm"],
    "module": ["module", "require", "delayed-require", "directory-import"],
    "net": ["net", "pipe", "socket", "socketaddress", "blocklist", "listen",
            "tcp", "destroy-socket", "gc-net", "js-stream", "wrap-js",
            "handle-wrap"],
    "os": ["os"],
    "path": ["path"],
    "perf_hooks": ["perf", "performance", "performanceobserver", "tojson"],
    "process": ["process", "next-tick", "beforeexit", "cwd", "signal", "kill",
                "exception", "unhandled", "promise-unhandled", "promise-reject",
                "promise-handled", "promise-swallowed", "promises", "warn",
                "memory-usage", "resource-usage", "setproctitle", "sigint",
                "trace-exit", "err", "emit-after", "exception-handler",
                "error", "errors", "datetime-change", "constants",
                "binding-constants", "ref-unref", "set-process", "env"],
    "punycode": ["punycode"],
    "querystring": ["querystring"],
    "readline": ["readline"],
    "repl": ["repl", "force-repl"],
    "stdio": ["stdin", "stdout", "stdio", "dummy-stdio"],
    "stream": ["stream", "stream2", "stream3", "streams", "readable",
               "webstream", "webstreams", "whatwg-readablebytestream",
               "whatwg-readablebytestreambyob", "whatwg-readablestream",
               "whatwg-transformstream", "whatwg-webstreams",
               "whatwg-writablestream", "global-webstreams"],
    "string_decoder": ["string-decoder"],
    "timers": ["timers", "primitive-timer", "timer"],
    "tty": ["tty", "ttywrap"],
    "url": ["url", "whatwg-url"],
    "util": ["util", "sys", "parse-args", "mime", "whatwg-encoding",
             "global-encoder", "uv", "aborted-util", "errors-systemerror",
             "validators", "primordials", "internal"],
    "v8": ["v8"],
    "vm": ["vm", "microtask", "code-cache"],
    "worker_threads": ["worker", "messagechannel", "messageevent",
                       "messageport", "messaging", "broadcastchannel",
                       "atomics"],
    "zlib": ["zlib", "compression-decompression"],
    "test_runner": ["runner"],
    # Modules nodus does not have (yet): grouped so that excluded.txt reads
    # well; the keys of NOT_BUILT below.
    "http": ["http", "outgoing-message", "client-request", "set-http",
             "set-incoming", "gc-http", "pipe-outgoing", "stream2-httpclient"],
    "http2": ["http2", "h2", "h2leak"],
    "https": ["https"],
    "tls": ["tls", "double-tls", "gc-tls"],
}
# Modules that nodus has or is building: their tests are in scope.
IN_SCOPE = {
    "assert", "async_hooks", "buffer", "child_process", "cli", "cluster",
    "console", "crypto", "diagnostics_channel", "dns", "esm", "events",
    "eventtarget", "fs", "globals", "harness", "module", "net", "os", "path",
    "perf_hooks", "process", "punycode", "querystring", "readline", "repl",
    "source", "stdio", "stream", "string_decoder", "test_runner", "timers", "tty", "url",
    "util", "v8", "vm", "worker_threads", "zlib",
}
NOT_BUILT = {  # why an out-of-scope group is out of scope, when not obvious
    "http": "nodus has no http yet", "http2": "nodus has no http2 yet",
    "https": "nodus has no https/tls yet", "tls": "nodus has no tls yet",
    "eslint": "Node's eslint rules, from tools/ outside the tree",
    "windows": "another platform", "macos": "another platform",
    "fixed": "a test of an internal module", "freelist": "an internal module",
    "priority": "a test of an internal module",
    "bootstrap": "lists node's own internal modules",
}

_KEYS = sorted(((k, g) for g, ks in GROUPS.items() for k in ks),
               key=lambda kg: -kg[0].count("-"))


def stem(name):
    return re.sub(r"\.(js|mjs|cjs)$", "", name)


def module_of(name):
    """test-child-process-exec.js -> child_process; unknown -> first word."""
    if "/" in name:
        return EXTRA_DIRS[name.split("/", 1)[0]]
    words = stem(name).split("-")[1:]
    for key, group in _KEYS:
        n = key.count("-") + 1
        if words[:n] == key.split("-"):
            return group
    return words[0] if words else name


# --- parallel.status ---------------------------------------------------------
def _condition_holds(expr, env):
    # Sections look like [true], [$system==linux || $system==win32],
    # [$system==win32 && $arch==ia32]: evaluate with plain string compares.
    def atom(a):
        a = a.strip()
        if a == "true":
            return True
        m = re.fullmatch(r"\$(\w+)\s*==\s*(\w+)", a)
        return bool(m) and env.get(m.group(1)) == m.group(2)
    return any(all(atom(a) for a in part.split("&&"))
               for part in expr.split("||"))


def read_status(tree=TREE):
    """{test stem: 'SKIP' | 'FLAKY'} for this machine (linux, its arch)."""
    machine = platform.machine()
    env = {"system": "linux", "mode": "release", "asan": "off",
           "arch": {"x86_64": "x64", "aarch64": "arm64"}.get(machine, machine)}
    status, active = {}, False
    path = tree / SUITE_DIR / "parallel.status"
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("prefix "):
            continue
        if line.startswith("["):
            active = _condition_holds(line.strip("[]"), env)
        elif active and ":" in line:
            test, outcomes = (s.strip() for s in line.split(":", 1))
            outcomes = {o.strip() for o in outcomes.split(",")}
            if "SKIP" in outcomes:
                status[test] = "SKIP"
            elif "FLAKY" in outcomes and status.get(test) != "SKIP":
                status[test] = "FLAKY"
    return status


# --- lists -----------------------------------------------------------------
def all_tests(tree=TREE):
    names = [p.name for p in (tree / SUITE_DIR).iterdir()
             if TEST_NAME.match(p.name)]
    for extra in EXTRA_DIRS:
        directory = tree / "test" / extra
        if directory.is_dir():
            names += [f"{extra}/{p.name}" for p in directory.iterdir()
                      if TEST_NAME.match(p.name)]
    return sorted(names)


def test_path(name, tree=TREE):
    """test-x.js is in test/parallel, es-module/test-y.mjs in test/."""
    return tree / "test" / name if "/" in name else tree / SUITE_DIR / name


def read_list(path):
    """Test names of a list file: first word of each line, # comments."""
    names = []
    for line in Path(path).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.append(line.split()[0])
    return names


def debian_revision(tree=TREE):
    try:
        return (tree / "VERSION").read_text().strip()
    except OSError:
        return "unknown"


# --- running -----------------------------------------------------------------
FLAGS = re.compile(r"//\s+Flags:(.*)")
SKIP_LINE = re.compile(r"^1\.\.0 # Skipped:", re.M)


def test_flags(path):
    # As tools/test.py: the first `// Flags:` line, split on whitespace.
    with open(path, encoding="utf-8", errors="replace") as f:
        m = FLAGS.search(f.read())
    return m.group(1).strip().split() if m else []


def clean_env(tmp, thread_id):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NODE_")}
    env["NODE_TEST_DIR"] = str(tmp)
    env["TEST_THREAD_ID"] = str(thread_id)
    return env


def run_one(binary, name, thread_id, timeout, tmp_base, tree=TREE):
    """Runs one test; returns a dict: status (pass/fail/skip/timeout), code,
    duration, output (stdout then stderr, truncated)."""
    path = test_path(name, tree)
    command = [str(binary)] + test_flags(path) + [str(path)]
    # Short: tests put unix sockets there (sun_path holds 107 bytes).
    tmp = Path(tempfile.mkdtemp(prefix="ns.", dir=tmp_base))
    out_file, err_file = tmp / "..stdout", tmp / "..stderr"
    test_dir = tmp / "t"
    test_dir.mkdir()
    start = time.monotonic()
    timed_out = False
    with open(out_file, "wb") as out, open(err_file, "wb") as err:
        proc = subprocess.Popen(command, cwd=tree, env=clean_env(test_dir, thread_id),
                                stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                start_new_session=True)
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_group(proc.pid)
            code = proc.wait()
        _kill_group(proc.pid)  # whatever the test left running
    duration = time.monotonic() - start
    stdout = out_file.read_bytes()[:200000].decode("utf-8", "replace")
    stderr = err_file.read_bytes()[:200000].decode("utf-8", "replace")
    shutil.rmtree(tmp, ignore_errors=True)
    if timed_out:
        status = "timeout"
    elif code == 0 and SKIP_LINE.search(stdout):
        status = "skip"
    elif code == 0:
        status = "pass"
    else:
        status = "fail"
    return {"status": status, "code": code, "duration": round(duration, 2),
            "command": command, "stdout": stdout[:20000],
            "stderr": stderr[:20000]}


def _kill_group(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_all(binary, names, jobs=2, timeout=60, retry=False, on_result=None,
            tree=TREE, tmp_base=None):
    """Runs names with `jobs` workers (TEST_THREAD_ID = worker index); with
    retry, a failing test runs once more and counts as failed only if it
    fails again. Returns {name: result}."""
    tmp_base = Path(tmp_base or tempfile.gettempdir())
    work = queue.Queue()
    for name in names:
        work.put(name)
    results, lock = {}, threading.Lock()

    def worker(thread_id):
        while True:
            try:
                name = work.get_nowait()
            except queue.Empty:
                return
            try:
                result = run_one(binary, name, thread_id, timeout, tmp_base,
                                 tree)
            except OSError as err:  # the binary being rebuilt, say
                result = {"status": "fail", "code": None, "duration": 0.0,
                          "command": [], "stdout": "",
                          "stderr": f"runner: {err}"}
            if retry and result["status"] in ("fail", "timeout"):
                second = run_one(binary, name, thread_id, timeout, tmp_base, tree)
                second["first_attempt"] = result["status"]
                result = second
            with lock:
                results[name] = result
                if on_result:
                    on_result(name, result)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True)
               for i in range(max(1, jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def first_error_line(result):
    """The line that best says why a test failed."""
    if result["status"] == "timeout":
        return "timeout"
    text = result["stderr"] + "\n" + result["stdout"]
    lines, skip_next = [], False
    for line in text.splitlines():
        line = line.strip()
        if skip_next or not line:  # the source line after a file:line header
            skip_next = False
            continue
        if re.match(r"^\S+:\d+$", line):
            skip_next = True
            continue
        lines.append(line)
    noise = re.compile(r"^(at |\^|\((node|nodus):\d+\) |\(Use `|NOTE: The test "
                       r"started|Node\.js v|nodus v|\{|\}|[\w$]+: )")
    error = re.compile(r"^(Uncaught )?(\w*(Error|Exception)\b|\[?ERR_|"
                       r"Fatal|FATAL|Segmentation|Aborted|Test has to be)")
    for line in lines:
        if error.match(line):
            return line[:200]
    for line in lines:
        if not noise.match(line):
            return line[:200]
    return (lines[0][:200] if lines else f"exit code {result['code']}")
