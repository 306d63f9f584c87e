# Uncaught exceptions, unhandled rejections, timeouts, plans, abort signals,
# and tests the event loop leaves pending, as node reports them.
cd ../fixtures/test-runner
$NODE errors.js 2>&1 | sed -E -f mask.sed -e "s#$PWD#<fixtures>#g"
$NODE errors.js > /dev/null 2>&1; echo "exit $?"
