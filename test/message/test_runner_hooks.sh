# before/after/beforeEach/afterEach: the order they run in, and failures.
cd ../fixtures/test-runner
$NODE hooks-order.js 2>&1 | sed -E -f mask.sed -e "s#$PWD#<fixtures>#g"
$NODE hook-failures.js 2>&1 | sed -E -f mask.sed -e "s#$PWD#<fixtures>#g"
