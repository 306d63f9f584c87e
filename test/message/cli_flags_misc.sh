# More of node's flags: --title, the deprecation and warning switches, help
# and version output shapes, --v8-options, and -i without a terminal.
$NODE --title=nodus-test-title -p 'process.title'
$NODE --no-deprecation -e 'process.emitWarning("d", "DeprecationWarning", "DEP0001"); console.log("silent")'
$NODE --throw-deprecation ../fixtures/throw-deprecation.js 2>&1 | head -5
$NODE --trace-warnings -e 'process.emitWarning("traced")' 2>&1 | head -2
$NODE --pending-deprecation -p 'process.execArgv.join(" ")'
$NODE --unhandled-rejections=strict -e 'process.on("unhandledRejection", () => console.log("listener")); Promise.reject(new Error("strict"))' 2>&1 | grep -c 'Error: strict'
$NODE -v | grep -cE '^v[0-9]+\.[0-9]+\.[0-9]+$'
$NODE --version | grep -cE '^v[0-9]+\.[0-9]+\.[0-9]+$'
$NODE -h | grep -c -- '--eval'
$NODE --v8-options | head -1
$NODE -p 'process.execArgv.length' -- 2>&1
echo 'console.log("stdin with -i is a script here")' | $NODE -e 'console.log("eval wins over stdin")'
