# A script that does not exist: node's error, exit 1.
$NODE no-such-script.js; echo "exit $?"
