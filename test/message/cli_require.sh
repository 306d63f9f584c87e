# -r / --require preload modules before the main script.
$NODE -r ../fixtures/cli-preload.js -e 'console.log("main")'
$NODE --require=../fixtures/cli-preload.js --require ../fixtures/cli-preload.js -e '0'
$NODE -r ./no-such-preload.js -e '0' 2>&1 | grep -c "Cannot find module './no-such-preload.js'"
