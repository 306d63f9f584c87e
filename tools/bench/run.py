#!/usr/bin/env python3
# `make bench`: runs every tools/bench/*.js under out/nodus and under node
# (when on PATH), alternating, several times each, and prints the median wall
# time and peak RSS of each runtime and the ratio nodus/node.
#
# A benchmark is a script; its first lines may carry directives:
#   // bench-args: -e 0        run the runtime with these arguments instead
#   // bench-runs: 15          how many runs per runtime (default 5)
# Scripts find generated fixtures under $NODUS_BENCH_FIXTURES. NODE_*
# variables are removed from the environment of both runtimes.
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "out" / "bench-fixtures"


def prepare_fixtures():
    # A chain of 400 small CommonJS modules, each requiring the next.
    chain = FIXTURES / "require-chain"
    if not (chain / "m399.js").exists():
        chain.mkdir(parents=True, exist_ok=True)
        for i in range(400):
            nxt = f"require('./m{i + 1}.js')" if i < 399 else "0"
            (chain / f"m{i}.js").write_text(
                f"'use strict';\nconst next = {nxt};\n"
                f"module.exports = {{ id: {i}, depth: (next.depth || 0) + 1, "
                f"name: 'module-{i}' }};\n")


    # A graph of 400 small ES modules: each imports the next and one
    # further on (so most are reached twice), and a CommonJS module for
    # import() from the cache.
    graph = FIXTURES / "esm-graph"
    if not (graph / "m399.mjs").exists():
        graph.mkdir(parents=True, exist_ok=True)
        for i in range(400):
            imports = [j for j in (i + 1, 2 * i + 3) if j < 400]
            lines = [f"import {{ size as s{j} }} from './m{j}.mjs';"
                     for j in imports]
            total = " + ".join(f"s{j}" for j in imports[:1]) or "0"
            lines.append(f"export const id = {i};")
            lines.append(f"export const name = 'module-{i}';")
            lines.append(f"export function size() {{ return 1 + "
                         f"{('s' + str(imports[0]) + '()') if imports else '0'}; }}")
            (graph / f"m{i}.mjs").write_text("\n".join(lines) + "\n")
        (graph / "cjs.cjs").write_text(
            "'use strict';\nexports.answer = 42;\nexports.name = 'cjs';\n")


def directives(script):
    args, runs = None, 5
    for line in script.read_text().splitlines()[:5]:
        line = line.strip()
        if line.startswith("// bench-args:"):
            args = line.split(":", 1)[1].split()
        elif line.startswith("// bench-runs:"):
            runs = int(line.split(":", 1)[1])
    return args, runs


def run_once(runtime, script, args):
    cmd = [runtime] + (args if args is not None else [str(script)])
    # NODE_* variables change what a runtime does at start (node reads the
    # whole NODE_EXTRA_CA_CERTS bundle, ~40 ms): both run without them.
    env = {k: v for k, v in os.environ.items() if not k.startswith("NODE_")}
    env["NODUS_BENCH_FIXTURES"] = str(FIXTURES)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    stderr = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {code}: {stderr[-500:]}")
    return elapsed, usage.ru_maxrss / 1024  # ms, MiB


def main():
    nodus = str(Path(sys.argv[1] if len(sys.argv) > 1 else
                     ROOT / "out" / "nodus").resolve())
    node = shutil.which("node")
    only = sys.argv[2:]
    prepare_fixtures()
    scripts = sorted(Path(__file__).parent.glob("*.js"))
    if only:
        scripts = [s for s in scripts if s.stem in only]
    print(f"{'benchmark':32} {'nodus ms':>9} {'node ms':>9} {'ratio':>6}"
          f" {'nodus MiB':>9} {'node MiB':>9} {'ratio':>6}")
    failed = False
    for script in scripts:
        args, runs = directives(script)
        samples = {"nodus": [], "node": []}
        try:
            for _ in range(runs):
                samples["nodus"].append(run_once(nodus, script, args))
                if node:
                    samples["node"].append(run_once(node, script, args))
        except RuntimeError as e:
            print(f"{script.stem:32} failed: {e}")
            failed = True
            continue
        t1 = statistics.median(s[0] for s in samples["nodus"])
        m1 = statistics.median(s[1] for s in samples["nodus"])
        if node:
            t2 = statistics.median(s[0] for s in samples["node"])
            m2 = statistics.median(s[1] for s in samples["node"])
            print(f"{script.stem:32} {t1:9.1f} {t2:9.1f} {t1 / t2:6.2f}"
                  f" {m1:9.1f} {m2:9.1f} {m1 / m2:6.2f}")
        else:
            print(f"{script.stem:32} {t1:9.1f} {'-':>9} {'-':>6} {m1:9.1f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
