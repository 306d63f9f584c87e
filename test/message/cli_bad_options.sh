# A bad option prints an error and exits with 9, as node.
$NODE --no-such-option; echo "exit $?"
$NODE -x; echo "exit $?"
$NODE -e; echo "exit $?"
$NODE --require; echo "exit $?"
NODE_OPTIONS='-e 1' $NODE -e 0; echo "exit $?"
NODE_OPTIONS='--no-such-option' $NODE -e 0; echo "exit $?"
NODE_OPTIONS='--no-warnings' $NODE -e 'process.emitWarning("hidden"); console.log("ok")'; echo "exit $?"
NODE_OPTIONS='--require ../fixtures/cli-preload.js' $NODE -e 'console.log("main")'; echo "exit $?"
