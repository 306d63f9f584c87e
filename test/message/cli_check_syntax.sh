# -c checks syntax without running.
$NODE -c ../fixtures/cli-preload.js; echo "exit $?"
$NODE --check syntax_error.js; echo "exit $?"
echo 'let x = ;' | $NODE -c 2>&1 | head -5; echo 'console.log(1)' | $NODE -c; echo "exit $?"
