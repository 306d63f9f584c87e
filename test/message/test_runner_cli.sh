# `--test`: finds the test files (default name patterns, every script under
# test/, never node_modules), runs each in its own process and aggregates.
cd ../fixtures/test-runner/files
$NODE --test 2>&1 | sed -E -f ../mask.sed -e "s#$PWD#<files>#g"
echo "exit $?"
$NODE --test > /dev/null 2>&1; echo "exit $?"
$NODE --test b-test.js test 2>&1 | sed -E -f ../mask.sed -e "s#$PWD#<files>#g"
$NODE --test b-test.js > /dev/null 2>&1; echo "exit $?"
$NODE --test --test-reporter=spec --test-concurrency=1 a.test.js b-test.js 2>&1 | sed -E -f ../mask.sed -e "s#$PWD#<files>#g"
$NODE --test --test-name-pattern='b passes' a.test.js b-test.js 2>&1 | sed -E -f ../mask.sed -e "s#$PWD#<files>#g"
{ $NODE --test no-such-file.js; echo " exit $?"; } 2>&1 | sed -e "s#$PWD#<files>#g"
