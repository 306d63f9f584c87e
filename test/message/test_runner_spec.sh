# --test-reporter=spec: the tree of results, the summary and the failures.
cd ../fixtures/test-runner
$NODE --test-reporter=spec output.js 2>&1 | sed -E -f mask.sed -e "s#$PWD#<fixtures>#g"
