#!/usr/bin/env python3
# Runs one test/message/NAME.js under a runtime (or NAME.sh, a shell script
# that runs "$NODE ..." command lines, for the CLI) and compares the combined
# stdout+stderr with NAME.out (what node 20 prints). Both sides are
# normalised the same way: the test's directory becomes $DIR, line:col of
# frames inside the runtime's own lib/ (node:internal/...) are dropped, and
# the runtime's name and version in warnings and the uncaught-error footer
# are neutralised. Exit 0 when they match.
import os
import re
import subprocess
import sys
from pathlib import Path


def normalise(text, test_dir, runtime=None):
    # Option errors start with argv[0] as invoked ($NODE, a full path).
    if runtime and "/" in runtime:
        text = re.sub("^" + re.escape(runtime) + ": ", "<runtime>: ", text,
                      flags=re.M)
    text = text.replace(str(test_dir), "$DIR")
    # Frames and arrow headers inside the runtime's own modules.
    text = re.sub(r"(node:[\w/.-]+):\d+(:\d+)?", r"\1", text)
    text = re.sub(r"^(Node\.js|nodus) v\S+$", "<runtime version>", text,
                  flags=re.M)
    text = re.sub(r"\((node|nodus):\d+\)", "(<runtime>:PID)", text)
    text = re.sub(r"`(node|nodus) --", "`<runtime> --", text)
    text = re.sub(r"^(node|nodus): ", "<runtime>: ", text, flags=re.M)
    return text


def main():
    runtime, script = sys.argv[1], Path(sys.argv[2]).resolve()
    if "/" in runtime:
        runtime = str(Path(runtime).resolve())
    expected_file = script.with_suffix(".out")
    env = dict(os.environ, NODE=runtime)
    for name in ("NODE_OPTIONS", "NODE_DEBUG", "FORCE_COLOR", "NO_COLOR"):
        env.pop(name, None)
    command = (["sh", str(script)] if script.suffix == ".sh"
               else [runtime, str(script)])
    result = subprocess.run(command, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            cwd=script.parent, env=env, timeout=50)
    actual = normalise(result.stdout.decode("utf-8", "replace"), script.parent,
                       runtime)
    expected = normalise(expected_file.read_text(), script.parent)
    if actual == expected:
        return 0
    import difflib
    sys.stdout.writelines(difflib.unified_diff(
        expected.splitlines(True), actual.splitlines(True),
        "expected (" + expected_file.name + ")", "actual"))
    return 1


if __name__ == "__main__":
    sys.exit(main())
