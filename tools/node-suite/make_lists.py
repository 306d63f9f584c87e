#!/usr/bin/env python3
"""Regenerates the lists of test/node-suite/ from Node's tree in deps/node.

  make_lists.py scope     in-scope.txt + excluded.txt: every test/parallel
                          test of a module nodus has or is building, minus
                          tests of node's internals, tests that need the
                          internet and tests that fail (or skip) under the
                          reference `node`. node's results are cached in
                          out/node-suite/node-results.json (per Debian
                          revision and node version): only tests missing
                          from the cache are run.
  make_lists.py passing   passing.txt: the in-scope tests that pass under
                          out/nodus twice in a row (a run of in-scope.txt,
                          then a run of its passes; or --from A.json B.json,
                          results of `run --json`).

  make_lists.py readme R  rewrites README's conformance table (between its
                          <!-- conformance --> markers) from R, the --json
                          results of `make conformance`.

All are deterministic for a given tree, cache and results.
"""
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import suite  # noqa: E402

LISTS = suite.REPO / "test" / "node-suite"
CACHE = suite.REPO / "out" / "node-suite" / "node-results.json"

INTERNALS = [  # (pattern in the test's source, reason)
    (re.compile(r"--expose[-_]internals"), "internals: --expose-internals"),
    (re.compile(r"""(require\(|from\s+|import\()\s*['"]internal/"""),
     "internals: require('internal/...')"),
    (re.compile(r"\binternalBinding\("), "internals: internalBinding"),
    (re.compile(r"\bprocess\.binding\("), "internals: process.binding"),
]
# vm.Module (SourceTextModule, SyntheticModule) is experimental in node 20
# and left absent (issue 13).
VM_MODULE = re.compile(r"^// Flags:.*--experimental-vm-modules|"
                       r"\b(SourceTextModule|SyntheticModule)\b", re.M)
# Tests of in-scope modules that also use a module nodus does not have.
NEEDS = re.compile(r"""require\(\s*['"](?:node:)?(http|https|http2|tls|dgram|"""
                   r"""inspector|domain|trace_events|wasi)['"]\s*\)""")
NEEDS_WHY = {"http": "nodus has no http yet", "https": "nodus has no https/tls yet",
             "http2": "nodus has no http2 yet", "tls": "nodus has no tls yet"}
# A test that returns at once, before test/common, without the inspector
# (process.features.inspector is false in nodus): it would pass having
# tested nothing, so it is out of scope like a skip.
RETURNS_WITHOUT_INSPECTOR = re.compile(
    r"^if \(!process\.features\.inspector\) return;", re.M)
INTERNET = re.compile(r"EAI_AGAIN|ENOTFOUND|ENETUNREACH|getaddrinfo")


def static_reason(name, status):
    """Why a test is out of scope without running it, or None."""
    if status.get(suite.stem(name)) == "SKIP":
        return "parallel.status: SKIP on linux"
    module = suite.module_of(name)
    if module not in suite.IN_SCOPE:
        why = suite.NOT_BUILT.get(module, "a module nodus does not have")
        return f"not-built: {module} ({why})"
    source = suite.test_path(name).read_text(errors="replace")
    for pattern, reason in INTERNALS:
        if pattern.search(source):
            return reason
    if VM_MODULE.search(source):
        return "out of scope: vm.Module (experimental, absent in nodus)"
    if RETURNS_WITHOUT_INSPECTOR.search(source):
        return "needs: inspector (returns at once without it, testing nothing)"
    needed = sorted(set(NEEDS.findall(source)))
    if needed:
        why = NEEDS_WHY.get(needed[0], "a module nodus does not have")
        return f"needs: {', '.join(needed)} ({why})"
    return None


def node_version():
    return subprocess.run(["node", "--version"], capture_output=True,
                          text=True).stdout.strip()


def node_results(names, jobs, timeout):
    """Results of names under the reference node, from the cache or run now
    (a failing test runs once more: a test fails under node only if it fails
    twice)."""
    key = f"{suite.debian_revision()} {node_version()}"
    cache = {}
    if CACHE.exists():
        data = json.loads(CACHE.read_text())
        if data.get("key") == key:
            cache = data["results"]
    missing = [n for n in names if n not in cache]
    if missing:
        print(f"make_lists: running {len(missing)} tests under node "
              f"({key}), -j{jobs}", flush=True)
        done = [0]

        def progress(name, result):
            done[0] += 1
            if done[0] % 100 == 0:
                print(f"  {done[0]}/{len(missing)}", flush=True)

        fresh = suite.run_all("node", missing, jobs=jobs, timeout=timeout,
                              retry=True, on_result=progress)
        for name, r in fresh.items():
            cache[name] = {"status": r["status"], "code": r["code"],
                           "error": suite.first_error_line(r)
                           if r["status"] != "pass" else "",
                           "skip": _skip_reason(r["stdout"])}
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text(json.dumps({"key": key, "results": cache},
                                    indent=1, sort_keys=True))
    return cache, key


def _skip_reason(stdout):
    m = re.search(r"^1\.\.0 # Skipped:(.*)$", stdout, re.M)
    return m.group(1).strip() if m else ""


def write_list(path, header, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(f"# {h}\n" for h in header) + "".join(l + "\n" for l in lines)
    path.write_text(text)
    print(f"make_lists: {path.relative_to(suite.REPO)}: {len(lines)} tests")


def scope(args):
    status = suite.read_status()
    excluded, candidates = {}, []
    for name in suite.all_tests():
        reason = static_reason(name, status)
        if reason:
            excluded[name] = reason
        else:
            candidates.append(name)
    results, key = node_results(candidates, args.jobs, args.timeout)
    in_scope = []
    for name in candidates:
        r = results[name]
        if r["status"] == "pass":
            in_scope.append(name)
        elif r["status"] == "skip":
            excluded[name] = f"node-skips: {r['skip']}"
        elif INTERNET.search(r["error"]) and "localhost" not in r["error"]:
            excluded[name] = f"internet: {r['error']}"
        else:
            excluded[name] = f"node-fails: {r['error']}"
    revision = suite.debian_revision()
    header = [f"Generated by tools/node-suite/make_lists.py scope from nodejs "
              f"{revision} (Debian), reference {key.split()[-1]}.",
              "Do not edit: see doc/conformance.md."]
    write_list(LISTS / "in-scope.txt", header, in_scope)
    width = max(len(n) for n in excluded)
    write_list(LISTS / "excluded.txt", header + ["test  reason"],
               [f"{n:<{width}}  {excluded[n]}" for n in sorted(excluded)])


def passing(args):
    in_scope = suite.read_list(LISTS / "in-scope.txt")
    runs = []
    if args.from_json:
        for path in args.from_json:
            runs.append(json.loads(Path(path).read_text())["results"])
    else:
        # The second run only needs the first run's passes.
        selection = LISTS / "in-scope.txt"
        for i in range(2):
            out = suite.REPO / "out" / "node-suite" / f"nodus-run{i + 1}.json"
            subprocess.run([sys.executable, str(Path(__file__).parent / "run"),
                            "-q", "-j", str(args.jobs), "-t", str(args.timeout),
                            "-l", str(selection), "--json", str(out)])
            runs.append(json.loads(out.read_text())["results"])
            selection = out.with_suffix(".passed.txt")
            selection.write_text("".join(
                n + "\n" for n, r in sorted(runs[-1].items())
                if r["status"] == "pass"))
    passed = [n for n in in_scope
              if all(run.get(n, {}).get("status") == "pass" for run in runs)]
    header = [f"Generated by tools/node-suite/make_lists.py passing: the tests "
              f"of in-scope.txt that passed in {len(runs)} runs under out/nodus.",
              f"nodejs {suite.debian_revision()} (Debian). See doc/conformance.md."]
    write_list(LISTS / "passing.txt", header, passed)


def readme(args):
    data = json.loads(Path(args.results).read_text())
    in_scope = suite.read_list(LISTS / "in-scope.txt")
    results = data["results"]
    counts = {}
    for name in in_scope:
        status = results.get(name, {}).get("status", "missing")
        c = counts.setdefault(suite.module_of(name), {"pass": 0, "all": 0})
        c["all"] += 1
        c["pass"] += status == "pass"
    date = data["meta"].get("date") or "unknown date"
    rows = [f"Node's own test/parallel under out/nodus (`make conformance`, "
            f"{date}, nodejs {data['meta']['debian_revision']} from Debian): "
            f"passed / in scope. Skips count as not passed.", "",
            "| module | passed | in scope | rate |", "|---|---:|---:|---:|"]
    total = [0, 0]
    for module in sorted(counts):
        c = counts[module]
        total[0] += c["pass"]
        total[1] += c["all"]
        rows.append(f"| {module} | {c['pass']} | {c['all']} | "
                    f"{100 * c['pass'] / c['all']:.0f}% |")
    rows.append(f"| **total** | **{total[0]}** | **{total[1]}** | "
                f"**{100 * total[0] / total[1]:.1f}%** |")
    path = suite.REPO / "README.md"
    text = path.read_text()
    begin, end = "<!-- conformance:begin -->\n", "<!-- conformance:end -->"
    if begin not in text or end not in text:
        sys.exit("make_lists: README.md has no conformance markers")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    path.write_text(head + begin + "\n".join(rows) + "\n" + end + tail)
    print(f"make_lists: README.md: {total[0]}/{total[1]} in-scope tests pass")


def main():
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=["scope", "passing", "readme"])
    p.add_argument("results", nargs="?", help="readme: results of a run")
    p.add_argument("-j", "--jobs", type=int, default=2)
    p.add_argument("-t", "--timeout", type=float, default=60)
    p.add_argument("--from", dest="from_json", nargs="+",
                   help="passing: results of earlier `run --json` runs")
    args = p.parse_args()
    if not (suite.TREE / suite.SUITE_DIR).is_dir():
        sys.exit("make_lists: no deps/node/test/parallel: run `make node-suite`")
    {"scope": scope, "passing": passing, "readme": readme}[args.mode](args)


if __name__ == "__main__":
    main()
