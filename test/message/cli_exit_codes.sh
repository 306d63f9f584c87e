# Exit codes: exitCode, exit(), exit listeners, uncaught errors (1) and an
# 'uncaughtException' listener that throws (7).
$NODE -e 'process.exitCode = 3'; echo "exit $?"
$NODE -e 'process.exit(4); console.log("unreachable")'; echo "exit $?"
$NODE -e 'process.exitCode = "5"'; echo "exit $?"
$NODE -e 'process.on("exit", (c) => { console.log("exit listener", c); process.exitCode = 6; })'; echo "exit $?"
$NODE -e 'process.on("exit", () => process.exit(8)); process.exit(2)'; echo "exit $?"
$NODE -e 'process.on("exit", (c) => console.log("code in listener", c)); throw 1' 2>/dev/null; echo "exit $?"
$NODE -e 'process.on("uncaughtException", () => { throw new Error("again") }); throw new Error("first")' 2>/dev/null; echo "exit $?"
$NODE -e 'process.on("uncaughtException", (e) => console.log("caught", e.message)); setTimeout(() => console.log("still running"), 1); throw new Error("boom")'; echo "exit $?"
$NODE -e 'Promise.reject(new Error("rejected"))' 2>/dev/null; echo "exit $?"
$NODE --unhandled-rejections=warn -e 'Promise.reject(1)' 2>/dev/null; echo "exit $?"
$NODE --unhandled-rejections=none -e 'Promise.reject(1)'; echo "exit $?"
$NODE -e 'try { process.exitCode = 1.5 } catch (e) { console.log(e.code) }'; echo "exit $?"
