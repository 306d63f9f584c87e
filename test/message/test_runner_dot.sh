# --test-reporter=dot, and two reporters at once (dot to a file, tap to stdout).
cd ../fixtures/test-runner
$NODE --test-reporter=dot output.js 2>&1 | sed -E -f mask.sed -e "s#$PWD#<fixtures>#g"
out=$(mktemp)
$NODE --test-reporter=dot --test-reporter-destination="$out" --test-reporter=tap --test-reporter-destination=stdout only.js | sed -E -f mask.sed
cat "$out"; rm -f "$out"
