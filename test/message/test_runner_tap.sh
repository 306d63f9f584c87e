# node:test's default reporter off a terminal is TAP: every kind of result
# (durations and the runtime's own stack frames masked).
cd ../fixtures/test-runner
$NODE output.js 2>&1 | sed -E -f mask.sed -e "s#$PWD#<fixtures>#g"
$NODE output.js > /dev/null 2>&1; echo "exit $?"
